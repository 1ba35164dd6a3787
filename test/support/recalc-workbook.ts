// Recalculates the formulas of an exceljs worksheet with the test evaluator (what a spreadsheet does when a value is typed).
import type ExcelJS from "exceljs";
import { gridReader, type EvalValue } from "./formula-eval.js";

function plain(v: ExcelJS.CellValue): EvalValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object" && "result" in v) return plain((v as { result?: ExcelJS.CellValue }).result ?? null);
  if (typeof v === "object" && "richText" in v) return v.richText.map((p) => p.text).join("");
  return null;
}

/**
 * Sets every formula's cached result to what it computes now.
 * @example ws.getCell("G9").value = 125_000_000; recalculate(ws);
 */
export function recalculate(ws: ExcelJS.Worksheet): number {
  const rows: EvalValue[][] = [];
  const formulas = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      (rows[r - 1] ??= [])[c - 1] = plain(cell.value);
      const f = cell.formula;
      if (f) formulas.set(`${r - 1}:${c - 1}`, f);
    });
  });
  const read = gridReader(rows, (r, c) => formulas.get(`${r}:${c}`) ?? null);
  for (const k of formulas.keys()) {
    const [r, c] = k.split(":").map(Number) as [number, number];
    const cell = ws.getCell(r + 1, c + 1);
    cell.value = { formula: cell.formula, result: read(r, c) as number | string } as ExcelJS.CellFormulaValue;
  }
  return formulas.size;
}
