// A catalogue kept in a document: JSON text in, hidden-sheet cells out and back, damage said as a sentence.
import { describe, expect, it } from "vitest";
import { builtinCatalogue, catalogueFromJson, catalogueFromSheetCells, catalogueSheetCells, type Catalogue } from "../../../core/nomenclature/index.js";

describe("stored catalogue", () => {
  it("reads the JSON `renja nomenclature import` writes, and says what is wrong with other text", () => {
    const c = builtinCatalogue();
    const back = catalogueFromJson(`\uFEFF${JSON.stringify(c)}`);
    expect(back.ok && back.catalogue.entries.length).toBe(c.entries.length);
    expect(catalogueFromJson("{ not json")).toMatchObject({ ok: false, message: expect.stringMatching(/^not JSON .*renja nomenclature import/) });
    expect(catalogueFromJson('{"version":"v","entries":[{"code":"1.06.04"}]}')).toMatchObject({ ok: false, message: expect.stringMatching(/^not a catalogue: entries\.0/) });
  });

  it("lays a large catalogue out in cell-sized pieces and reads it back whole", () => {
    const big: Catalogue = { version: "Kepmendagri 050-5889/2021", entries: [] };
    for (let i = 1; i <= 4000; i++) big.entries.push({ code: `1.06.04.2.01.${String(i).padStart(4, "0")}`, level: 5, name: `Penyediaan Layanan Nomor ${i} bagi Penyandang Disabilitas Terlantar`, unit: "Orang" });
    const cells = catalogueSheetCells(big);
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.slice(1).every((r) => String(r[0]).length <= 30_000)).toBe(true);
    const back = catalogueFromSheetCells(cells);
    expect(back.ok && back.catalogue).toEqual(big);
  });

  it("refuses a sheet that is not ours or was edited", () => {
    expect(catalogueFromSheetCells([["something else"]])).toMatchObject({ ok: false, message: expect.stringContaining("_renja_nomenclature") });
    const cells = catalogueSheetCells(builtinCatalogue());
    (cells[1] as (string | number)[])[0] = "edited";
    expect(catalogueFromSheetCells(cells)).toMatchObject({ ok: false, message: expect.stringMatching(/damaged: not JSON/) });
    expect(catalogueFromSheetCells([])).toMatchObject({ ok: false });
  });
});
