// Tandai right after Periksa reuses the check's number formats and merges (and the flag record) from the
// document cache: the flags are exactly those of a run that reads everything, and any changed value, or an
// emptied cache, makes it read everything again.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readGrids } from "../../cli/read-file.js";
import type { Grid } from "../../core/grid.js";
import type { FlagResult } from "../../addin-sheets/shared/api.js";
import { buildSheets, FakeSpreadsheet, loadBundle, ROOT } from "./fake-apps-script.js";
import type { FakeSheet } from "./fake-sheet.js";

beforeAll(() => buildSheets());

/** Dumai's Tabel 3.1: merged headers and 236 percent-formatted cells, so both layers matter to the check. */
let grid: Grid;
beforeAll(async () => {
  [grid] = (await readGrids(join(ROOT, "test/fixtures/xlsx/dumai-perubahan-3-1.xlsx"))) as [Grid];
});

function marks(sheet: FakeSheet): string[] {
  const out: string[] = [];
  sheet.cells.forEach((row, r) => row?.forEach((c, col) => c && (c.background !== null || c.note !== null) && out.push(`${r}:${col} ${c.background ?? "-"} ${JSON.stringify(c.note)}`)));
  return out;
}

/** A fresh spreadsheet with the table, checked once (as the sidebar does when it opens). */
function opened(): { ss: FakeSpreadsheet; sheet: FakeSheet; call: ReturnType<typeof loadBundle>["call"]; batch: (from: number) => string[] } {
  const ss = new FakeSpreadsheet();
  const sheet = ss.addSheet("Tabel 3.1", grid);
  const { call } = loadBundle(ss);
  call("checkSheet");
  const batch = (from: number) => ss.log.slice(from).filter((c) => c.kind === "batch").map((c) => `${c.sheet === "_renja_flags" ? "store" : "sheet"}.${c.method}`);
  return { ss, sheet, call, batch };
}

describe("the layout cache", () => {
  it("flags exactly as a run that reads everything", () => {
    const warm = opened();
    const from = warm.ss.log.length;
    const w = warm.call<FlagResult>("applyFlags");
    expect(warm.batch(from)).not.toContain("sheet.getMergedRanges");
    const cold = opened();
    cold.ss.cache.clear();
    const c = cold.call<FlagResult>("applyFlags");
    expect(cold.batch(0)).toContain("sheet.getMergedRanges");
    expect(w.report).toEqual(c.report);
    expect(marks(warm.sheet)).toEqual(marks(cold.sheet));
    expect(marks(warm.sheet).length).toBeGreaterThan(5);
  });

  it("is not used once a value changed: the new value is checked with freshly read formats and merges", () => {
    const { ss, sheet, call, batch } = opened();
    // Program Rehabilitasi Sosial's "after" (R50) typed right: its total mismatch goes away.
    const before = call<FlagResult>("applyFlags").report.issues.filter((i) => i.rule === "total-mismatch").map((i) => `${i.column}${i.row}`);
    expect(before).toContain("R50");
    sheet.cell(49, 17).value = 1_100_000_000;
    const from = ss.log.length;
    const after = call<FlagResult>("applyFlags");
    expect(batch(from).slice(0, 3)).toEqual(["sheet.getValues", "sheet.getNumberFormats", "sheet.getMergedRanges"]);
    expect(after.report.issues.filter((i) => i.rule === "total-mismatch").map((i) => `${i.column}${i.row}`)).not.toContain("R50");
  });

  it("keeps the flag record in step with the hidden sheet: clear after flags from the cache restores every cell", () => {
    const { ss, sheet, call } = opened();
    const original = marks(sheet);
    call("applyFlags");
    call("applyFlags");
    call("clearFlags");
    expect(marks(sheet)).toEqual(original);
    // The cache is only a copy: with it gone, the hidden sheet still holds the (now empty) record.
    ss.cache.clear();
    expect(call<{ restored: number }>("clearFlags").restored).toBe(0);
  });
});
