// The streaming reader gives the grids a full exceljs load gives: on every .xlsx of the project and on a workbook of edge cases.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import type { Grid } from "../../core/grid.js";
import { openXlsx, readGrids } from "../../cli/read-file.js";
import { streamable } from "../../cli/stream-workbook.js";
import { guardXlsx } from "../../cli/xlsx-guard.js";
import { worksheetToGrid } from "../../cli/xlsx-to-grid.js";
import { LAYOUTS } from "../../bench/layouts/index.js";
import { writeSheet } from "../../bench/write-sheet.js";
import { normalGrid, readBothWays } from "./reader-comparison.js";

const ROOT = join(import.meta.dirname, "../..");
const FILES = [
  ...readdirSync(join(ROOT, "test/fixtures/xlsx")).map((f) => join(ROOT, "test/fixtures/xlsx", f)),
  ...readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".xlsx")).map((f) => join(ROOT, "examples", f)),
  ...readdirSync(join(ROOT, "data/nomenklatur")).filter((f) => f.endsWith(".xlsx")).map((f) => join(ROOT, "data/nomenklatur", f)),
];
const dir = mkdtempSync(join(tmpdir(), "renja-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A workbook of the cases a reader can get wrong: merges (with values under them), shared formulas, dates, rich text, styles, a very hidden sheet. */
async function edgeWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tabel 3.1");
  ws.getCell("A1").value = "Kode";
  ws.getCell("B1").value = "Uraian";
  ws.mergeCells("A1:A2");
  ws.mergeCells("C1:E1");
  ws.getCell("C1").value = "Pagu";
  ws.getCell("A3").value = "1.06.01";
  ws.getCell("B3").value = { richText: [{ text: "PROGRAM " }, { text: "UJI", font: { bold: true } }] };
  ws.getCell("C3").value = 1500000;
  ws.getCell("C3").numFmt = "#,##0";
  ws.getCell("D3").value = { formula: "C3*2", result: 3000000 };
  ws.getCell("D4").value = { sharedFormula: "D3", result: 10 } as never;
  ws.getCell("E3").value = new Date(Date.UTC(2024, 0, 31));
  ws.getCell("G3").value = 0.75;
  ws.getCell("G3").numFmt = "0.00%";
  ws.getCell("B3").font = { bold: true };
  ws.getCell("A3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("H3").value = "A & B <c>";
  ws.getCell("I3").value = "Café ≥ 5 — gorong\u0002gorong";
  ws.getCell("A4").value = "1.06.01.2.01";
  ws.getCell("C4").value = 5;
  const hidden = wb.addWorksheet("Rahasia", { state: "veryHidden" });
  hidden.getCell("A1").value = "x";
  wb.addWorksheet("Kosong");
  const file = join(dir, "edge.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("streamWorkbook", () => {
  it.each(FILES.map((f) => [f.slice(ROOT.length + 1), f]))("reads %s as the full load does", async (_name, file) => {
    const r = await readBothWays(file);
    if (r.stream === null) return expect(r.plain, "a plain file the streaming reader gave up on").toBe(false);
    expect(r.stream).toEqual(r.full);
    expect(r.streamCatalogue).toEqual(r.fullCatalogue);
  });

  it("leaves errors, booleans and inline strings to the full load (the streaming reader reads them otherwise)", async () => {
    const cases: [string, ExcelJS.CellValue][] = [
      ["error", { error: "#REF!" } as never],
      ["formula error", { formula: "1/0", result: { error: "#DIV/0!" } } as never],
      ["boolean", true],
    ];
    for (const [name, value] of cases) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Tabel");
      ws.getCell("A1").value = "1.06.01";
      ws.getCell("B1").value = value;
      const file = join(dir, `${name.replace(" ", "-")}.xlsx`);
      await wb.xlsx.writeFile(file);
      expect(streamable(await guardXlsx(file, readFileSync(file))), name).toBe(false);
      const [grid] = await readGrids(file);
      expect(normalGrid(grid as Grid), name).toEqual(normalGrid(worksheetToGrid((await openXlsx(file)).worksheets[0] as ExcelJS.Worksheet)));
    }
  });

  it("reads merges, formulas, dates, rich text, styles and hidden sheets as the full load does", async () => {
    const r = await readBothWays(await edgeWorkbook());
    expect(r.plain).toBe(true);
    expect(r.stream).toEqual(r.full);
  });

  it.each(Object.keys(LAYOUTS))("reads the %s bench layout as the full load does", async (name) => {
    const file = join(dir, `${name}.xlsx`);
    await writeSheet((LAYOUTS as Record<string, (rows: number) => Parameters<typeof writeSheet>[0]>)[name]!(3000), file);
    const r = await readBothWays(file);
    expect(r.plain).toBe(true);
    expect(r.stream).toEqual(r.full);
  });

  it("is taken for the files exceljs writes (the project's fixtures are plain)", async () => {
    const plain = await Promise.all(FILES.map(async (f) => streamable(await guardXlsx(f, readFileSync(f)))));
    expect(plain.filter(Boolean).length).toBeGreaterThan(0);
  });
});
