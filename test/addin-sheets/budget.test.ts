// What one check or one action costs on a 20,000-row sheet: a handful of batch calls on whole rectangles,
// whatever the size, and no per-cell call (Apps Script stops an execution after 6 minutes).
import { beforeAll, describe, expect, it } from "vitest";
import type { CellValue, Grid } from "../../core/grid.js";
import type { ClearResult, FlagResult, TotalsResult } from "../../addin-sheets/shared/api.js";
import type { SheetReport } from "../../core/check.js";
import { generateEvaluasi } from "../support/generate-renja.js";
import { buildSheets, FakeSpreadsheet, loadBundle } from "./fake-apps-script.js";

beforeAll(() => buildSheets());

/** A 20,000-sub-kegiatan evaluasi sheet with a few broken leaves (findings to flag) and a few empty parents (totals to write). */
function bigSheet(): Grid {
  const gen = generateEvaluasi(20_000);
  const rows = gen.rows.map((r) => [...r]);
  for (const leaf of gen.leaves.filter((_, i) => i % 2_000 === 7)) (rows[leaf.row] as CellValue[])[gen.paguColumn] = 1;
  for (const leaf of gen.leaves.filter((_, i) => i % 5_000 === 3)) for (const c of [4, 6, 8, 10, 12, 14]) (rows[leaf.parent] as CellValue[])[c] = null;
  return { name: "Evaluasi", rows };
}

describe("a 20,000-row sheet", () => {
  const ss = new FakeSpreadsheet();
  const grid = bigSheet();
  ss.addSheet("Evaluasi", grid);
  const { call } = loadBundle(ss);

  /** Runs a global function and returns its result with the calls it made. */
  const measure = <T>(name: string, ...args: unknown[]) => {
    const from = ss.log.length;
    const result = call<T>(name, ...args);
    const log = ss.log.slice(from);
    return {
      result,
      batch: log.filter((c) => c.kind === "batch").map((c) => `${c.sheet === "_renja_flags" ? "store" : "sheet"}.${c.method}`),
      cell: log.filter((c) => c.kind === "cell").length,
      getRange: log.filter((c) => c.method === "getRange").length,
    };
  };

  it("has 20,000 data rows", () => {
    expect(grid.rows.length).toBeGreaterThan(22_000);
  });

  it("check: 3 batch calls (values, number formats, merges)", () => {
    const m = measure<SheetReport>("checkSheet");
    expect(m.result.dataRows).toBeGreaterThan(22_000);
    expect(m.result.issues.filter((i) => i.rule === "total-mismatch").length).toBeGreaterThan(0);
    expect(m.batch).toEqual(["sheet.getValues", "sheet.getNumberFormats", "sheet.getMergedRanges"]);
    expect(m.cell).toBe(0);
  });

  it("flag right after the check: 6 (the values, fills and notes read, both written, the record written)", () => {
    const first = measure<FlagResult>("applyFlags");
    expect(first.result.filled).toBeGreaterThan(0);
    // The check just before read these very values: its number formats and merges are taken from the cache.
    expect(first.batch).toEqual(["sheet.getValues", "sheet.getBackgrounds", "sheet.getNotes", "sheet.setBackgrounds", "sheet.setNotes", "store.setValues"]);
    expect(first.result.calls).toEqual({ sheet: 5, store: 1 });
    // Flagging again keeps the fills from before the first flagging: the record comes from the cache too.
    const again = measure<FlagResult>("applyFlags");
    expect(again.batch.length).toBeLessThanOrEqual(6);
    expect(again.batch).not.toContain("store.getValues");
    expect([first.cell, again.cell]).toEqual([0, 0]);
    expect(again.getRange).toBeLessThanOrEqual(3);
  });

  it("clear: 5 (fills and notes read and written, the record written; the record read from the cache)", () => {
    const m = measure<ClearResult>("clearFlags");
    expect(m.result.restored).toBeGreaterThan(0);
    expect(m.batch).toEqual(["sheet.getBackgrounds", "sheet.getNotes", "sheet.setBackgrounds", "sheet.setNotes", "store.setValues"]);
    expect(m.cell).toBe(0);
  });

  it("with nothing left in the cache, flag and clear read everything again (9 and 6), to the same effect", () => {
    ss.cache.clear();
    const flagged = measure<FlagResult>("applyFlags");
    expect(flagged.result.filled).toBeGreaterThan(0);
    expect(flagged.batch).toEqual(["sheet.getValues", "sheet.getNumberFormats", "sheet.getMergedRanges", "store.getValues", "sheet.getBackgrounds", "sheet.getNotes", "sheet.setBackgrounds", "sheet.setNotes", "store.setValues"]);
    ss.cache.clear();
    const cleared = measure<ClearResult>("clearFlags");
    expect(cleared.result.restored).toBeGreaterThan(0);
    expect(cleared.batch).toEqual(["store.getValues", "sheet.getBackgrounds", "sheet.getNotes", "sheet.setBackgrounds", "sheet.setNotes", "store.setValues"]);
  });

  it("auto-total: at most 6 (values, formats, merges, formulas; one setValues, one setNumberFormats)", () => {
    const safe = measure<TotalsResult>("applyTotals", false);
    expect(safe.result.written).toBeGreaterThan(0);
    expect(safe.result.held).toBeGreaterThan(1_000);
    expect(safe.batch.length).toBeLessThanOrEqual(6);
    const forced = measure<TotalsResult>("applyTotals", true);
    // The safe writes are formulas now and are not written again: the forced run writes what was held.
    expect(forced.result.written).toBe(safe.result.held);
    expect(forced.batch.length).toBeLessThanOrEqual(6);
    expect(forced.batch.filter((b) => b === "sheet.setValues")).toHaveLength(1);
    expect([safe.cell, forced.cell]).toEqual([0, 0]);
  });

  it("template: at most 6, and the menu check: 3", () => {
    const t = measure("insertTemplate", "evaluasi");
    expect(t.batch.length).toBeLessThanOrEqual(6);
    expect(t.cell).toBe(0);
    ss.activate(ss.sheet("Evaluasi"));
    const menu = measure("menuCheck");
    expect(menu.batch.length).toBe(3);
    expect(ss.toasts.at(-1)).toMatch(/kesalahan/);
  });
});
