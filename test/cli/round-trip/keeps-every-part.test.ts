// `renja fix` and `renja clear` on a workbook with a chart, images, print titles, a validation, a conditional format,
// a defined name, a hidden sheet and notes: only the cells, styles and notes they mean to change are written.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recalculate } from "../../support/recalc-workbook.js";
import { convert, hasSoffice } from "../../support/libreoffice.js";
import { makeTempDir, removeTempDir, run } from "../cli-helpers.js";
import { CHART_PART, NOTE_AUTHOR, partsOf, richWorkbook, TABLE_SHEET } from "./rich-workbook.js";

let dir: string;
let rich: string;
let original: Map<string, Buffer>;

beforeAll(async () => {
  dir = await makeTempDir();
  rich = join(dir, "rich.xlsx");
  await richWorkbook(rich);
  original = await partsOf(rich);
});

afterAll(async () => {
  await removeTempDir(dir);
});

/** The parts of `path` that differ from the original's (changed, missing or new). */
async function changedParts(path: string): Promise<string[]> {
  const now = await partsOf(path);
  const out = new Set<string>();
  for (const [name, bytes] of original) if (!now.get(name)?.equals(bytes)) out.add(name);
  for (const name of now.keys()) if (!original.has(name)) out.add(name);
  return [...out].sort();
}

/** A cached result as compared: no value and an empty text are the same. */
const plain = (v: unknown): unknown => (v === undefined || v === null || v === "" ? null : v);

const text = (parts: Map<string, Buffer>, name: string): string => parts.get(name)?.toString("utf8") ?? "";

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe("fix and clear keep every part they do not mean to change", () => {
  it("has what the test is about: a chart, two images, print titles, a validation, a conditional format, a defined name, a hidden sheet, notes", () => {
    expect(original.has(CHART_PART)).toBe(true);
    expect([...original.keys()].filter((p) => p.startsWith("xl/media/"))).toHaveLength(2);
    const wbXml = text(original, "xl/workbook.xml");
    expect(wbXml).toContain("_xlnm.Print_Titles");
    expect(wbXml).toContain('name="PaguProgram"');
    expect(wbXml).toMatch(/name="Catatan"[^>]*state="hidden"|state="hidden"[^>]*name="Catatan"/);
    const sheet = text(original, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain("<dataValidation ");
    expect(sheet).toContain("<conditionalFormatting ");
    expect(text(original, "xl/comments1.xml")).toContain(`<author>${NOTE_AUTHOR}</author>`);
  });

  it("fix --flags changes only the sheet's cells, styles, notes and the flag record; clear then gives back every part byte for byte", async () => {
    const flagged = join(dir, "flagged.xlsx");
    const f = await run("fix", rich, "-o", flagged, "--flags", "--lang", "en");
    expect(f.code, f.err).toBe(1);
    expect(f.out).toMatch(/Flags: \d+ cells coloured, \d+ notes\./);
    // The chart, drawings, images, other sheets, theme and properties are the original bytes.
    expect(await changedParts(flagged)).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml"]);
    const parts = await partsOf(flagged);
    // Outside its cells the sheet is as it was: print setup, validation, conditional format, drawing, notes link.
    const outsideCells = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "");
    expect(outsideCells(text(parts, "xl/worksheets/sheet1.xml"))).toBe(outsideCells(text(original, "xl/worksheets/sheet1.xml")));
    // The notes keep their author; ours come under an author of our own, the earlier note is quoted in ours.
    const comments = text(parts, "xl/comments1.xml");
    expect(comments).toContain(`<authors><author>${NOTE_AUTHOR}</author><author>Renja</author></authors>`);
    const b3 = /<comment ref="B3"[\s\S]*?<\/comment>/.exec(text(original, "xl/comments1.xml"))?.[0];
    expect(b3 && comments.includes(b3)).toBe(true);
    const ws = (await load(flagged)).getWorksheet(TABLE_SHEET);
    expect(String(ws?.getCell("R50").note)).toMatch(/total-mismatch[\s\S]*Earlier note:\nangka dari Bappeda$/);
    expect(ws?.getCell("R50").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });

    const cleared = join(dir, "cleared.xlsx");
    const c = await run("clear", flagged, "-o", cleared, "--lang", "en");
    expect(c.code, c.err).toBe(0);
    expect(c.out).toMatch(/cells restored on 1 sheets/);
    expect(await changedParts(cleared)).toEqual([]);
  });

  it("flagging twice and clearing still gives back the original parts", async () => {
    const once = join(dir, "once.xlsx");
    const twice = join(dir, "twice.xlsx");
    const cleared = join(dir, "twice-cleared.xlsx");
    await run("fix", rich, "-o", once, "--flags");
    await run("fix", once, "-o", twice, "--flags");
    // The second run took the first run's flags off before flagging again: no style piles up.
    expect(text(await partsOf(twice), "xl/styles.xml")).toBe(text(await partsOf(once), "xl/styles.xml"));
    expect((await run("clear", twice, "-o", cleared)).code).toBe(0);
    expect(await changedParts(cleared)).toEqual([]);
  });

  it("the old exceljs rewrite, kept behind --force-lossy, is what lost the chart and the note author", async () => {
    const lossy = join(dir, "lossy.xlsx");
    expect((await run("fix", rich, "-o", lossy, "--flags", "--force-lossy")).code).toBe(1);
    const parts = await partsOf(lossy);
    expect(parts.has(CHART_PART)).toBe(false);
    expect(text(parts, "xl/comments1.xml")).not.toContain(NOTE_AUTHOR);
  });

  it("fix --totals writes live formulas with results a recalculation agrees with, and nothing else but the calculation flag", async () => {
    const fixed = join(dir, "totals.xlsx");
    const r = await run("fix", rich, "-o", fixed, "--totals", "--force", "--lang", "en");
    expect(r.code, r.err).toBe(0);
    expect(await changedParts(fixed)).toEqual(["xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    const parts = await partsOf(fixed);
    expect(text(parts, "xl/workbook.xml")).toBe(text(original, "xl/workbook.xml").replace(/<calcPr([^>]*?)\s*\/>/, '<calcPr$1 fullCalcOnLoad="1"/>'));
    const ws = (await load(fixed)).getWorksheet(TABLE_SHEET) as ExcelJS.Worksheet;
    expect(ws.getCell("Q9").formula).toBe("SUM(Q10:Q11)");
    const cached = new Map<string, unknown>();
    ws.eachRow((row) => row.eachCell((cell) => void (cell.formula && cached.set(cell.address, (cell.value as ExcelJS.CellFormulaValue).result))));
    expect(cached.size).toBeGreaterThan(100);
    recalculate(ws);
    for (const [address, result] of cached) expect((ws.getCell(address).value as ExcelJS.CellFormulaValue).result, address).toEqual(result);
  });

  it.skipIf(!hasSoffice())("LibreOffice recalculates the written formulas to the cached results", async () => {
    const fixed = join(dir, "totals-lo.xlsx");
    expect((await run("fix", rich, "-o", fixed, "--totals", "--force")).code).toBe(0);
    const [recalculated] = await convert([fixed], "xlsx", join(dir, "recalculated"));
    const mine = (await load(fixed)).getWorksheet(TABLE_SHEET) as ExcelJS.Worksheet;
    const lo = (await load(recalculated as string)).getWorksheet(TABLE_SHEET) as ExcelJS.Worksheet;
    let compared = 0;
    mine.eachRow((row) =>
      row.eachCell((cell) => {
        if (!cell.formula) return;
        const theirs = lo.getCell(cell.address).value as ExcelJS.CellFormulaValue | number | string | null;
        const value = plain(typeof theirs === "object" && theirs !== null ? theirs.result : theirs);
        const ours = plain((cell.value as ExcelJS.CellFormulaValue).result);
        if (typeof ours === "number" && typeof value === "number") expect(value, cell.address).toBeCloseTo(ours, 6);
        else expect(value, cell.address).toEqual(ours);
        compared++;
      }),
    );
    expect(compared).toBeGreaterThan(100);
  }, 120_000);
});
