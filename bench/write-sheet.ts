// Writes a bench sheet to an .xlsx file with exceljs (text stays text, numbers stay numbers), as a planner's workbook holds it.
import ExcelJS from "exceljs";
import type { BenchSheet } from "./layouts/index.js";

/**
 * Writes `sheet` as the only worksheet of `file`.
 * @example await writeSheet(evaluasiFormulas(50_000), "/tmp/evaluasi.xlsx")
 */
export async function writeSheet(sheet: BenchSheet, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  for (const r of sheet.rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}
