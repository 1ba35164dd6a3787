// `renja fix` and `renja clear` end to end: typed values, forced totals, text numbers, kept formats, and flags undone cell for cell.
import { createHash } from "node:crypto";
import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileReportSchema } from "../../core/report.js";
import { FLAG_SHEET } from "../../cli/flag-state.js";
import { DEFAULT_PREDIKAT_BANDS } from "../../core/options.js";
import { generateEvaluasi } from "../support/generate-renja.js";
import { XLSX_FIXTURES, makeTempDir, removeTempDir, run, writeText, writeWorkbook } from "./cli-helpers.js";

let dir: string;

beforeAll(async () => {
  dir = await makeTempDir();
});

afterAll(async () => {
  await removeTempDir(dir);
});

const sha = async (path: string) => createHash("sha256").update(await readFile(path)).digest("hex");

async function copyFixture(id: string, name = `${id}.xlsx`): Promise<string> {
  const path = join(dir, name);
  await copyFile(join(XLSX_FIXTURES, `${id}.xlsx`), path);
  return path;
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

async function issues(path: string): Promise<{ rule: string; row: number; column?: string | undefined }[]> {
  const r = await run("check", path, "--format", "json");
  return fileReportSchema.parse(JSON.parse(r.out)).sheets.flatMap((s) => s.issues);
}

const TOTAL_RULES = ["total-mismatch", "grand-total-mismatch", "delta-mismatch", "quarter-sum-mismatch"];

describe("renja fix --totals", () => {
  it("leaves typed values alone without --force, says how many and how to force, and never changes its input", async () => {
    const input = await copyFixture("dumai-perubahan-3-1");
    const before = await sha(input);
    const out = join(dir, "dumai-totals.xlsx");
    const r = await run("fix", input, "-o", out, "--totals", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/93 typed values left alone; add --force to replace them with formulas\./);
    expect(r.out).toContain(`Saved: ${out}`);
    expect(await sha(input)).toBe(before);
    // Empty parent cells got formulas; the typed program total that is wrong is still there, and still reported.
    const ws = (await load(out)).worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell("Q9").formula).toBe("SUM(Q10:Q11)");
    expect(ws.getCell("R50").value).toBe(1_050_000_000);
    expect((await issues(out)).filter((i) => i.rule === "total-mismatch").map((i) => `${i.column}${i.row}`)).toEqual(["R50"]);
  });

  it("with --force writes live formulas everywhere they belong, and the output checks clean of total and change mismatches", async () => {
    const input = await copyFixture("dumai-perubahan-3-1", "dumai-force.xlsx");
    const out = join(dir, "dumai-forced.xlsx");
    const r = await run("fix", input, "-o", out, "--totals", "--force");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/93 nilai yang diketik diganti \(--force\)/);
    const ws = (await load(out)).worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell("R50").formula).toBe("R51+R60");
    expect(ws.getCell("R50").result).toBe(1_100_000_000);
    expect(ws.getCell("T34").formula).toBe("MAX(Q34-R34,0)");
    expect(ws.getCell("T34").result).toBe(10_000_000);
    expect(ws.getCell("Q98").formula).toBe("Q6+Q83");
    expect((await issues(out)).filter((i) => TOTAL_RULES.includes(i.rule))).toEqual([]);
  });

  it("writes values above numbers stored as text, and live formulas with --convert-text-numbers", async () => {
    const input = await copyFixture("bengkalis-rumusan");
    const plain = join(dir, "bengkalis-values.xlsx");
    const r1 = await run("fix", input, "-o", plain, "--totals", "--force", "--lang", "en");
    expect(r1.out).toMatch(/\d+ numbers stored as text \(a =SUM would count them as 0\): 4 cells got values, not formulas; add --convert-text-numbers/);
    const ws1 = (await load(plain)).worksheets[0] as ExcelJS.Worksheet;
    expect(ws1.getCell("N8").value).toBe(395_000_000);
    const live = join(dir, "bengkalis-live.xlsx");
    const r2 = await run("fix", input, "-o", live, "--totals", "--force", "--convert-text-numbers", "--lang", "en");
    expect(r2.out).toMatch(/\d+ numbers stored as text converted to numbers/);
    const ws2 = (await load(live)).worksheets[0] as ExcelJS.Worksheet;
    expect(ws2.getCell("N8").formula).toBe("SUM(N9:N10)");
    expect(ws2.getCell("N9").value).toBe(230_000_000);
    expect(ws2.getCell("N9").numFmt).toBe("#,##0");
    expect((await issues(live)).filter((i) => TOTAL_RULES.includes(i.rule))).toEqual([]);
  });

  it("keeps formats, merges, column widths and other sheets", async () => {
    const src = await load(join(XLSX_FIXTURES, "tarakan-rencana-8.xlsx"));
    const notes = src.addWorksheet("Catatan");
    notes.getCell("A1").value = "Reviu 2 Mei";
    notes.getCell("A1").font = { italic: true };
    const input = join(dir, "tarakan-with-notes.xlsx");
    await src.xlsx.writeFile(input);
    const out = join(dir, "tarakan-fixed.xlsx");
    expect((await run("fix", input, "-o", out, "--totals", "--force")).code).toBe(1);
    const [a, b] = [await load(input), await load(out)];
    const wa = a.getWorksheet("Tabel 8") as ExcelJS.Worksheet;
    const wb = b.getWorksheet("Tabel 8") as ExcelJS.Worksheet;
    expect((wb.model as { merges: string[] }).merges.sort()).toEqual((wa.model as { merges: string[] }).merges.sort());
    expect(wb.columns.map((c) => c.width)).toEqual(wa.columns.map((c) => c.width));
    for (const addr of ["I9", "H9", "F30", "A5"]) {
      expect(wb.getCell(addr).numFmt).toEqual(wa.getCell(addr).numFmt);
      expect(wb.getCell(addr).font).toEqual(wa.getCell(addr).font);
    }
    expect(wb.getCell("I29").formula).toBe("I31+I33");
    expect(b.getWorksheet("Catatan")?.getCell("A1").value).toBe("Reviu 2 Mei");
    expect(b.getWorksheet("Catatan")?.getCell("A1").font).toEqual({ italic: true });
  });

  it("refuses to write over its input without --in-place, and changes the file itself with it", async () => {
    const input = await copyFixture("kukar-apbdp");
    const same = await run("fix", input, "-o", input, "--totals");
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/--in-place/);
    const before = await sha(input);
    const r = await run("fix", input, "--in-place", "--totals", "--force", "--lang", "en");
    expect(r.out).toContain(`Saved: ${input}`);
    expect(await sha(input)).not.toBe(before);
    expect((await issues(input)).filter((i) => TOTAL_RULES.includes(i.rule))).toEqual([]);
  });

  it.each([
    ["a .csv", "rencana.csv", /only \.xlsx workbooks can be fixed/],
    ["a missing file", "tidak-ada.xlsx", /cannot read/],
  ])("exits 2 on %s", async (_label, name, message) => {
    const path = name.endsWith(".csv") ? await writeText(join(dir, name), "Kode;Program\n") : join(dir, name);
    const r = await run("fix", path, "-o", join(dir, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("explains its usage", async () => {
    expect((await run("fix", "a.xlsx")).err).toMatch(/give -o OUT\.xlsx/);
    expect((await run("fix", "a.xlsx", "-o", "b.xlsx", "--in-place")).code).toBe(2);
    expect((await run("fix", "--help")).code).toBe(0);
  });
});

function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

interface CellLook {
  fill: unknown;
  font: unknown;
  note: unknown;
  value: unknown;
}

/** Every cell of every user sheet: fill, font, note and value. */
function look(wb: ExcelJS.Workbook): Map<string, CellLook> {
  const out = new Map<string, CellLook>();
  for (const ws of wb.worksheets) {
    if (ws.name === FLAG_SHEET) continue;
    for (let r = 1; r <= ws.rowCount; r++) {
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        out.set(`${ws.name}!${cell.address}`, { fill: cell.style.fill, font: cell.style.font, note: cell.note, value: cell.value });
      }
    }
  }
  return out;
}

describe("renja fix --flags and renja clear", () => {
  /** A seed fixture with fills, fonts and notes of its own on cells that get flagged. */
  async function decorated(): Promise<string> {
    const wb = await load(join(XLSX_FIXTURES, "dumai-perubahan-3-1.xlsx"));
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    // exceljs shares style objects between cells: each change gets a style of its own.
    restyle(ws.getCell("R50"), { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } });
    ws.getCell("R50").note = "angka dari Bappeda";
    restyle(ws.getCell("A96"), { font: { bold: true, color: { argb: "FF0000FF" } } });
    restyle(ws.getCell("F46"), { fill: { type: "pattern", pattern: "lightGray", fgColor: { theme: 4 } } as ExcelJS.Fill });
    const path = join(dir, "dumai-decorated.xlsx");
    await wb.xlsx.writeFile(path);
    return path;
  }

  it("colours and notes the findings, keeps the state in a very hidden sheet, and clear gives back every fill, font and note", async () => {
    const input = await decorated();
    const flagged = join(dir, "dumai-flagged.xlsx");
    const r = await run("fix", input, "-o", flagged, "--flags", "--lang", "en");
    expect(r.code).toBe(1);
    // With the built-in lists, F25's 'Barang Cetak' (officially 'Barang Cetakan') is flagged too (F46 and F90 differ
    // only by the Kewenangan Kabupaten/Kota phrase and a page cut: not flagged).
    expect(r.out).toMatch(/Flags: 7 cells coloured, 7 notes\./);
    const wb = await load(flagged);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell("R50").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("R50").font?.color).toEqual({ argb: "FF9C0006" });
    expect(String(ws.getCell("R50").note)).toMatch(/^Renja checker\n• ERROR total-mismatch: .*\n\nEarlier note:\nangka dari Bappeda$/s);
    expect(ws.getCell("F25").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(wb.getWorksheet(FLAG_SHEET)?.state).toBe("veryHidden");
    // The flags change no value, and check skips the state sheet.
    expect((await issues(flagged)).length).toBe((await issues(input)).length);

    const cleared = join(dir, "dumai-cleared.xlsx");
    const c = await run("clear", flagged, "-o", cleared, "--lang", "en");
    expect(c.code).toBe(0);
    expect(c.out).toMatch(/cells restored on 1 sheets/);
    const [before, after] = [look(await load(input)), look(await load(cleared))];
    expect((await load(cleared)).getWorksheet(FLAG_SHEET)).toBeUndefined();
    for (const [address, cell] of before) expect(after.get(address), address).toEqual(cell);
    for (const [address, cell] of after) if (!before.has(address)) expect(cell, address).toEqual({ fill: undefined, font: undefined, note: undefined, value: null });
  });

  it("flagging twice keeps the original state, and clear still restores it", async () => {
    const input = await decorated();
    const once = join(dir, "once.xlsx");
    const twice = join(dir, "twice.xlsx");
    const cleared = join(dir, "twice-cleared.xlsx");
    await run("fix", input, "-o", once, "--flags");
    await run("fix", once, "-o", twice, "--flags");
    expect((await load(twice)).getWorksheet(FLAG_SHEET)?.rowCount).toBe((await load(once)).getWorksheet(FLAG_SHEET)?.rowCount);
    await run("clear", twice, "-o", cleared);
    const [before, after] = [look(await load(input)), look(await load(cleared))];
    for (const [address, cell] of before) expect(after.get(address), address).toEqual(cell);
  });

  it("clear leaves a cell the user recoloured after flagging alone", async () => {
    const input = await decorated();
    const flagged = join(dir, "recolour.xlsx");
    await run("fix", input, "-o", flagged, "--flags");
    const wb = await load(flagged);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    restyle(ws.getCell("Q98"), { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } } });
    await wb.xlsx.writeFile(flagged);
    const cleared = join(dir, "recolour-cleared.xlsx");
    await run("clear", flagged, "-o", cleared);
    const out = (await load(cleared)).worksheets[0] as ExcelJS.Worksheet;
    expect(out.getCell("Q98").fill).toMatchObject({ fgColor: { argb: "FF00B050" } });
    expect(out.getCell("R98").fill).toEqual((await load(input)).worksheets[0]?.getCell("R98").fill);
  });

  it("clear on a workbook without flags says so and writes an unchanged copy", async () => {
    const input = await copyFixture("tarakan-rencana-8", "tanpa-tanda.xlsx");
    const out = join(dir, "tanpa-tanda-out.xlsx");
    const r = await run("clear", input, "-o", out, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/No flags/);
    expect((await issues(out)).length).toBe((await issues(input)).length);
  });

  it("--predikat-colours colours each predikat cell by its band, and clear takes the colours off again", async () => {
    const rows = generateEvaluasi(30).rows;
    const input = await writeWorkbook(join(dir, "predikat.xlsx"), [{ name: "Evaluasi", rows }]);
    const flagged = join(dir, "predikat-flagged.xlsx");
    const r = await run("fix", input, "-o", flagged, "--flags", "--predikat-colours", "--no-nomenclature", "--lang", "en");
    expect(r.code).toBe(0);
    const ws = (await load(flagged)).worksheets[0] as ExcelJS.Worksheet;
    const bandColour: Record<string, string> = Object.fromEntries(DEFAULT_PREDIKAT_BANDS.map((b) => [b.label, `FF${(b.color ?? "").slice(1)}`]));
    const labelled = rows.flatMap((row, i) => (typeof row[17] === "string" && i >= 5 ? [{ address: `R${i + 1}`, label: row[17] }] : []));
    expect(new Set(labelled.map((l) => l.label)).size).toBeGreaterThan(1);
    for (const { address, label } of labelled) expect(ws.getCell(address).fill, address).toMatchObject({ pattern: "solid", fgColor: { argb: bandColour[label] } });
    // Without the option, flagging leaves predikat cells as they are.
    const plain = join(dir, "predikat-plain.xlsx");
    await run("fix", input, "-o", plain, "--flags", "--no-nomenclature");
    expect(((await load(plain)).worksheets[0] as ExcelJS.Worksheet).getCell(labelled[0]?.address ?? "R6").fill).toBeUndefined();
    const cleared = join(dir, "predikat-cleared.xlsx");
    await run("clear", flagged, "-o", cleared);
    const [before, after] = [look(await load(input)), look(await load(cleared))];
    for (const [address, cell] of before) expect(after.get(address), address).toEqual(cell);
  });

  it("fix with neither --totals nor --flags does both", async () => {
    const input = await copyFixture("kukar-apbdp", "kukar-both.xlsx");
    const out = join(dir, "kukar-both-out.xlsx");
    const r = await run("fix", input, "-o", out, "--lang", "en");
    expect(r.out).toMatch(/cells written/);
    expect(r.out).toMatch(/Flags: \d+ cells coloured/);
  });
});
