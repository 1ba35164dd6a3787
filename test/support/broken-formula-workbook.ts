// A small Renja workbook with a parent total over deleted rows (=SUM(#REF!)) and an IFERROR hiding one, for the formula-broken tests.
import { join } from "node:path";
import ExcelJS from "exceljs";

/**
 * Writes the workbook into `dir` and returns its path: E2 holds `=SUM(#REF!)`, E5 `=IFERROR(E3*#REF!,"")` shown empty.
 * @example const file = await writeBrokenFormulaWorkbook(dir);
 */
export async function writeBrokenFormulaWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renja");
  ws.addRow(["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target", "Pagu Indikatif (Rp)"]);
  ws.addRow(["1.06.04.2.01", "Rehabilitasi Sosial Dasar Penyandang Disabilitas", "Jumlah orang", "25 Orang", null]);
  ws.addRow(["1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah orang", "10 Orang", 10000]);
  ws.addRow(["1.06.04.2.01.0002", "Penyediaan Sandang", "Jumlah orang", "10 Orang", 20000]);
  ws.addRow(["1.06.04.2.01.0003", "Penyediaan Alat Bantu", "Jumlah orang", "5 Orang", null]);
  ws.getCell("E2").value = { formula: "SUM(#REF!)", result: { error: "#REF!" } } as ExcelJS.CellValue;
  ws.getCell("E5").value = { formula: 'IFERROR(E3*#REF!,"")', result: "" } as ExcelJS.CellValue;
  const file = join(dir, "broken.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}
