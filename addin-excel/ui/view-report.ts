// What the pane shows after a check: what was recognised, and the findings grouped by severity and rule.
import type { SheetReport } from "../../core/check.js";
import type { Finding, RuleId, Severity } from "../../core/model.js";
import type { SheetSource } from "../adapter/read-sheet.js";
import { h } from "../../ui-shared/dom.js";
import { fmtCount, type Words } from "./strings.js";
import { unreadColumnsText } from "../../core/messages/table-labels.js";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
/** Findings shown per rule before "show more": thousands of buttons would make the pane sluggish. */
const PAGE = 50;

/** Where a finding is: `R45`, or `Baris 45` for a row-level finding. */
export function findingRef(f: Finding, w: Words): string {
  return f.column ? `${f.column}${f.row}` : `${w.rowLevel[0]?.toUpperCase() ?? ""}${w.rowLevel.slice(1)} ${f.row}`;
}

/** The "recognised" card: sheet, family, header and data rows, counts, total pagu, predikat, columns. */
export function summaryView(report: SheetReport, source: SheetSource, w: Words, lang: "id" | "en", extra: string[]): HTMLElement {
  const s = report.summary;
  const rows: [string, string][] = [
    [w.sheet, source.address ? `${source.name} (${source.address.replace(/^.*!/, "")})` : source.name],
    [w.family, w.families[report.family]],
  ];
  if (report.headerRows.length > 0) rows.push([w.headerRows, rangeText(report.headerRows)]);
  rows.push([w.dataRows, fmtCount(lang, report.dataRows)]);
  if (report.family !== "unknown" || s.program + s.kegiatan + s.subKegiatan > 0) rows.push(["", w.counts(s.program, s.kegiatan, s.subKegiatan)]);
  if (s.totalPagu) rows.push([w.totalPagu, `Rp ${s.totalPagu}`]);
  if (s.averageCapaian) rows.push([w.averageCapaian, s.averageCapaian]);
  if (s.predikat) rows.push([w.predikat, s.predikat]);
  const dl = h("dl", { class: "facts" });
  for (const [k, v] of rows) {
    if (k === "") {
      dl.append(h("dd", { class: "wide" }, v));
      continue;
    }
    dl.append(h("dt", {}, k), h("dd", {}, v));
  }
  const counts = SEVERITIES.map((sev) => ({ sev, n: report.issues.filter((i) => i.severity === sev).length }));
  const badges = h("p", { class: "badges" }, ...counts.map(({ sev, n }) => h("span", { class: `badge ${sev}${n === 0 ? " zero" : ""}` }, w.severityCount(sev, n))));
  const columns =
    report.columns.length > 0
      ? h(
          "details",
          { class: "columns" },
          h("summary", {}, `${w.columns} (${report.columns.length})`),
          h("ul", {}, ...report.columns.map((c) => h("li", {}, h("span", { class: "col" }, c.column), ` ${c.label}`, c.header ? h("span", { class: "muted" }, ` — ${c.header}`) : null))),
        )
      : null;
  // Columns with numbers that got no role: the user sees at once what was skipped (domain §10).
  const unread = report.unreadColumns && report.unreadColumns.length > 0 ? h("p", { class: "unread small" }, `${w.unreadColumns}: ${unreadColumnsText(report.unreadColumns)}`) : null;
  const from = report.document ? h("p", { class: "muted small" }, `${w.readFrom}: ${w.documents[report.document]}`) : null;
  return h("section", { class: "card summary", "aria-label": w.recognised }, h("h2", {}, w.recognised), dl, badges, from, columns, unread, ...extra.map((t) => h("p", { class: "muted small" }, t)));
}

function rangeText(rows: number[]): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * The findings: one block per severity, one collapsible group per rule, one button per finding (click
 * selects its cell).
 */
export function findingsView(issues: readonly Finding[], w: Words, onPick: (f: Finding, button: HTMLButtonElement) => void): HTMLElement {
  const section = h("section", { class: "card findings", "aria-label": w.findings }, h("h2", {}, w.findings));
  if (issues.length === 0) {
    section.append(h("p", { class: "ok" }, w.noFindings));
    return section;
  }
  for (const sev of SEVERITIES) {
    const list = issues.filter((i) => i.severity === sev);
    if (list.length === 0) continue;
    const block = h("div", { class: `severity ${sev}` }, h("h3", {}, h("span", { class: `dot ${sev}`, "aria-hidden": "true" }), `${w.severity[sev]} (${list.length})`));
    const byRule = new Map<RuleId, Finding[]>();
    for (const f of list) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    for (const [rule, fs] of byRule) block.append(ruleGroup(rule, fs, w, onPick, sev === "error" || list.length <= 20));
    section.append(block);
  }
  return section;
}

function ruleGroup(rule: RuleId, fs: Finding[], w: Words, onPick: (f: Finding, b: HTMLButtonElement) => void, open: boolean): HTMLElement {
  const ul = h("ul", { class: "items" });
  const more = h("button", { class: "link more", type: "button" });
  let shown = 0;
  const showNext = () => {
    for (const f of fs.slice(shown, shown + PAGE)) ul.append(h("li", {}, findingButton(f, w, onPick)));
    shown = Math.min(fs.length, shown + PAGE);
    more.textContent = w.showMore(fs.length - shown);
    more.hidden = shown >= fs.length;
  };
  more.addEventListener("click", showNext);
  showNext();
  return h("details", { class: "rule", open }, h("summary", {}, h("span", { class: "rule-title" }, w.rules[rule]), h("span", { class: "count" }, String(fs.length)), h("code", { class: "rule-id" }, rule)), ul, more);
}

function findingButton(f: Finding, w: Words, onPick: (f: Finding, b: HTMLButtonElement) => void): HTMLButtonElement {
  const values = f.expected !== undefined || f.actual !== undefined ? h("span", { class: "values" }, f.expected !== undefined ? `${w.expected}: ${f.expected}` : null, f.expected !== undefined && f.actual !== undefined ? " · " : null, f.actual !== undefined ? `${w.actual}: ${f.actual}` : null) : null;
  const b: HTMLButtonElement = h("button", { class: "finding", type: "button", title: f.message }, h("span", { class: "ref" }, findingRef(f, w)), h("span", { class: "msg" }, f.message), values);
  b.addEventListener("click", () => onPick(f, b));
  return b;
}
