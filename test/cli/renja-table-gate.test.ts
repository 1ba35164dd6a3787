// Only Renja tables are checked and written (issue 15 item 2): a Program | Pagu summary is listed as skipped with why, never flagged, never given formulas.
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkGrid } from "../../core/check.js";
import type { CellValue } from "../../core/grid.js";
import { generateRencana } from "../support/generate-renja.js";
import { makeTempDir, removeTempDir, run, writeWorkbook } from "./cli-helpers.js";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

/** A summary sheet of programs and their pagu, with a JUMLAH row that does not add up. */
const SUMMARY: CellValue[][] = [
  ["Rekap Pagu per Program"],
  [],
  ["Program", "Pagu"],
  ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1_250_000_000],
  ["Program Pemberdayaan Sosial", 350_000_000],
  ["Program Rehabilitasi Sosial", 500_000_000],
  ["Program Perlindungan dan Jaminan Sosial", 420_000_000],
  ["Jumlah", 2_500_000_000],
];
const TABLE = generateRencana({ programs: [{ kegiatan: [2, 1] }], pagu: [100, 250, 75], moneyAsText: false }).rows;

describe("the Renja-table gate", () => {
  it("core: a table without code column and without hierarchy is not checked, and says why", () => {
    const c = checkGrid({ name: "Ringkasan", rows: SUMMARY }, { lang: "en" });
    expect(c.table).toBeNull();
    expect(c.skipped).toBe("no code column and no program › kegiatan › sub kegiatan hierarchy (e.g. a Program | Pagu summary)");
    expect(c.report.issues.map((i) => i.rule)).toEqual(["header-not-found"]);
    const named: CellValue[][] = [["Program/Kegiatan", "Pagu"], ["PROGRAM PEMBERDAYAAN SOSIAL", 300], ["Kegiatan Pengumpulan Sumbangan", 100], ["Kegiatan Pengelolaan Data", 200]];
    expect(checkGrid({ name: "Bertingkat", rows: named }).skipped).toBeUndefined();
  });

  it("check lists the summary as skipped (JSON skippedSheets, text) and flags nothing on it", async () => {
    const file = await writeWorkbook(join(dir, "kiriman.xlsx"), [{ name: "Tabel", rows: TABLE }, { name: "Ringkasan", rows: SUMMARY }]);
    const json = JSON.parse((await run("check", file, "--format", "json", "--lang", "en")).out) as { sheets: { name: string }[]; skippedSheets: { name: string; reason: string }[] };
    expect(json.sheets.map((s) => s.name)).toEqual(["Tabel"]);
    expect(json.skippedSheets).toEqual([{ name: "Ringkasan", reason: "no code column and no program › kegiatan › sub kegiatan hierarchy (e.g. a Program | Pagu summary)" }]);
    expect((await run("check", file)).out).toContain('Lembar "Ringkasan" dilewati: tanpa kolom kode dan tanpa hierarki');
    const html = (await run("check", file, "--format", "html", "--lang", "en")).out;
    expect(html).toContain('<p class="skipped">Sheet &quot;Ringkasan&quot; skipped:');
  });

  it("fix --totals --force leaves the summary's typed values alone and says it skipped it", async () => {
    const file = await writeWorkbook(join(dir, "kiriman.xlsx"), [{ name: "Tabel", rows: TABLE }, { name: "Ringkasan", rows: SUMMARY }]);
    const out = join(dir, "out.xlsx");
    const r = await run("fix", file, "-o", out, "--totals", "--force", "--lang", "en");
    expect(r.out).toContain('Sheet "Ringkasan" skipped: no code column');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Ringkasan") as ExcelJS.Worksheet;
    for (let row = 4; row <= 8; row++) expect(ws.getCell(row, 2).value).toBe(SUMMARY[row - 1]?.[1]);
  });

  it("fix on a workbook that holds only the summary writes nothing and says why", async () => {
    const file = await writeWorkbook(join(dir, "ringkasan.xlsx"), [{ name: "Ringkasan", rows: SUMMARY }]);
    const before = await readFile(file);
    const out = join(dir, "out.xlsx");
    const r = await run("fix", file, "-o", out, "--totals", "--force", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toContain('Sheet "Ringkasan" skipped: no code column');
    expect(r.err).toContain("no Renja table");
    await expect(access(out)).rejects.toThrow();
    expect((await readFile(file)).equals(before)).toBe(true);
  });
});
