// Workbooks written by openpyxl or pandas (absolute relationship targets such as /xl/comments/comment1.xml) are read, with their notes (issue 15 item 8).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openXlsx } from "../../cli/read-file.js";
import { relativeTargets } from "../../cli/relationship-targets.js";
import { noteText } from "../../cli/workbook.js";
import { DUMAI, makeTempDir, removeTempDir, run } from "./cli-helpers.js";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

/** Dumai's workbook with a note on B2, every internal relationship target rewritten to the absolute form openpyxl writes. */
async function absoluteTargetsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(DUMAI);
  const ws = wb.worksheets[0] as ExcelJS.Worksheet;
  ws.getCell("B2").note = "catatan dari skrip Python";
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const file of Object.values(zip.files)) {
    if (!file.name.endsWith(".rels")) continue;
    const base = file.name.replace(/_rels\/[^/]+$/, "");
    const xml = await file.async("string");
    zip.file(file.name, xml.replace(/Target="(?!\/|https?:)([^"]+)"/g, (_m, t: string) => `Target="/${join(base, t)}"`));
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("absolute relationship targets", () => {
  it("the test file really has them, and bare exceljs refuses it", async () => {
    const bytes = await absoluteTargetsWorkbook();
    const rels = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string");
    expect(rels).toMatch(/Target="\/xl\/comments1\.xml"/);
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as never)).rejects.toThrow();
  });

  it("renja check reads it like the original, and the note is read", async () => {
    const file = join(dir, "from-pandas.xlsx");
    await writeFile(file, await absoluteTargetsWorkbook());
    const r = await run("check", file, "--format", "json", "--lang", "en");
    const original = await run("check", DUMAI, "--format", "json", "--lang", "en");
    expect(r.code).toBe(original.code);
    expect(JSON.parse(r.out).sheets).toEqual(JSON.parse(original.out).sheets);
    const wb = await openXlsx(file);
    expect(noteText((wb.worksheets[0] as ExcelJS.Worksheet).getCell("B2").note)).toBe("catatan dari skrip Python");
  });

  it("makes each target relative to its own part's folder and leaves a package without absolute targets as it is", async () => {
    const fixed = await JSZip.loadAsync(await relativeTargets(await absoluteTargetsWorkbook()));
    expect(await fixed.file("_rels/.rels")?.async("string")).toMatch(/Target="xl\/workbook\.xml"/);
    expect(await fixed.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")).toMatch(/Target="\.\.\/comments1\.xml"/);
    const plain = await readFile(DUMAI);
    expect(await relativeTargets(plain)).toBe(plain);
  });
});
