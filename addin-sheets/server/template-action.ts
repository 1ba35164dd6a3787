// Sisipkan templat: a new sheet with core's standard table (header, numbering row, one example program) and
// live totals in the spreadsheet's formula syntax.
import { columnLetter } from "../../core/grid.js";
import { formulaSyntax } from "../../core/plan/formula-syntax.js";
import { templatePatch, templateTable, type TemplateFamily } from "../../core/plan/template.js";
import type { TemplateResult } from "../shared/api.js";
import { Calls } from "./calls.js";
import { asTypedText } from "./sheet-write.js";

/** Pixels per character of the template's column widths (Sheets' default font). */
const PX_PER_CHAR = 7;

/**
 * Inserts the template of a family as a new sheet after the active one and activates it. Batch calls: the
 * cells (one `setValues`, formulas included), number formats, bold header, wrapped header; one `merge` per
 * header merge and one width per column.
 */
export function insertTemplateSheet(family: TemplateFamily): TemplateResult {
  const calls = new Calls();
  const ss = SpreadsheetApp.getActive();
  const t = templateTable(family);
  const patch = templatePatch(t, formulaSyntax("sheets", ss.getSpreadsheetLocale()));
  const rows = t.grid.rows.length;
  const width = Math.max(...t.grid.rows.map((r) => r.length));
  const cells: unknown[][] = t.grid.rows.map((r) => {
    const line: unknown[] = [];
    for (let c = 0; c < width; c++) {
      const v = r[c] ?? null;
      line.push(v === null ? "" : typeof v === "string" ? asTypedText(v, undefined) : v);
    }
    return line;
  });
  let formulas = 0;
  for (const w of patch.writes) {
    const line = cells[w.row];
    if (!line) continue;
    if (w.formula !== undefined) {
      line[w.col] = w.formula;
      formulas++;
    } else if (w.value !== undefined) line[w.col] = typeof w.value === "string" ? asTypedText(w.value, undefined) : (w.value ?? "");
  }
  const name = freeName(ss, t.grid.name ?? family);
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(name, active ? active.getIndex() : ss.getNumSheets());
  const all = sheet.getRange(1, 1, rows, width);
  calls.onSheet(() => all.setValues(cells));
  const formats: string[][] = t.grid.rows.map(() => new Array<string>(width).fill("General"));
  const dataRows = t.exampleRows;
  for (const r of dataRows) {
    const line = formats[r] as string[];
    for (const c of t.moneyColumns) line[c] = "#,##0";
    for (const c of t.percentColumns) line[c] = "0.00";
  }
  calls.onSheet(() => all.setNumberFormats(formats));
  const top = t.headerRows[0] ?? 0;
  const headed = top + t.headerRows.length;
  // The title and the header in bold: one call; the header wrapped and centred: three.
  calls.onSheet(() => sheet.getRange(1, 1, headed, width).setFontWeights(Array.from({ length: headed }, () => new Array<GoogleAppsScript.Spreadsheet.FontWeight>(width).fill("bold"))));
  const header = sheet.getRange(top + 1, 1, t.headerRows.length, width);
  calls.onSheet(() => header.setWrap(true));
  calls.onSheet(() => header.setVerticalAlignment("middle"));
  calls.onSheet(() => header.setHorizontalAlignment("center"));
  for (const m of t.grid.merges) sheet.getRange(`${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`).merge();
  t.widths.forEach((w, c) => sheet.setColumnWidth(c + 1, Math.round(w * PX_PER_CHAR)));
  sheet.setFrozenRows(headed);
  sheet.activate();
  return { sheet: name, family, rows, formulas, calls: calls.count() };
}

/** The template's sheet name, or the first of "Name (2)", "Name (3)" … that is free. */
function freeName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, base: string): string {
  if (!ss.getSheetByName(base)) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!ss.getSheetByName(name)) return name;
  }
}
