// Office.js limits the scripted Excel host enforces, on reading and keeping sheets: a very hidden sheet cannot be
// deleted, a range with more than 512 merged areas cannot hand them over, and no response may pass 5 MB.
import { describe, expect, it } from "vitest";
import { writeCatalogue } from "../../addin-excel/adapter/catalogue-sheet.js";
import { keptFlagsOfActiveSheet } from "../../addin-excel/adapter/flag-actions.js";
import { readActiveSheet } from "../../addin-excel/adapter/read-sheet.js";
import { readForCheck } from "../../addin-excel/adapter/sheet-actions.js";
import { checkGrid } from "../../core/check.js";
import type { Grid, MergeRange } from "../../core/grid.js";
import { catalogueFromJson, type Catalogue } from "../../core/nomenclature/index.js";
import { encodeStore, type KeptSheetFlags } from "../../core/plan/flag-store-format.js";
import { generateEvaluasi } from "../support/generate-renja.js";
import { FakeExcel } from "./support/fake-excel-host.js";
import { fakeRun } from "./support/fake-run.js";
import { mockExcel } from "./support/mock-excel.js";

const CAPS = { noteMode: "note" as const, merges: true };
const sheetsOf = (excel: FakeExcel) => excel.state.sheets.map((s) => `${s.name}:${s.visibility}`);

function catalogue(version: string): Catalogue {
  const parsed = catalogueFromJson(JSON.stringify({ version, entries: [{ code: "1.06.04", level: 3, name: "Program Rehabilitasi Sosial" }, { code: "1.06.04.2.01.0001", level: 5, name: "Nama Resmi Uji Coba" }] }));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.catalogue;
}

describe("the workbook's catalogue sheet (very hidden)", () => {
  it("is replaced by a second catalogue and removed for the built-in one, though very hidden sheets cannot be deleted", async () => {
    const excel = new FakeExcel([{ name: "Tabel 1", rows: [["Kode", "Uraian"]] }]);
    const run = fakeRun(excel);
    await run((ctx) => writeCatalogue(ctx, catalogue("Lampiran A")));
    expect(sheetsOf(excel)).toEqual(["Tabel 1:Visible", "_renja_nomenclature:VeryHidden"]);
    await run((ctx) => writeCatalogue(ctx, catalogue("Lampiran B")));
    expect(sheetsOf(excel)).toEqual(["Tabel 1:Visible", "_renja_nomenclature:VeryHidden"]);
    const { catalogue: kept } = await run((ctx) => readForCheck(ctx, CAPS));
    expect(kept?.ok && kept.catalogue.version).toBe("Lampiran B");
    await run((ctx) => writeCatalogue(ctx, null));
    expect(sheetsOf(excel)).toEqual(["Tabel 1:Visible"]);
  });
});

describe("a table converted from PDF: a merged cell on every row", () => {
  /** ~5,000 rows with the evaluasi header's merges and, on every data row, the predikat cell merged with the empty cell right of it. */
  function pdfLikeGrid(): Grid & { merges: MergeRange[] } {
    const t = generateEvaluasi(4500);
    const header: MergeRange[] = [
      [1, 3, 4],
      [1, 5, 12],
      [1, 13, 14],
      [1, 15, 16],
      [2, 5, 6],
      [2, 7, 8],
      [2, 9, 10],
      [2, 11, 12],
    ].map(([top, left, right]) => ({ top: top as number, left: left as number, bottom: top as number, right: right as number }));
    const rowMerges = t.rows.flatMap((_, r) => (r >= 5 ? [{ top: r, left: 17, bottom: r, right: 18 }] : []));
    return { name: "Tabel PDF", rows: t.rows, merges: [...header, ...rowMerges] };
  }

  it("reads every merge in ranges of at most 512 merged areas, and checks as the same grid read from a file", async () => {
    const grid = pdfLikeGrid();
    expect(grid.rows.length).toBeGreaterThanOrEqual(5000);
    const excel = new FakeExcel([{ name: "Tabel PDF", rows: grid.rows.map((r) => r.map((v) => v ?? null)), merges: grid.merges }]);
    const { read, syncs } = await fakeRun(excel)((ctx) => readForCheck(ctx, CAPS));
    expect(read.grid.merges?.length).toBe(grid.merges.length);
    expect(checkGrid(read.grid).report).toEqual(checkGrid(grid).report);
    expect(checkGrid(read.grid).report.family).toBe("evaluasi");
    // One refused try in all: the blocks after the first ask for their merges in small ranges straight away.
    expect(excel.state.syncs.length).toBe(syncs + 1);
    console.log(`5,000 rows with a merge on each: ${excel.state.syncs.length} syncs (${read.blocks} blocks)`);
  });

  it("leaves merges out (the core guesses them) when even one row holds more than 512, and still reads the sheet", async () => {
    const rows = [Array.from({ length: 1300 }, (_, c) => `h${c}`), Array.from({ length: 1300 }, (_, c) => c)];
    const merges = Array.from({ length: 600 }, (_, i) => ({ top: 1, left: 2 * i, bottom: 1, right: 2 * i + 1 }));
    const excel = new FakeExcel([{ name: "Lebar", rows, merges }]);
    const read = await fakeRun(excel)((ctx) => readActiveSheet(ctx, { merges: true }));
    expect(read.grid.rows).toEqual(rows);
    expect(read.grid.merges).toBeUndefined();
    expect(read.mergesLeftOut).toBe(true);
  });

  it("office-addin-mock refuses the same range too, and the read still completes", async () => {
    const grid = pdfLikeGrid();
    const excel = mockExcel(grid);
    const { read } = await excel.run((ctx) => readForCheck(ctx, CAPS));
    expect(read.grid.merges?.length).toBe(grid.merges.length);
  });
});

describe("a flag record past 5 MB in `_renja_flags`", () => {
  /** 5,000 flagged cells whose notes run to about 1,000 characters: over 5 MB of JSON lines. */
  function bigRecord(sheetId: string): KeptSheetFlags {
    const text = (r: number) => `Pemeriksa Renja\n• total-mismatch: baris ${r + 1} tidak sama dengan jumlah rinciannya. ${"Periksa kembali pagu indikatif dan realisasi. ".repeat(20)}`;
    const rows = Array.from({ length: 5000 }, (_, i) => i + 5);
    return {
      sheetId,
      sheet: "Rencana",
      mode: "note",
      column: null,
      at: "2026-01-05T08:00:00.000Z",
      fills: rows.map((row) => ({ row, col: 4, fill: "#FFC7CE", font: "#9C0006", previousFill: null, previousFont: null })),
      notes: rows.map((row) => ({ row, col: 4, note: text(row), previous: null })),
    };
  }

  it("is read in parts, no response over 5 MB, with the check and with Hapus tanda's first read", async () => {
    const t = generateEvaluasi(200);
    const excel = new FakeExcel([{ name: "Rencana", rows: t.rows.map((r) => r.map((v) => v ?? null)) }]);
    const sheetId = excel.state.sheets[0]?.id ?? "";
    const cells = encodeStore([bigRecord(sheetId)]);
    const store = excel.addSheet({ name: "_renja_flags", rows: cells.map((r) => [...r]), numberFormats: cells.map(() => ["@"]) });
    store.visibility = "VeryHidden";
    expect(JSON.stringify(cells).length).toBeGreaterThan(5 * 1024 * 1024);
    const run = fakeRun(excel);
    const { kept } = await run((ctx) => readForCheck(ctx, CAPS));
    expect(kept?.fills).toHaveLength(5000);
    expect(kept?.notes).toHaveLength(5000);
    const flags = await run((ctx) => keptFlagsOfActiveSheet(ctx));
    expect(flags.kept?.notes).toHaveLength(5000);
    expect(flags.store.rows).toBe(5001);
    const refused = excel.state.syncs.filter((s) => s.responseBytes > 5 * 1024 * 1024 || s.requestBytes > 5 * 1024 * 1024);
    expect(refused).toEqual([]);
    console.log(`a ${(JSON.stringify(cells).length / 1e6).toFixed(1)} MB record: ${excel.state.syncs.length} syncs for a check and a read, largest response ${Math.max(...excel.state.syncs.map((s) => s.responseBytes))} B`);
  });
});
