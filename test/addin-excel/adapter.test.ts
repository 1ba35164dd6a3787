// The Excel adapter over office-addin-mock: a seed fixture read through mocked ranges gives the CLI's report, and
// applying a patch writes exactly the cells the patch names.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cellContent } from "../../addin-excel/adapter/patch-ops.js";
import { flagActiveSheet } from "../../addin-excel/adapter/flag-actions.js";
import { readForCheck, writeCells } from "../../addin-excel/adapter/sheet-actions.js";
import { readGrids } from "../../cli/read-file.js";
import { checkGrid } from "../../core/check.js";
import { planAutoTotal } from "../../core/plan/auto-total.js";
import { planFlags } from "../../core/plan/flags.js";
import { FakeExcel, officeGlobals } from "./support/fake-excel-host.js";
import { mockExcel, type RecordedRange } from "./support/mock-excel.js";

const XLSX = join(import.meta.dirname, "../fixtures/xlsx");
const FIXTURES = readdirSync(XLSX).filter((f) => f.endsWith(".xlsx")).sort();
const CAPS = { noteMode: "note" as const, merges: true };

/** Every non-null cell written through `layer` of the recorded ranges, as `row:col` → content. */
function written(ranges: readonly RecordedRange[], layer: "formulas" | "values"): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const r of ranges) {
    const data = r.mock[layer];
    if (!Array.isArray(data) || r.mock.__read === true) continue;
    data.forEach((row: unknown[], i: number) =>
      row.forEach((v, j) => {
        if (v !== null) out.set(`${r.top + i}:${r.left + j}`, v);
      }),
    );
  }
  return out;
}

describe.each(FIXTURES)("reading %s through mocked Excel", (file) => {
  it("gives the same report as the CLI on the same grid", async () => {
    const grids = await readGrids(join(XLSX, file));
    for (const grid of grids) {
      const excel = mockExcel(grid);
      const { read, syncs } = await excel.run((ctx) => readForCheck(ctx, CAPS));
      const mine = checkGrid(read.grid).report;
      expect(mine).toEqual(checkGrid(grid).report);
      expect(mine.family).not.toBe("unknown");
      // One sync for the used range, one per block (a fixture is one block).
      expect(syncs).toBe(2);
      expect(excel.syncs()).toBe(2);
    }
  });
});

describe("applying a patch through mocked Excel", () => {
  it("auto-total writes only the cells the patch names, with null everywhere else", async () => {
    const [grid] = await readGrids(join(XLSX, "dumai-perubahan-3-1.xlsx"));
    if (!grid) throw new Error("no grid");
    const excel = mockExcel(grid);
    const { read } = await excel.run((ctx) => readForCheck(ctx, CAPS));
    const { table } = checkGrid(read.grid);
    if (!table) throw new Error("no table");
    const patch = planAutoTotal(table, { force: true });
    expect(patch.writes.length).toBeGreaterThan(0);
    const readRanges = excel.ranges.length;
    for (const r of excel.ranges) r.mock.__read = true;
    const out = await excel.run((ctx) => writeCells(ctx, read.source, patch.writes));
    expect(out.written).toBe(patch.writes.length);
    const cells = written(excel.ranges.slice(readRanges), "formulas");
    const expected = new Map(patch.writes.map((w) => [`${w.row}:${w.col}`, cellContent(w)]));
    expect(cells.size).toBeGreaterThan(5);
    expect(cells).toEqual(expected);
    // One sync to check the sheet did not change, one for the writes.
    expect(out.syncs).toBe(2);
  });

  it("flagging fills exactly the flagged cells and notes exactly the noted cells", async () => {
    const [grid] = await readGrids(join(XLSX, "tarakan-evaluasi-1.xlsx"));
    if (!grid) throw new Error("no grid");
    const excel = mockExcel(grid);
    const { read } = await excel.run((ctx) => readForCheck(ctx, CAPS));
    const check = checkGrid(read.grid);
    if (!check.table) throw new Error("no table");
    const findings = check.report.issues;
    const plan = planFlags(check.table, findings, { lang: "id" });
    const before = excel.ranges.length;
    const out = await excel.run((ctx) =>
      flagActiveSheet(ctx, { caps: CAPS, expected: read.source, table: check.table!, findings, lang: "id", columnHeader: { row: 0, text: "Temuan" } }),
    );
    expect(out.filled).toBe(plan.fills.length);
    const filled = new Set<string>();
    for (const r of excel.ranges.slice(before)) {
      const color = (r.mock.format as { fill: { color: unknown } }).fill.color;
      if (typeof color !== "string" || !color.startsWith("#")) continue;
      for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) filled.add(`${r.top + i}:${r.left + j}:${color}`);
    }
    expect(filled.size).toBeGreaterThan(5);
    expect(filled).toEqual(new Set(plan.fills.map((f) => `${f.row}:${f.col}:${f.fill}`)));
    expect(new Set(excel.notes.keys())).toEqual(new Set(plan.notes.map((n) => `${String.fromCharCode(65 + n.col)}${n.row + 1}`)));
    // Head, cell reads, writes with the flag store, then the new notes (a refused one leaves the record true).
    expect(out.syncs).toBe(4);
  });
});

describe("reading a sheet too large for one response", () => {
  it("halves a block Excel refused and reads every row, no response over 5 MB", async () => {
    const long = "x".repeat(190);
    const rows = Array.from({ length: 3000 }, (_, r) => Array.from({ length: 18 }, (_, c) => `${r}:${c} ${long}`));
    const excel = new FakeExcel([{ name: "Panjang", rows }]);
    const { Excel } = officeGlobals(excel) as { Excel: { run: <T>(b: (ctx: never) => Promise<T>) => Promise<T> } };
    const { read } = await Excel.run((ctx) => readForCheck(ctx, CAPS));
    expect(read.grid.rows).toEqual(rows);
    const syncs = excel.state.syncs;
    expect(syncs.some((s) => s.responseBytes > 5 * 1024 * 1024)).toBe(true); // the refused first try
    const served = syncs.filter((s) => s.responseBytes <= 5 * 1024 * 1024);
    expect(served.length).toBeGreaterThan(3);
  });
});
