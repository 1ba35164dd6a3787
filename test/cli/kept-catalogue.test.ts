// `renja check` on a workbook in which an add-in kept a nomenclature catalogue (`_renja_nomenclature`): it checks
// with that catalogue and says so, unless the command names one; a damaged one is said on stderr.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCatalogue, CATALOGUE_SHEET, catalogueSheetCells, type Catalogue } from "../../core/nomenclature/index.js";
import { XLSX_FIXTURES, makeTempDir, removeTempDir, run } from "./cli-helpers.js";

const CUSTOM: Catalogue = {
  version: "Lampiran uji",
  entries: [
    { code: "1.06.04", level: 3, name: "Program Rehabilitasi Sosial" },
    { code: "1.06.04.2.01.0001", level: 5, name: "Nama Resmi Uji Coba" },
  ],
};

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await removeTempDir(dir);
});

/** Kutai Kartanegara's Tabel 1 with a catalogue kept as the add-ins keep it; `edit` damages it. */
async function withKeptCatalogue(name: string, edit?: (cells: (string | number)[][]) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(XLSX_FIXTURES, "kukar-evaluasi-1.xlsx"));
  const ws = wb.addWorksheet(CATALOGUE_SHEET, { state: "veryHidden" });
  const cells = catalogueSheetCells(CUSTOM);
  edit?.(cells);
  cells.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const mismatches = (json: { sheets: { issues: { rule: string; expected?: string }[] }[] }) =>
  json.sheets.flatMap((s) => s.issues).filter((i) => i.rule === "nomenclature-name-mismatch").map((i) => i.expected);

describe("renja check and a catalogue kept in the workbook", () => {
  it("checks with it, names it in the JSON and the text, and never lists its sheet", async () => {
    const path = await withKeptCatalogue("kept.xlsx");
    const r = await run("check", path, "--format", "json");
    const json = JSON.parse(r.out) as { nomenclature?: unknown; sheets: { name: string; issues: { rule: string; expected?: string }[] }[] };
    expect(json.nomenclature).toEqual({ source: "workbook", version: "Lampiran uji", entries: 2 });
    expect(mismatches(json)).toContain("Nama Resmi Uji Coba");
    expect(json.sheets.map((s) => s.name)).toEqual(["Tabel 1"]);
    const text = await run("check", path, "--lang", "en");
    expect(text.out).toContain("Nomenclature catalogue kept in this workbook: Lampiran uji (2 codes).");
    const html = await run("check", path, "--format", "html");
    expect(html.out).toContain('<p class="catalogue">Katalog nomenklatur dari buku kerja ini: Lampiran uji (2 kode).</p>');
  });

  it("renja fix flags with it too, and keeps it in the written workbook", async () => {
    const path = await withKeptCatalogue("kept-fix.xlsx");
    const out = join(dir, "kept-fix-out.xlsx");
    await run("fix", path, "-o", out, "--flags");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const notes: string[] = [];
    wb.getWorksheet("Tabel 1")?.eachRow((row) => row.eachCell((cell) => void (cell.note && notes.push(String(cell.note)))));
    expect(notes.some((n) => n.includes("Nama Resmi Uji Coba"))).toBe(true);
    expect(wb.getWorksheet(CATALOGUE_SHEET)?.state).toBe("veryHidden");
    const again = JSON.parse((await run("check", out, "--format", "json")).out) as { nomenclature?: unknown };
    expect(again.nomenclature).toEqual({ source: "workbook", version: "Lampiran uji", entries: 2 });
  });

  it("gives way to --nomenclature and --no-nomenclature", async () => {
    const path = await withKeptCatalogue("kept-off.xlsx");
    const off = JSON.parse((await run("check", path, "--format", "json", "--no-nomenclature")).out) as { nomenclature?: unknown; sheets: { issues: { rule: string }[] }[] };
    expect(off.nomenclature).toBeUndefined();
    expect(off.sheets.flatMap((s) => s.issues).some((i) => i.rule.startsWith("nomenclature-"))).toBe(false);
    const named = join(dir, "named.json");
    await writeFile(named, JSON.stringify(builtinCatalogue()));
    const given = JSON.parse((await run("check", path, "--format", "json", "--nomenclature", named)).out) as { nomenclature?: unknown; sheets: { issues: { rule: string; expected?: string }[] }[] };
    expect(given.nomenclature).toBeUndefined();
    expect(mismatches(given)).not.toContain("Nama Resmi Uji Coba");
  });

  it("says on stderr when the kept catalogue was damaged, and checks with the built-in one", async () => {
    const path = await withKeptCatalogue("kept-damaged.xlsx", (cells) => {
      (cells[1] as (string | number)[])[0] = "diubah";
    });
    const r = await run("check", path, "--format", "json");
    expect(r.err).toMatch(/kept-damaged\.xlsx: the catalogue in _renja_nomenclature is damaged: not JSON .*; checked with the built-in catalogue/);
    const json = JSON.parse(r.out) as { nomenclature?: unknown; sheets: { issues: { rule: string; expected?: string }[] }[] };
    expect(json.nomenclature).toBeUndefined();
    // The built-in lists: the 1317/2023 lampiran names X.XX.01.2.06.0005 'Barang Cetakan', Kutai Kartanegara 'Barang Cetak'.
    expect(mismatches(json)).toEqual(["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Penyediaan Barang Cetakan dan Penggandaan"]);
  });
});
