// What one check or one action costs on a 20,000-row sheet: a handful of batch calls on whole rectangles,
// whatever the size, and no per-cell call (Apps Script stops an execution after 6 minutes).
import { beforeAll, describe, expect, it } from "vitest";
import type { ClearResult, FlagResult, TotalsResult } from "../../addin-sheets/shared/api.js";
import type { SheetReport } from "../../core/check.js";
import { builtinCatalogue } from "../../core/nomenclature/index.js";
import { brokenEvaluasi } from "../support/broken-evaluasi.js";
import { buildSheets, FakeSpreadsheet, loadBundle } from "./fake-apps-script.js";

beforeAll(() => buildSheets());

const { grid, gen } = brokenEvaluasi(20_000);

describe("a 20,000-row sheet", () => {
  const ss = new FakeSpreadsheet();
  const sheet = ss.addSheet("Evaluasi", grid);
  // One sub kegiatan's IFERROR hides a deleted cell (#REF!) in a column right of the table: formula-broken.
  const refRow = (gen.leaves[5] as { row: number }).row;
  const refCol = Math.max(...grid.rows.map((r) => r.length));
  sheet.cell(refRow, refCol).formula = `=IFERROR(F${refRow + 1}/#REF!,"")`;
  const brokenAt = (report: SheetReport) => report.issues.filter((i) => i.rule === "formula-broken").map((i) => `${i.column}${i.row}`);
  const refCell = `${String.fromCharCode(65 + refCol)}${refRow + 1}`;
  const { call } = loadBundle(ss);

  /** Runs a global function and returns its result with the calls it made. */
  const measure = <T>(name: string, ...args: unknown[]) => {
    const from = ss.log.length;
    const result = call<T>(name, ...args);
    const log = ss.log.slice(from);
    return {
      result,
      batch: log.filter((c) => c.kind === "batch").map((c) => `${c.sheet === "_renja_flags" ? "store" : c.sheet === "_renja_nomenclature" ? "catalogue" : "sheet"}.${c.method}`),
      cell: log.filter((c) => c.kind === "cell").length,
      getRange: log.filter((c) => c.method === "getRange").length,
    };
  };

  /** Runs an action as the sidebar does: when the first call only checked, the call that goes on. */
  const staged = <T extends { stage: string }>(name: string, ...args: unknown[]) => {
    const first = measure<T>(name, ...args);
    const calls = first.result.stage === "checked" ? [first, measure<T>(name, ...args, true)] : [first];
    return { calls, done: calls[calls.length - 1] as typeof first };
  };

  it("has 20,000 data rows", () => {
    expect(grid.rows.length).toBeGreaterThan(22_000);
  });

  it("check: 4 batch calls (values, number formats, merges, formulas)", () => {
    const m = measure<SheetReport>("checkSheet");
    expect(m.result.dataRows).toBeGreaterThan(22_000);
    expect(m.result.issues.filter((i) => i.rule === "total-mismatch").length).toBeGreaterThan(0);
    expect(brokenAt(m.result)).toEqual([refCell]);
    expect(m.batch).toEqual(["sheet.getValues", "sheet.getNumberFormats", "sheet.getMergedRanges", "sheet.getFormulas"]);
    expect(m.cell).toBe(0);
  });

  it("flag right after the check: 6 (the values, fills and notes read, both written, the record written)", () => {
    const first = measure<FlagResult>("applyFlags");
    expect(first.result.filled).toBeGreaterThan(0);
    // The check just before read these very values: its number formats, merges and broken formulas are taken from the cache.
    expect(first.batch).toEqual(["sheet.getValues", "sheet.getBackgrounds", "sheet.getNotes", "sheet.setBackgrounds", "sheet.setNotes", "store.setValues"]);
    expect(first.result.calls).toEqual({ sheet: 5, store: 1 });
    expect(brokenAt(first.result.report)).toEqual([refCell]);
    expect(sheet.peek(refRow, refCol).background).toBe("#FFC7CE");
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

  it("with nothing left in the cache: the first call only checks (5), the call that goes on flags (6), to the same effect", () => {
    ss.cache.clear();
    const checked = measure<FlagResult>("applyFlags");
    expect(checked.result.stage).toBe("checked");
    expect(checked.result.filled).toBe(0);
    expect(checked.result.report.issues.filter((i) => i.rule === "total-mismatch").length).toBeGreaterThan(0);
    expect(checked.batch).toEqual(["sheet.getValues", "sheet.getNumberFormats", "sheet.getMergedRanges", "sheet.getFormulas", "store.getValues"]);
    const flagged = measure<FlagResult>("applyFlags", true);
    expect(flagged.result.stage).toBe("done");
    expect(flagged.result.filled).toBeGreaterThan(0);
    expect(brokenAt(flagged.result.report)).toEqual([refCell]);
    expect(flagged.batch).toEqual(["sheet.getValues", "sheet.getBackgrounds", "sheet.getNotes", "sheet.setBackgrounds", "sheet.setNotes", "store.setValues"]);
    expect(flagged.result.report).toEqual(checked.result.report);
    ss.cache.clear();
    const cleared = measure<ClearResult>("clearFlags");
    expect(cleared.result.restored).toBeGreaterThan(0);
    expect(cleared.batch).toEqual(["store.getValues", "sheet.getBackgrounds", "sheet.getNotes", "sheet.setBackgrounds", "sheet.setNotes", "store.setValues"]);
  });

  it("a value typed since the check: Tandai checks again (4) and goes on (at most 6); the check warms the record (5)", () => {
    ss.cache.clear();
    const check = measure<SheetReport>("checkSheet");
    expect(check.batch).toEqual(["sheet.getValues", "sheet.getNumberFormats", "sheet.getMergedRanges", "sheet.getFormulas", "store.getValues"]);
    const leaf = gen.leaves[11] as { row: number };
    sheet.cell(leaf.row, gen.paguColumn).value = 7;
    const checked = measure<FlagResult>("applyFlags");
    expect(checked.result.stage).toBe("checked");
    // Reading the formulas again is counted: 4 + 5 more would be over 6, so it stops here.
    expect(checked.batch).toEqual(["sheet.getValues", "sheet.getNumberFormats", "sheet.getMergedRanges", "sheet.getFormulas"]);
    expect(checked.result.report.issues.some((i) => i.rule === "total-mismatch" && i.row === leaf.row + 1)).toBe(false);
    const flagged = measure<FlagResult>("applyFlags", true);
    expect(flagged.result.stage).toBe("done");
    expect(flagged.batch.length).toBeLessThanOrEqual(6);
    expect(flagged.batch).not.toContain("sheet.getFormulas");
    expect(brokenAt(flagged.result.report)).toEqual([refCell]);
    expect([check.cell, checked.cell, flagged.cell]).toEqual([0, 0, 0]);
  });

  it("from the menu: on a changed sheet the first Tandai checks and says to choose it again, the second flags", () => {
    const leaf = gen.leaves[13] as { row: number };
    sheet.cell(leaf.row, gen.paguColumn).value = 9;
    const first = measure("menuFlags");
    expect(ss.toasts.at(-1)).toMatch(/sudah diperiksa ulang \(\d+ kesalahan\)\. .*pilih "Tandai" sekali lagi/);
    const second = measure("menuFlags");
    expect(ss.toasts.at(-1)).toMatch(/^\d+ sel ditandai, \d+ catatan ditambahkan\.$/);
    expect([first.batch.length, second.batch.length]).toEqual([4, 6]);
    expect([first.cell, second.cell]).toEqual([0, 0]);
  });

  it("when the cache cannot keep anything, stopping gains nothing: one call does it all", () => {
    const set = ss.cache.set.bind(ss.cache);
    ss.cache.clear();
    ss.cache.set = () => ss.cache;
    try {
      const m = measure<FlagResult>("applyFlags");
      expect(m.result.stage).toBe("done");
      // The flags are on already: nothing to write but the record.
      expect(m.batch).toEqual(["sheet.getValues", "sheet.getNumberFormats", "sheet.getMergedRanges", "sheet.getFormulas", "store.getValues", "sheet.getBackgrounds", "sheet.getNotes", "store.setValues"]);
    } finally {
      ss.cache.set = set;
    }
  });

  it("auto-total: a call that only checks, if any, then at most 6 (values, formats, formulas; one setValues, one setNumberFormats)", () => {
    const safe = staged<TotalsResult>("applyTotals", false);
    expect(safe.done.result.written).toBeGreaterThan(0);
    expect(safe.done.result.held).toBeGreaterThan(1_000);
    const forced = staged<TotalsResult>("applyTotals", true);
    // The safe writes are formulas now and are not written again: the forced run writes what was held.
    expect(forced.done.result.written).toBe(safe.done.result.held);
    expect(forced.done.batch.filter((b) => b === "sheet.setValues")).toHaveLength(1);
    for (const m of [safe, forced].flatMap((x) => x.calls)) {
      expect(m.batch.length).toBeLessThanOrEqual(6);
      expect(m.cell).toBe(0);
    }
  });

  it("auto-total with nothing in the cache: 6 in one call (values, formats, merges, formulas, two writes)", () => {
    ss.cache.clear();
    const run = staged<TotalsResult>("applyTotals", false);
    expect(run.calls.map((m) => m.result.stage)).toEqual(["done"]);
    expect(run.done.batch.slice(0, 4)).toEqual(["sheet.getValues", "sheet.getNumberFormats", "sheet.getMergedRanges", "sheet.getFormulas"]);
    expect(run.done.batch.length).toBeLessThanOrEqual(6);
  });

  it("auto-total with a kept catalogue and nothing in the cache: checks (5), then writes (at most 5)", () => {
    call("loadCatalogue", JSON.stringify(builtinCatalogue()));
    ss.cache.clear();
    const run = staged<TotalsResult>("applyTotals", true);
    expect(run.calls.map((m) => m.result.stage)).toEqual(["checked", "done"]);
    expect(run.calls[0]?.batch).toEqual(["sheet.getValues", "sheet.getNumberFormats", "sheet.getMergedRanges", "sheet.getFormulas", "catalogue.getValues"]);
    expect(run.done.batch.slice(0, 3)).toEqual(["sheet.getValues", "sheet.getNumberFormats", "sheet.getFormulas"]);
    expect(run.done.batch.length).toBeLessThanOrEqual(5);
    call("removeCatalogue");
  });

  it("template: at most 6, and the menu check: 4, and 1 for the record the cache lost", () => {
    const t = measure("insertTemplate", "evaluasi");
    expect(t.batch.length).toBeLessThanOrEqual(6);
    expect(t.cell).toBe(0);
    ss.activate(ss.sheet("Evaluasi"));
    const menu = measure("menuCheck");
    // The record is read too when the cache lost it (it did, above), so that Tandai after the check stays within 6.
    expect(menu.batch).toEqual(["sheet.getValues", "sheet.getNumberFormats", "sheet.getMergedRanges", "sheet.getFormulas", "store.getValues"]);
    expect(ss.toasts.at(-1)).toMatch(/kesalahan/);
  });
});
