// The reviewer's HTML report: one self-contained page (inline CSS and script, no network) from the text formatter's results.
import type { SheetReport } from "../core/check.js";
import type { Finding, Lang, Severity } from "../core/model.js";
import { KEPT_CATALOGUE, NOMENCLATURE_USED } from "../core/messages/catalogue-words.js";
import { countBySeverity } from "../core/report.js";
import { unreadColumnsText } from "../core/messages/table-labels.js";
import type { TextFile } from "./format-text.js";
import { REPORT_CSP, REPORT_CSS, REPORT_SCRIPT } from "./html-assets.js";
import { escapeHtml as e } from "./html-escape.js";
import { HTML_WORDS, type HtmlWords } from "./html-words.js";
import { SKIPPED_SHEET } from "./skipped-words.js";

export interface HtmlOptions {
  /** When the report was made; printed in the header (left out when absent, so output stays reproducible). */
  generatedAt?: Date;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

type Counts = Record<Severity, number>;

/**
 * Renders the results of `renja check` as one HTML page: overview with counts per file and in total, filters,
 * then per file and sheet what was recognised and a table of findings. Every text from a file is escaped.
 * @example formatHtml([{ file: "dumai.xlsx", sheets }], "id", { generatedAt: new Date() })
 */
export function formatHtml(files: readonly TextFile[], lang: Lang, options: HtmlOptions = {}): string {
  const w = HTML_WORDS[lang];
  const sheets = files.flatMap((f) => f.sheets);
  const total = countBySeverity(sheets);
  const title = files.length === 1 && files[0] ? `${w.title} — ${baseName(files[0].file)}` : w.title;
  const unreadable = files.filter((f) => f.error !== undefined);
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${e(REPORT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="renja check">',
    '<link rel="icon" href="data:,">',
    `<title>${e(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${e(w.title)}</h1>`,
    `<p class="lead">${e(w.counts(total.error, total.warning, total.info, files.length, sheets.length))}</p>`,
    options.generatedAt ? `<p class="muted">${e(w.generated)}: <time datetime="${e(options.generatedAt.toISOString())}">${e(localTime(options.generatedAt))}</time></p>` : "",
    "</header>",
    "<main>",
    overview(files, total, w),
    unreadable.length > 0 ? unreadableList(unreadable, files, w) : "",
    filters(sheets, total, w),
    ...files.map((f, i) => fileSection(f, i, w, lang)),
    "</main>",
    `<footer><p>${e(w.footer)}</p></footer>`,
    `<script>${REPORT_SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ]
    .filter((s) => s !== "")
    .join("\n");
}

function overview(files: readonly TextFile[], total: Counts, w: HtmlWords): string {
  const rows = files.map((f, i) => {
    if (f.error !== undefined) {
      return `<tr class="unreadable"><td><a href="#${fileId(i)}">${e(baseName(f.file))}</a></td><td class="num zero">–</td>${'<td class="num zero">–</td>'.repeat(3)}<td><span class="badge sev-error">${e(w.statusUnreadable)}</span></td></tr>`;
    }
    const c = countBySeverity(f.sheets);
    const status = c.error > 0 ? `<span class="badge sev-error">${e(w.statusErrors)}</span>` : `<span class="badge ok">${e(w.statusClean)}</span>`;
    return `<tr><td><a href="#${fileId(i)}">${e(baseName(f.file))}</a></td><td class="num">${f.sheets.length}</td>${countCells(c)}<td>${status}</td></tr>`;
  });
  const sheetCount = files.reduce((n, f) => n + f.sheets.length, 0);
  return [
    '<section id="overview" aria-labelledby="overview-h">',
    `<h2 id="overview-h">${e(w.overview)}</h2>`,
    '<table class="overview">',
    `<thead><tr><th>${e(w.file)}</th><th class="num">${e(w.sheets)}</th>${SEVERITIES.map((s) => `<th class="num">${e(w.severityPlural[s])}</th>`).join("")}<th>${e(w.status)}</th></tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody>`,
    `<tfoot><tr><td>${e(w.total)} (${files.length})</td><td class="num">${sheetCount}</td>${countCells(total)}<td></td></tr></tfoot>`,
    "</table>",
    "</section>",
  ].join("\n");
}

function countCells(c: Counts): string {
  return SEVERITIES.map((s) => `<td class="num count-${s}${c[s] === 0 ? " zero" : ""}">${c[s]}</td>`).join("");
}

function unreadableList(unreadable: readonly TextFile[], files: readonly TextFile[], w: HtmlWords): string {
  const items = unreadable.map((f) => `<li><a href="#${fileId(files.indexOf(f))}">${e(baseName(f.file))}</a>: <span class="error-text">${e(f.error ?? "")}</span></li>`);
  return [`<section id="unreadable" aria-labelledby="unreadable-h">`, `<h2 id="unreadable-h">${e(w.unreadableFiles)}</h2>`, `<ul class="unreadable-list">`, ...items, "</ul>", "</section>"].join("\n");
}

/** The filter panel: hidden until the script shows it, so a page without scripts shows every row and no dead controls. */
function filters(sheets: readonly SheetReport[], total: Counts, w: HtmlWords): string {
  const all = sheets.flatMap((s) => s.issues);
  if (all.length === 0) return "";
  const byRule = new Map<string, number>();
  for (const i of all) byRule.set(i.rule, (byRule.get(i.rule) ?? 0) + 1);
  const known = Object.keys(w.rules);
  const rules = [...byRule.keys()].sort((a, b) => order(known, a) - order(known, b) || a.localeCompare(b));
  const titles = w.rules as Record<string, string>;
  const options = rules.map((r) => `<option value="${e(r)}">${e(r)}${titles[r] ? ` — ${e(titles[r])}` : ""} (${byRule.get(r) ?? 0})</option>`);
  const boxes = SEVERITIES.map(
    (s) => `<label class="sev-${s}"><input type="checkbox" name="severity" value="${s}" checked> <span class="badge sev-${s}">${e(w.severity[s])}</span> (${total[s]})</label>`,
  );
  return [
    `<div id="filters" role="search" aria-label="${e(w.filters)}" data-shown="${e(w.shownTemplate)}" hidden>`,
    `<fieldset><legend>${e(w.severityLabel)}</legend>${boxes.join("")}</fieldset>`,
    `<label>${e(w.ruleLabel)} <select name="rule"><option value="">${e(w.allRules)} (${all.length})</option>${options.join("")}</select></label>`,
    `<button type="button" name="reset">${e(w.showAll)}</button>`,
    '<span id="filter-status" aria-live="polite"></span>',
    "</div>",
    `<noscript><p class="muted no-print">${e(w.noScript)}</p></noscript>`,
    '<p id="filter-status-print"></p>',
  ].join("\n");
}

function order(known: readonly string[], rule: string): number {
  const i = known.indexOf(rule);
  return i < 0 ? known.length : i;
}

function fileSection(f: TextFile, index: number, w: HtmlWords, lang: Lang): string {
  const out = [`<section class="file" id="${fileId(index)}">`, `<h2>${e(baseName(f.file))}</h2>`];
  if (baseName(f.file) !== f.file) out.push(`<p class="path">${e(f.file)}</p>`);
  if (f.nomenclature) out.push(`<p class="catalogue">${e(KEPT_CATALOGUE[lang](f.nomenclature.version, f.nomenclature.entries))}</p>`);
  if (f.error !== undefined) {
    out.push(`<p><span class="badge sev-error">${e(w.unreadable)}</span> <span class="error-text">${e(f.error)}</span></p>`);
  }
  f.sheets.forEach((s, j) => out.push(sheetSection(s, `${fileId(index)}-s${j + 1}`, w, lang)));
  for (const k of f.skippedSheets ?? []) out.push(`<p class="skipped">${e(SKIPPED_SHEET[lang](k.name, k.reason))}</p>`);
  out.push("</section>");
  return out.join("\n");
}

function sheetSection(s: SheetReport, id: string, w: HtmlWords, lang: Lang): string {
  const c = countBySeverity([s]);
  const badges = SEVERITIES.filter((sev) => c[sev] > 0)
    .map((sev) => ` <span class="badge sev-${sev}">${e(w.severityCount(sev, c[sev]))}</span>`)
    .join("");
  return [
    `<section class="sheet" id="${id}">`,
    `<h3>${e(w.sheet)} “${e(s.name)}”${badges}</h3>`,
    facts(s, w),
    summaryLine(s, w),
    s.nomenclature ? `<p class="catalogue">${e(NOMENCLATURE_USED[lang](s.nomenclature))}</p>` : "",
    s.issues.length === 0 ? `<p class="clean"><span class="badge ok">${e(w.noFindings)}</span></p>` : findingsTable(s.issues, w),
    "</section>",
  ].join("\n");
}

function facts(s: SheetReport, w: HtmlWords): string {
  const items: [string, string][] = [
    [w.family, `<code>${e(s.family)}</code> — ${e(w.families[s.family] ?? s.family)}`],
    [w.headerRows, s.headerRows.length > 0 ? e(s.headerRows.join(", ")) : "–"],
    [w.dataRows, e(s.dataRows)],
  ];
  if (s.convention) items.push([w.convention, e(w.conventionValue[s.convention])]);
  if (s.formulas && s.formulas.length > 0) items.push([w.formulas, s.formulas.map((f) => `<code>${e(f)}</code>`).join(", ")]);
  if (s.columns.length > 0) {
    const cols = s.columns.map((col) => {
      const num = col.number !== undefined ? ` (${e(col.number)})` : "";
      return `<li title="${e(col.header)}"><b>${e(col.column)}</b> ${e(col.label)}${num}</li>`;
    });
    items.push([w.columns, `<ul class="columns">${cols.join("")}</ul>`]);
  }
  if (s.document) items.push([w.readFrom, e(w.documents[s.document])]);
  if (s.unreadColumns && s.unreadColumns.length > 0) items.push([w.unreadColumns, `<span class="unread">${e(unreadColumnsText(s.unreadColumns))}</span>`]);
  return `<dl class="facts">${items.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

function summaryLine(s: SheetReport, w: HtmlWords): string {
  const m = s.summary;
  const parts: [string, string][] = [
    [w.program, String(m.program)],
    [w.kegiatan, String(m.kegiatan)],
    [w.subKegiatan, String(m.subKegiatan)],
  ];
  if (m.totalPagu) parts.push([w.totalPagu, `Rp ${m.totalPagu}`]);
  if (m.averageCapaian) parts.push([w.averageCapaian, m.averageCapaian]);
  if (m.predikat) parts.push([w.predikat, m.predikat]);
  return `<div class="summary-line" aria-label="${e(w.summary)}"><span class="muted">${e(w.summary)}:</span>${parts.map(([k, v]) => `<span>${e(k)}: <b>${e(v)}</b></span>`).join("")}</div>`;
}

function findingsTable(issues: readonly Finding[], w: HtmlWords): string {
  const titles = w.rules as Record<string, string>;
  const rows = issues.map((i) => {
    const cell = i.column ? `${i.column}${i.row}` : `${w.row} ${i.row}`;
    const title = titles[i.rule];
    return [
      `<tr class="finding sev-${e(i.severity)}" data-severity="${e(i.severity)}" data-rule="${e(i.rule)}">`,
      `<td><span class="badge">${e(w.severity[i.severity] ?? i.severity)}</span></td>`,
      `<td class="rule"><code>${e(i.rule)}</code>${title ? `<span class="rule-title">${e(title)}</span>` : ""}</td>`,
      `<td class="cell">${e(cell)}</td>`,
      `<td>${e(i.message)}</td>`,
      valueCell(i.expected),
      valueCell(i.actual),
      "</tr>",
    ].join("");
  });
  return [
    `<table class="findings" aria-label="${e(w.findings)}">`,
    '<colgroup><col class="c-sev"><col class="c-rule"><col class="c-cell"><col class="c-msg"><col class="c-exp"><col class="c-act"></colgroup>',
    `<thead><tr><th>${e(w.severityLabel)}</th><th>${e(w.rule)}</th><th>${e(w.cell)}</th><th>${e(w.message)}</th><th>${e(w.expected)}</th><th>${e(w.actual)}</th></tr></thead>`,
    "<tbody>",
    ...rows,
    `<tr class="none-match" hidden><td colspan="6">${e(w.noneMatch)}</td></tr>`,
    "</tbody>",
    "</table>",
  ].join("\n");
}

/** A number-like value (`1.050.000.000`, `-10.000.000`, `57,56%`) is right-aligned in monospace; names stay text. */
const NUMERIC = /^[-−+(]?\s*(Rp\.?\s*)?[\d.,]+\s*%?\)?$/;

function valueCell(v: string | undefined): string {
  if (v === undefined || v === "") return "<td></td>";
  return `<td class="${NUMERIC.test(v) ? "value num" : "value"}">${e(v)}</td>`;
}

function fileId(index: number): string {
  return `f${index + 1}`;
}

/** The last segment of a path (either separator), for headings; the full path is shown under it. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

function localTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
