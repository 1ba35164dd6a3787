// Office.js limits the scripted Excel host enforces, on reading and keeping sheets: a very hidden sheet cannot be
// deleted, a range with more than 512 merged areas cannot hand them over, and no response may pass 5 MB.
import { describe, expect, it } from "vitest";
import { writeCatalogue } from "../../addin-excel/adapter/catalogue-sheet.js";
import { readForCheck } from "../../addin-excel/adapter/sheet-actions.js";
import { catalogueFromJson, type Catalogue } from "../../core/nomenclature/index.js";
import { FakeExcel } from "./support/fake-excel-host.js";
import { fakeRun } from "./support/fake-run.js";

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
