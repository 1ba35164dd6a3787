// Two editors at once (issue 13, item 11): a check that refreshes the cached copy of `_renja_flags` or of the
// kept catalogue must not put back a copy older than what another editor wrote meanwhile. The other editor's
// call runs right after the check's read (the fake's afterCall); when the check holds the document lock, it
// waits, as LockService would make it, and runs after.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readGrids } from "../../cli/read-file.js";
import type { Grid } from "../../core/grid.js";
import { builtinCatalogue, CATALOGUE_SHEET } from "../../core/nomenclature/index.js";
import { decodeStore, STORE_SHEET } from "../../core/plan/flag-store-format.js";
import type { CatalogueStatus, ClearResult } from "../../addin-sheets/shared/api.js";
import { buildSheets, FakeSpreadsheet, loadBundle, ROOT } from "./fake-apps-script.js";
import { marks } from "./sheet-marks.js";

beforeAll(() => buildSheets());

let grid: Grid;
beforeAll(async () => {
  [grid] = (await readGrids(join(ROOT, "test/fixtures/xlsx/dumai-perubahan-3-1.xlsx"))) as [Grid];
});

/** The JSON the document cache keeps under `key` (joined from its pieces when large), or null. */
function cached(ss: FakeSpreadsheet, key: string): unknown {
  const head = ss.cache.get(key);
  if (head === undefined) return null;
  const text = head.startsWith("#") ? Array.from({ length: Number(head.slice(1)) }, (_, i) => ss.cache.get(`${key}#${i}`) ?? "").join("") : head;
  return JSON.parse(text) as unknown;
}

/**
 * Runs `first`, and `meanwhile` right after its read of `sheet`'s values: at once when it gets the document
 * lock, else after `first` (it waited for the lock). Returns whether it had to wait.
 */
function interleave(ss: FakeSpreadsheet, sheet: string, first: () => unknown, meanwhile: () => unknown): boolean {
  let ran = false;
  let waited = false;
  ss.afterCall = (c) => {
    if (ran || c.sheet !== sheet || c.method !== "getValues") return;
    ran = true;
    try {
      meanwhile();
    } catch (e) {
      if (!/Lock timeout/.test(String(e))) throw e;
      waited = true;
    }
  };
  try {
    first();
  } finally {
    ss.afterCall = undefined;
  }
  expect(ran).toBe(true);
  if (waited) meanwhile();
  return waited;
}

describe("a check while another editor writes", () => {
  it("keeps the newer `_renja_flags` copy: the other editor's Hapus tanda waits for the check's read", () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.addSheet("Tabel 3.1", grid);
    const original = marks(sheet);
    const a = loadBundle(ss);
    const b = loadBundle(ss);
    b.call("applyFlags");
    ss.cache.clear();
    const waited = interleave(ss, STORE_SHEET, () => a.call("checkSheet"), () => b.call<ClearResult>("clearFlags"));
    // The cached copy is what the sheet holds: the record without the cleared sheet's flags.
    const onSheet = ss.sheet(STORE_SHEET).getDataRange().getValues();
    expect(decodeStore(cached(ss, "renja.flags.cells") as unknown[][]).sheets).toEqual(decodeStore(onSheet).sheets);
    expect(decodeStore(onSheet).sheets).toEqual([]);
    expect(marks(sheet)).toBe(original);
    expect(waited).toBe(true);
  });

  it("keeps the newer catalogue copy: the other editor's load waits for the check's read", () => {
    const ss = new FakeSpreadsheet();
    ss.addSheet("Tabel 3.1", grid);
    const a = loadBundle(ss);
    const b = loadBundle(ss);
    b.call("loadCatalogue", JSON.stringify({ version: "Lampiran lama", entries: [{ code: "1.06.04", name: "Program Rehabilitasi Sosial" }] }));
    ss.cache.clear();
    interleave(ss, CATALOGUE_SHEET, () => a.call("checkSheet"), () => b.call("loadCatalogue", JSON.stringify(builtinCatalogue())));
    // The next check (its copy from the cache) uses the catalogue loaded last.
    expect(a.call<CatalogueStatus>("catalogueStatus")).toMatchObject({ source: "document", version: builtinCatalogue().version });
  });
});
