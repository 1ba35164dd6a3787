// The sheet report in the sidebar: what was recognised (family, columns, counts, pagu, predikat) and the
// findings grouped by severity and rule, each a button that selects its cell.
import type { Finding, RuleId, Severity } from "../../core/model.js";
import type { SheetReport } from "../shared/api.js";
import { h, replace } from "../../ui-shared/dom.js";
import type { SidebarWords } from "./words.js";
import { unreadColumnsText } from "../../core/messages/table-labels.js";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
/** Findings shown per rule before a "show all" button (a 20,000-row sheet can have thousands). */
const SHOWN_PER_RULE = 100;

/**
 * Renders a report into `target`; `onSelect` runs when a finding is clicked.
 * @example renderReport(byId("report"), report, sidebarWords("id"), (f) => call("selectCell", f.row, f.column ?? "A", report.name))
 */
export function renderReport(target: HTMLElement, report: SheetReport, words: SidebarWords, onSelect: (f: Finding) => void): void {
  const notFound = report.issues.some((i) => i.rule === "header-not-found");
  replace(target, summary(report, words, notFound), findings(report, words, onSelect));
}

function summary(report: SheetReport, words: SidebarWords, notFound: boolean): HTMLElement {
  const s = report.summary;
  const facts: [string, string][] = [[words.family, words.families[report.family] ?? report.family]];
  if (!notFound) {
    facts.push([words.headerRows, rowsText(report.headerRows)], [words.dataRows, String(report.dataRows)]);
    facts.push([words.program, String(s.program)], [words.kegiatan, String(s.kegiatan)], [words.subKegiatan, String(s.subKegiatan)]);
    if (s.totalPagu !== undefined) facts.push([words.totalPagu, `Rp ${s.totalPagu}`]);
    if (s.averageCapaian !== undefined) facts.push([words.averageCapaian, s.averageCapaian]);
    if (s.predikat !== undefined) facts.push([words.predikat, s.predikat]);
  }
  const list = h("dl", { class: "facts" });
  for (const [k, v] of facts) list.append(h("dt", {}, k), h("dd", {}, v));
  const columns = report.columns.length > 0 ? h("details", { class: "columns" }, h("summary", {}, words.columns(report.columns.length)), h("ul", {}, ...report.columns.map((c) => h("li", {}, h("span", { class: "cell" }, c.column), " ", h("span", { class: "role" }, c.label), c.header ? h("span", { class: "header" }, c.header) : null)))) : null;
  // Columns with numbers that got no role: the user sees at once what was skipped (domain §10).
  const unread = report.unreadColumns && report.unreadColumns.length > 0 ? h("p", { class: "unread" }, `${words.unreadColumns}: ${unreadColumnsText(report.unreadColumns)}`) : null;
  const from = report.document ? h("p", { class: "muted" }, `${words.readFrom}: ${words.documents[report.document]}`) : null;
  return h("section", { class: "summary", "aria-label": words.sheet }, h("h2", { class: "sheet-name" }, h("span", { class: "muted" }, `${words.sheet}: `), report.name), list, from, columns, unread);
}

function findings(report: SheetReport, words: SidebarWords, onSelect: (f: Finding) => void): HTMLElement {
  const section = h("section", { class: "findings" });
  const counts = SEVERITIES.map((sev) => report.issues.filter((i) => i.severity === sev).length);
  section.append(h("h2", {}, words.findings), h("p", { class: "badges" }, ...SEVERITIES.map((sev, i) => h("span", { class: `badge ${sev}${counts[i] ? "" : " zero"}` }, words.severityCount(sev, counts[i] ?? 0)))));
  if (report.issues.length === 0) {
    section.append(h("p", { class: "empty" }, words.noFindings));
    return section;
  }
  for (const sev of SEVERITIES) {
    const list = report.issues.filter((i) => i.severity === sev);
    if (list.length === 0) continue;
    const group = h("details", { class: `severity ${sev}`, open: true }, h("summary", {}, `${words.severity[sev]} (${list.length})`));
    const byRule = new Map<RuleId, Finding[]>();
    for (const f of list) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    for (const [rule, items] of byRule) group.append(ruleGroup(rule, items, words, onSelect));
    section.append(group);
  }
  return section;
}

function ruleGroup(rule: RuleId, items: Finding[], words: SidebarWords, onSelect: (f: Finding) => void): HTMLElement {
  const list = h("ul", { class: "items" });
  const show = (from: number, to: number) => {
    for (const f of items.slice(from, to)) list.append(h("li", {}, findingButton(f, words, onSelect)));
  };
  show(0, SHOWN_PER_RULE);
  const box = h("details", { class: "rule", "data-rule": rule, open: true }, h("summary", {}, h("span", { class: "rule-title" }, words.rules[rule] ?? rule), " ", h("span", { class: "count" }, String(items.length)), h("code", {}, rule)), list);
  if (items.length > SHOWN_PER_RULE) {
    const more = h("button", { type: "button", class: "link" }, words.heldMore(items.length - SHOWN_PER_RULE));
    more.addEventListener("click", () => {
      show(SHOWN_PER_RULE, items.length);
      more.remove();
    });
    box.append(more);
  }
  return box;
}

function findingButton(f: Finding, words: SidebarWords, onSelect: (f: Finding) => void): HTMLElement {
  const cell = f.column !== undefined ? `${f.column}${f.row}` : words.rowOnly(f.row);
  const values: string[] = [];
  if (f.expected !== undefined) values.push(`${words.expected}: ${f.expected}`);
  if (f.actual !== undefined) values.push(`${words.actual}: ${f.actual}`);
  const button = h(
    "button",
    { type: "button", class: "finding", title: words.goTo(f.column !== undefined ? cell : `A${f.row}`), "data-row": String(f.row), "data-column": f.column },
    h("span", { class: "cell" }, cell),
    h("span", { class: "message" }, f.message),
    values.length > 0 ? h("span", { class: "values" }, values.join(" · ")) : null,
  );
  button.addEventListener("click", () => onSelect(f));
  return button;
}

function rowsText(rows: readonly number[]): string {
  if (rows.length === 0) return "–";
  const first = rows[0] as number;
  const last = rows[rows.length - 1] as number;
  return first === last ? String(first) : `${first}–${last}`;
}
