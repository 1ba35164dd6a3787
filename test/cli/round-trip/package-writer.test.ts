// The in-place package writer on its own cases: notes parts created and removed again, shared formulas, and the
// refusal (with --force-lossy as the way out) where a write would break an array formula.
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writePackage } from "../../../cli/package/write-package.js";
import { Refusal } from "../../../cli/package/refusal.js";
import { XLSX_FIXTURES, makeTempDir, removeTempDir, run } from "../cli-helpers.js";
import { partsOf } from "./rich-workbook.js";

let dir: string;

beforeAll(async () => {
  dir = await makeTempDir();
});

afterAll(async () => {
  await removeTempDir(dir);
});

async function differing(a: string, b: string): Promise<string[]> {
  const [pa, pb] = [await partsOf(a), await partsOf(b)];
  const names = new Set([...pa.keys(), ...pb.keys()]);
  return [...names].filter((n) => !pa.get(n)?.equals(pb.get(n) ?? Buffer.alloc(0)) || !pb.has(n)).sort();
}

/** Replaces one part of an .xlsx (zip-level edit, as another program would have written it). */
async function editPart(path: string, part: string, edit: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(path));
  zip.file(part, edit((await zip.file(part)?.async("string")) ?? ""));
  await writeFile(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

const plan = (name: string, writes: { row: number; col: number; formula?: string; value?: number; result?: number }[], formulaOf: (a: string) => string | null = () => null) => ({
  name,
  restore: [],
  writes: writes.map((w) => ({ ...w, purpose: "total" as const, replaces: null })),
  fills: [],
  notes: [],
  kept: [],
  formulaOf,
});

describe("the package writer", () => {
  // exceljs declares a .vml content type in every file; Excel only when a drawing needs it.
  it.each([
    ["as exceljs wrote it", false],
    ["as Excel writes it (no .vml content type)", true],
  ])("adds the notes parts to a sheet that had none, and clear removes every one of them again (%s)", async (label, excelLike) => {
    const input = join(dir, `no-notes-${excelLike}.xlsx`);
    await copyFile(join(XLSX_FIXTURES, "dumai-perubahan-3-1.xlsx"), input);
    if (excelLike) await editPart(input, "[Content_Types].xml", (xml) => xml.replace(/<Default Extension="vml"[^>]*\/>/, ""));
    expect((await partsOf(input)).get("[Content_Types].xml")?.toString().includes('Extension="vml"'), label).toBe(!excelLike);
    const flagged = join(dir, `no-notes-${excelLike}-flagged.xlsx`);
    expect((await run("fix", input, "-o", flagged, "--flags")).code).toBe(1);
    const parts = await partsOf(flagged);
    const comments = [...parts.keys()].filter((p) => /^xl\/comments\d+\.xml$/.test(p));
    expect(comments).toHaveLength(1);
    expect(parts.get("[Content_Types].xml")?.toString()).toMatch(/Extension="vml"/);
    expect(parts.get("xl/worksheets/sheet1.xml")?.toString()).toMatch(/<legacyDrawing r:id="rId\d+"\/>/);
    const ws = new ExcelJS.Workbook();
    await ws.xlsx.readFile(flagged);
    let notes = 0;
    ws.worksheets[0]?.eachRow((row) => row.eachCell((cell) => void (typeof cell.note === "string" && cell.note.startsWith("Pemeriksa Renja") && notes++)));
    expect(notes).toBeGreaterThan(3);
    const cleared = join(dir, `no-notes-${excelLike}-cleared.xlsx`);
    expect((await run("clear", flagged, "-o", cleared)).code).toBe(0);
    expect(await differing(input, cleared)).toEqual([]);
  });

  it("clears flags an older renja wrote through exceljs (no format index kept): fills, fonts and notes come back as they were", async () => {
    const input = join(dir, "old-flags.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(XLSX_FIXTURES, "dumai-perubahan-3-1.xlsx"));
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    sheet.getCell("R50").style = { ...sheet.getCell("R50").style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } };
    sheet.getCell("R50").note = "angka dari Bappeda";
    await wb.xlsx.writeFile(input);
    const flagged = join(dir, "old-flags-flagged.xlsx");
    expect((await run("fix", input, "-o", flagged, "--flags", "--force-lossy")).code).toBe(1);
    const cleared = join(dir, "old-flags-cleared.xlsx");
    expect((await run("clear", flagged, "-o", cleared)).code).toBe(0);
    const look = async (path: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path);
      const ws = book.worksheets[0] as ExcelJS.Worksheet;
      const out: Record<string, unknown> = {};
      ws.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => void (out[cell.address] = [cell.style.fill?.type === "pattern" ? cell.style.fill : null, cell.style.font?.color ?? null, typeof cell.note === "string" ? cell.note : null, cell.value])));
      return out;
    };
    const [before, after] = [await look(input), await look(cleared)];
    for (const [address, cell] of Object.entries(before)) expect(after[address] ?? [null, null, null, null], address).toEqual(cell);
  });

  it("gives the cells that shared a written cell's formula a formula of their own", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    for (let r = 1; r <= 3; r++) ws.getCell(r, 1).value = r;
    ws.getCell("B1").value = { formula: "A1*2", result: 2, shareType: "shared", ref: "B1:B3" } as ExcelJS.CellValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 4 } as ExcelJS.CellValue;
    ws.getCell("B3").value = { sharedFormula: "B1", result: 6 } as ExcelJS.CellValue;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(bytes.length).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("xl/worksheets/sheet1.xml")?.async("string")).toContain('t="shared"');
    const formulas: Record<string, string> = { B2: "A2*2", B3: "A3*2" };
    const out = await writePackage(bytes, [plan("S", [{ row: 0, col: 1, formula: "=A1*10", result: 10 }], (a) => formulas[a] ?? null)], { kind: "keep" });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(out as unknown as ExcelJS.Buffer);
    const s = back.getWorksheet("S") as ExcelJS.Worksheet;
    expect([s.getCell("B1").formula, s.getCell("B2").formula, s.getCell("B3").formula]).toEqual(["A1*10", "A2*2", "A3*2"]);
    expect((s.getCell("B3").value as ExcelJS.CellFormulaValue).result).toBe(6);
  });

  it("drops the calculation chain when a formula cell becomes a value, and asks for a full calculation where the workbook had no calcPr", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = { formula: "A1*2", result: 2 } as ExcelJS.CellValue;
    ws.getCell("A3").value = { formula: "A2*2", result: 4 } as ExcelJS.CellValue;
    const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
    const calcChain = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A2" i="1"/><c r="A3"/></calcChain>';
    zip.file("xl/calcChain.xml", calcChain);
    const edit = async (part: string, f: (x: string) => string) => zip.file(part, f((await zip.file(part)?.async("string")) ?? ""));
    await edit("xl/_rels/workbook.xml.rels", (x) => x.replace("</Relationships>", '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
    await edit("[Content_Types].xml", (x) => x.replace("</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
    await edit("xl/workbook.xml", (x) => x.replace(/<calcPr[^>]*\/>/, ""));
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    // A value over A2's formula: the chain would name a cell without a formula, which Excel repairs.
    const out = await JSZip.loadAsync(await writePackage(bytes, [plan("S", [{ row: 1, col: 0, value: 5 }, { row: 3, col: 0, formula: "=A1+A2", result: 6 }])], { kind: "keep" }));
    expect(out.file("xl/calcChain.xml")).toBeNull();
    expect(await out.file("xl/_rels/workbook.xml.rels")?.async("string")).not.toContain("calcChain");
    expect(await out.file("[Content_Types].xml")?.async("string")).not.toContain("calcChain");
    expect(await out.file("xl/workbook.xml")?.async("string")).toMatch(/<\/sheets>(<definedNames>[\s\S]*<\/definedNames>)?<calcPr fullCalcOnLoad="1"\/>/);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await out.generateAsync({ type: "nodebuffer" })) as unknown as ExcelJS.Buffer);
    const s = back.getWorksheet("S") as ExcelJS.Worksheet;
    expect([s.getCell("A2").value, s.getCell("A3").formula, s.getCell("A4").formula]).toEqual([5, "A2*2", "A1+A2"]);
  });

  it("refuses a write inside an array formula, naming the cell, and fix writes nothing then; --force-lossy writes", async () => {
    const input = join(dir, "array.xlsx");
    await copyFile(join(XLSX_FIXTURES, "dumai-perubahan-3-1.xlsx"), input);
    await editPart(input, "xl/worksheets/sheet1.xml", (xml) => xml.replace(/<c r="Q9"([^>]*?)(\/>|>[\s\S]*?<\/c>)/, '<c r="Q9"$1><f t="array" ref="Q9">SUM(Q10:Q10)</f><v>1</v></c>'));
    const bytes = await readFile(input);
    await expect(writePackage(bytes, [plan("Tabel 3.1", [{ row: 8, col: 16, formula: "=SUM(Q10:Q11)" }])], { kind: "keep" })).rejects.toThrow(Refusal);
    const out = join(dir, "array-fixed.xlsx");
    const r = await run("fix", input, "-o", out, "--totals", "--force", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^renja: this cannot be written without losing content: Tabel 3\.1!Q9 \(inside an array formula or data table\); nothing written\. Add --force-lossy/);
    await expect(readFile(out)).rejects.toThrow();
    expect((await run("fix", input, "-o", out, "--totals", "--force", "--force-lossy")).code).toBe(0);
  });
});
