// The template as an exceljs workbook: typed cells, formulas from auto-total, merges, widths, borders and number formats.
import ExcelJS from "exceljs";
import type { Patch } from "../core/plan/patch.js";
import type { TemplateTable } from "../core/plan/template.js";
import { applyWrites } from "./apply-patch.js";

const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };

/**
 * A workbook with one sheet: the template's cells, then the patch's formulas (with their results).
 * @example const t = templateTable("rencana"); templateWorkbook(t, templatePatch(t))
 */
export function templateWorkbook(t: TemplateTable, patch: Patch): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "renja template";
  const headerEnd = t.headerRows[t.headerRows.length - 1] ?? 0;
  const ws = wb.addWorksheet(t.grid.name ?? "Renja", {
    views: [{ state: "frozen", xSplit: 0, ySplit: headerEnd + 1 }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = t.widths.map((width) => ({ width }));
  const width = t.widths.length;
  const header = new Set(t.headerRows);
  const example = new Set(t.exampleRows);
  const lastExample = Math.max(...t.exampleRows);
  t.grid.rows.forEach((row, r) => {
    if (r === 0) {
      const title = ws.getCell(1, 1);
      title.value = row[0] ?? null;
      title.font = { bold: true, size: 12 };
      return;
    }
    if (!header.has(r) && !example.has(r)) return;
    for (let c = 0; c < width; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const v = row[c] ?? null;
      if (v !== null) cell.value = v;
      const style: Partial<ExcelJS.Style> = { border: THIN };
      if (header.has(r)) {
        style.font = { bold: true };
        style.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
        style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
      } else {
        style.alignment = { wrapText: c < 3, vertical: "top" };
        if (r === t.exampleRows[0] || r === t.exampleRows[1] || r === lastExample) style.font = { bold: true };
        if (t.moneyColumns.includes(c)) style.numFmt = "#,##0";
        if (t.percentColumns.includes(c)) style.numFmt = "0.00";
      }
      cell.style = style;
    }
  });
  for (const m of t.grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  applyWrites(ws, patch.writes);
  return wb;
}
