// Tests of the exceljs → Grid conversion: shown values, formulas, bold, fills, number formats and merges.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { mergesOf, plainValue, worksheetToGrid } from "../../cli/xlsx-to-grid.js";

describe("plainValue", () => {
  it.each([
    [null, null],
    [undefined, null],
    ["1.06.01", "1.06.01"],
    [27649042320, 27649042320],
    [true, true],
    [new Date(Date.UTC(2024, 4, 2)), "2024-05-02"],
    [{ richText: [{ text: "PROGRAM " }, { text: "REHABILITASI", font: { bold: true } }] }, "PROGRAM REHABILITASI"],
    [{ formula: "SUM(R13:R17)", result: 1_100_000_000 }, 1_100_000_000],
    [{ formula: "SUM(R13:R17)" }, null],
    [{ sharedFormula: "R12", result: 5 }, 5],
    [{ error: "#REF!" }, "#REF!"],
    [{ text: "situs", hyperlink: "https://example.org" }, "situs"],
  ])("%j shows as %j", (raw, shown) => {
    expect(plainValue(raw as ExcelJS.CellValue)).toEqual(shown);
  });
});

describe("worksheetToGrid", () => {
  function sheet(): ExcelJS.Worksheet {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tabel 3.1");
    ws.getCell("A1").value = "Kode";
    ws.mergeCells("A1:B1");
    ws.getCell("C1").value = "Pagu";
    ws.getCell("C1").font = { bold: true };
    ws.getCell("A3").value = "1.06.01";
    ws.getCell("C3").value = { formula: "C4+C5", result: 30 } as ExcelJS.CellValue;
    ws.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
    ws.getCell("C4").value = 10;
    ws.getCell("C4").numFmt = "#,##0";
    ws.getCell("C5").value = 20;
    return ws;
  }

  it("keeps rows 0-based, with a blank row where the sheet has none, and the merge's value only in its master", () => {
    const g = worksheetToGrid(sheet());
    expect(g.name).toBe("Tabel 3.1");
    expect(g.rows).toEqual([["Kode", null, "Pagu"], [], ["1.06.01", null, 30], [null, null, 10], [null, null, 20]]);
  });

  it("keeps formulas, bold, solid fills and number formats where they are", () => {
    const g = worksheetToGrid(sheet());
    expect(g.formulas?.[2]?.[2]).toBe("=C4+C5");
    expect(g.bold?.[0]?.[2]).toBe(true);
    expect(g.fills?.[2]?.[2]).toBe("#FFC7CE");
    expect(g.numberFormats?.[3]?.[2]).toBe("#,##0");
  });

  it("gives merges as 0-based ranges", () => {
    expect(mergesOf(sheet())).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });
});
