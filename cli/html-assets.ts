// The inline stylesheet and filter script of the HTML report, and their CSP hashes (the page loads nothing else).
import { createHash } from "node:crypto";

/** Screen and print styles; severity colours are Excel's Bad / Neutral / Good cell styles (domain §7). */
export const REPORT_CSS = `
:root { --bad-bg: #FFC7CE; --bad-fg: #9C0006; --neutral-bg: #FFEB9C; --neutral-fg: #9C5700; --good-bg: #C6EFCE; --good-fg: #006100;
  --info-bg: #E7EEF7; --info-fg: #1F4E79; --line: #D0D7DE; --muted: #57606A; --head: #F3F5F7; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1F2328; background: #FFF; }
main, body > header, body > footer { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
body > header { padding-top: 20px; padding-bottom: 4px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #1F2328; overflow-wrap: anywhere; }
#overview h2 { margin-top: 16px; }
h3 { font-size: 16px; margin: 20px 0 6px; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.path { font-size: 12px; color: var(--muted); margin: -4px 0 8px; overflow-wrap: anywhere; }
.lead { font-size: 16px; margin: 4px 0 12px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--head); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.overview { width: auto; min-width: 60%; margin-bottom: 8px; }
table.overview tfoot td { font-weight: 600; background: var(--head); }
table.overview td:first-child { overflow-wrap: anywhere; max-width: 520px; }
.badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.sev-error .badge, .badge.sev-error { background: var(--bad-bg); color: var(--bad-fg); }
.sev-warning .badge, .badge.sev-warning { background: var(--neutral-bg); color: var(--neutral-fg); }
.sev-info .badge, .badge.sev-info { background: var(--info-bg); color: var(--info-fg); }
.badge.ok { background: var(--good-bg); color: var(--good-fg); }
td.count-error { color: var(--bad-fg); font-weight: 600; }
td.count-warning { color: var(--neutral-fg); font-weight: 600; }
td.zero { color: var(--muted); font-weight: normal; }
#filters { position: sticky; top: 0; z-index: 1; background: #FFF; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 12px 0;
  display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
#filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
#filters legend { float: left; font-weight: 600; margin-right: 4px; padding: 0; }
#filters label { display: inline-flex; gap: 4px; align-items: center; cursor: pointer; }
#filters select { max-width: 280px; font: inherit; }
#filters button { font: inherit; }
#filter-status { color: var(--muted); margin-left: auto; font-size: 13px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 6px 0 10px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
ul.columns { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px; }
ul.columns li { border: 1px solid var(--line); border-radius: 3px; padding: 0 5px; font-size: 12px; background: #FAFBFC; }
ul.columns b { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; }
ul.formulas { margin: 0; padding-left: 18px; }
.summary-line { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 4px 0 10px; padding: 6px 10px; background: var(--head); border-radius: 4px; }
.summary-line span b { font-variant-numeric: tabular-nums; }
table.findings { table-layout: fixed; margin-bottom: 8px; }
table.findings col.c-sev { width: 105px; } table.findings col.c-rule { width: 200px; } table.findings col.c-cell { width: 80px; }
table.findings col.c-exp, table.findings col.c-act { width: 150px; }
table.findings td { overflow-wrap: anywhere; }
table.findings tr.sev-error td:first-child { border-left: 4px solid var(--bad-fg); }
table.findings tr.sev-warning td:first-child { border-left: 4px solid var(--neutral-fg); }
table.findings tr.sev-info td:first-child { border-left: 4px solid var(--info-fg); }
td.rule code { font-size: 12px; }
td.rule .rule-title { display: block; font-size: 12px; color: var(--muted); }
td.cell, td.value.num { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: 13px; }
section.file, section.sheet, #overview, #unreadable { scroll-margin-top: 72px; }
tr.none-match td { color: var(--muted); font-style: italic; }
p.clean { display: inline-block; margin: 4px 0; }
.unreadable-list li { margin: 4px 0; overflow-wrap: anywhere; }
.error-text { color: var(--bad-fg); }
code { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; }
body > footer { margin-top: 32px; padding-bottom: 24px; font-size: 12px; color: var(--muted); }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { font-size: 9.5pt; }
  main, body > header, body > footer { max-width: none; padding: 0; }
  #filters, .no-print { display: none !important; }
  #filter-status-print { display: none; }
  body.filtered #filter-status-print { display: block; font-style: italic; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  section.file { break-before: page; }
  tr, .summary-line, dl.facts { break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@media screen { #filter-status-print { display: none; } }
`;

/**
 * The filter script: severity checkboxes and a rule select hide rows of the findings tables. Without it the
 * panel stays hidden and every row is shown. Plain ES5 so that any browser a reviewer opens the file in runs it.
 */
export const REPORT_SCRIPT = `
(function () {
  "use strict";
  var panel = document.getElementById("filters");
  if (!panel) return;
  var boxes = panel.querySelectorAll("input[name=severity]");
  var select = panel.querySelector("select[name=rule]");
  var reset = panel.querySelector("button[name=reset]");
  var status = document.getElementById("filter-status");
  var printStatus = document.getElementById("filter-status-print");
  var rows = document.querySelectorAll("tr.finding");
  var tables = document.querySelectorAll("table.findings");
  var template = panel.getAttribute("data-shown") || "{shown} / {total}";
  function apply() {
    var on = {};
    var i;
    for (i = 0; i < boxes.length; i++) on[boxes[i].value] = boxes[i].checked;
    var rule = select ? select.value : "";
    var shown = 0;
    for (i = 0; i < rows.length; i++) {
      var tr = rows[i];
      var show = on[tr.getAttribute("data-severity")] === true && (rule === "" || tr.getAttribute("data-rule") === rule);
      tr.hidden = !show;
      if (show) shown++;
    }
    for (i = 0; i < tables.length; i++) {
      var none = tables[i].querySelector("tr.none-match");
      if (none) none.hidden = tables[i].querySelector("tr.finding:not([hidden])") !== null;
    }
    var text = template.replace("{shown}", String(shown)).replace("{total}", String(rows.length));
    if (status) status.textContent = text;
    if (printStatus) printStatus.textContent = text;
    document.body.classList.toggle("filtered", shown !== rows.length);
  }
  panel.addEventListener("change", apply);
  if (reset) {
    reset.addEventListener("click", function () {
      for (var i = 0; i < boxes.length; i++) boxes[i].checked = true;
      if (select) select.value = "";
      apply();
    });
  }
  panel.hidden = false;
  apply();
})();
`;

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Content-Security-Policy of the page: only the inline style and script above; no network, no other script. */
export const REPORT_CSP = `default-src 'none'; style-src ${sha256(REPORT_CSS)}; script-src ${sha256(REPORT_SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
