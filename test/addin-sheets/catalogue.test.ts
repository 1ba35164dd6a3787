// A nomenclature catalogue loaded from the sidebar is kept in the spreadsheet (hidden `_renja_nomenclature`) and
// used by every check after it; a file that is not a catalogue is refused; removing it brings the built-in back.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readGrids } from "../../cli/read-file.js";
import { checkGrid } from "../../core/check.js";
import type { SheetReport } from "../../core/check.js";
import { builtinCatalogue, builtinEntryCount, builtinSource, CATALOGUE_SHEET, catalogueSheetCells, nomenclatureRules, type Catalogue } from "../../core/nomenclature/index.js";
import type { CatalogueStatus } from "../../addin-sheets/shared/api.js";
import { buildSheets, FakeSpreadsheet, loadBundle, ROOT } from "./fake-apps-script.js";

beforeAll(() => buildSheets());

/** A catalogue that names Kutai Kartanegara's 1.06.04.2.01.01 otherwise than the sheet and the built-in one do. */
const CUSTOM: Catalogue = {
  version: "Lampiran uji",
  entries: [
    { code: "1.06.04", level: 3, name: "Program Rehabilitasi Sosial" },
    { code: "1.06.04.2.01.0001", level: 5, name: "Nama Resmi Uji Coba" },
  ],
};

describe("the spreadsheet's own nomenclature catalogue", () => {
  it("is kept hidden in the spreadsheet, used by the next check, and removed again", async () => {
    const [grid] = await readGrids(join(ROOT, "test/fixtures/xlsx/kukar-evaluasi-1.xlsx"));
    if (!grid) throw new Error("no grid");
    const ss = new FakeSpreadsheet();
    ss.addSheet("Tabel 1", grid);
    const { call } = loadBundle(ss);
    expect(call<CatalogueStatus>("catalogueStatus")).toMatchObject({ source: "builtin", entries: builtinEntryCount() });

    const loaded = call<CatalogueStatus>("loadCatalogue", JSON.stringify(CUSTOM));
    expect(loaded).toEqual({ source: "document", version: "Lampiran uji", entries: 2 });
    expect(ss.sheet(CATALOGUE_SHEET).isSheetHidden()).toBe(true);
    expect(ss.getActiveSheet()?.getName()).toBe("Tabel 1");

    const from = ss.log.length;
    const report = call<SheetReport>("checkSheet");
    const batch = ss.log.slice(from).filter((c) => c.kind === "batch").map((c) => `${c.sheet === CATALOGUE_SHEET ? "catalogue" : "sheet"}.${c.method}`);
    // The catalogue just written is in the document cache: no read of its sheet.
    expect(batch).toEqual(["sheet.getValues", "sheet.getNumberFormats", "sheet.getMergedRanges", "sheet.getFormulas"]);
    ss.cache.clear();
    const cold = ss.log.length;
    expect(call<SheetReport>("checkSheet")).toEqual(report);
    expect(ss.log.slice(cold).filter((c) => c.kind === "batch" && c.sheet === CATALOGUE_SHEET).map((c) => c.method)).toEqual(["getValues"]);
    const expected = JSON.parse(JSON.stringify(checkGrid(grid, { lang: "id" }, nomenclatureRules(CUSTOM)).report)) as SheetReport;
    expect(report).toEqual(expected);
    expect(report.issues.filter((i) => i.rule === "nomenclature-name-mismatch").map((i) => i.expected)).toContain("Nama Resmi Uji Coba");

    // A second load replaces the first; removing goes back to the built-in catalogue.
    expect(call<CatalogueStatus>("loadCatalogue", JSON.stringify(builtinCatalogue())).entries).toBe(builtinCatalogue().entries.length);
    expect(call<CatalogueStatus>("removeCatalogue")).toMatchObject({ source: "builtin" });
    expect(ss.getSheetByName(CATALOGUE_SHEET)).toBeNull();
    expect(call("checkSheet")).toEqual(JSON.parse(JSON.stringify(checkGrid(grid, { lang: "id" }, nomenclatureRules(builtinSource())).report)));
  });

  it("refuses a file that is not a catalogue, in the user's language, and writes nothing", () => {
    const ss = new FakeSpreadsheet();
    ss.addSheet("Tabel 1", { name: "Tabel 1", rows: [["x"]] });
    const { call } = loadBundle(ss);
    expect(() => call("loadCatalogue", "{ bukan json")).toThrow(/bukan katalog nomenklatur \(not JSON/);
    call("saveSettings", { lang: "en" });
    expect(() => call("loadCatalogue", '{"version":"v","entries":[{"code":"1.06.04"}]}')).toThrow(/not a nomenclature catalogue \(not a catalogue: entries\.0/);
    expect(ss.getSheetByName(CATALOGUE_SHEET)).toBeNull();
  });

  it("keeps JSON pieces that start with ', -, + or = as text (setValues reads text as typed)", () => {
    // Names of 30,000 quote, minus, plus and equals signs: each 30,000-character piece of the JSON starts with one.
    const marks = ["'", "-", "+", "="];
    const tricky: Catalogue = { version: "Lampiran uji", entries: [...CUSTOM.entries, ...marks.map((m, i) => ({ code: `1.06.04.2.01.010${i}`, level: 5 as const, name: `Uji ${m.repeat(30_000)}` }))] };
    const cells = catalogueSheetCells(tricky);
    expect(cells.slice(1).map((r) => String(r[0])[0])).toEqual(["{", ...marks]);
    const ss = new FakeSpreadsheet();
    ss.addSheet("Tabel 1", { name: "Tabel 1", rows: [["x"]] });
    const { call } = loadBundle(ss);
    call("loadCatalogue", JSON.stringify(tricky));
    const kept = ss.sheet(CATALOGUE_SHEET);
    expect(cells.map((_, r) => kept.peek(r, 0).formula)).toEqual(cells.map(() => null));
    expect(cells.map((_, r) => kept.peek(r, 0).value)).toEqual(cells.map((row) => row[0]));
    // Read back from the sheet (the cache lost its copy): every name as it was loaded.
    ss.cache.clear();
    expect(call<CatalogueStatus>("catalogueStatus")).toEqual({ source: "document", version: "Lampiran uji", entries: tricky.entries.length });
  });

  it("says when the kept catalogue was damaged, and checks with the built-in one meanwhile", () => {
    const ss = new FakeSpreadsheet();
    ss.addSheet("Tabel 1", { name: "Tabel 1", rows: [["x"]] });
    const { call } = loadBundle(ss);
    call("loadCatalogue", JSON.stringify(CUSTOM));
    ss.sheet(CATALOGUE_SHEET).cell(1, 0).value = "diubah";
    // The cache holds a copy for up to six hours; once it is gone the edited sheet is what counts.
    ss.cache.clear();
    expect(call<CatalogueStatus>("catalogueStatus")).toMatchObject({ source: "builtin", problem: expect.stringContaining("damaged") });
  });
});
