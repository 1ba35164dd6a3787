// renja check reads formulas from .xlsx: a parent total over a deleted row (=SUM(#REF!)) and an IFERROR that hides one are formula-broken.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, expect, it } from "vitest";
import { makeTempDir, run } from "./cli-helpers.js";

let dir = "";
afterAll(() => rm(dir, { recursive: true, force: true }));

it("reports formula-broken on the cells whose formula refers to #REF!, and no not-a-number for them", async () => {
  dir = await makeTempDir();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renja");
  ws.addRow(["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target", "Pagu Indikatif (Rp)"]);
  ws.addRow(["1.06.04.2.01", "Rehabilitasi Sosial Dasar", "Jumlah orang", "20 Orang", null]);
  ws.addRow(["1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah orang", "10 Orang", 10000]);
  ws.addRow(["1.06.04.2.01.0002", "Penyediaan Sandang", "Jumlah orang", "10 Orang", 20000]);
  ws.addRow(["1.06.04.2.01.0003", "Penyediaan Alat Bantu", "Jumlah orang", "5 Orang", null]);
  ws.getCell("E2").value = { formula: "SUM(#REF!)", result: { error: "#REF!" } } as ExcelJS.CellValue;
  ws.getCell("E5").value = { formula: 'IFERROR(E3*#REF!,"")', result: "" } as ExcelJS.CellValue;
  const file = join(dir, "broken.xlsx");
  await wb.xlsx.writeFile(file);
  const r = await run("check", file, "--format", "json");
  const issues = (JSON.parse(r.out) as { sheets: { issues: { rule: string; row: number; column?: string; actualValue?: string }[] }[] }).sheets[0]?.issues ?? [];
  expect(issues.filter((i) => i.rule === "formula-broken").map((i) => `${i.column}${i.row} ${i.actualValue}`)).toEqual(["E2 =SUM(#REF!)", 'E5 =IFERROR(E3*#REF!,"")']);
  expect(issues.filter((i) => i.rule === "not-a-number")).toEqual([]);
  expect(r.code).toBe(1);
});
