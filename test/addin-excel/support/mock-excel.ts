// An Excel for unit tests, built from office-addin-mock objects (which keep load/sync order honest: a property read
// before load + sync is an error value) over a core Grid; every range the adapter asks for is recorded with what
// was written into it.
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter, type Grid } from "../../../core/grid.js";
import type { XlContext, XlRun } from "../../../addin-excel/adapter/excel-api.js";

export interface RecordedRange {
  top: number;
  left: number;
  rows: number;
  cols: number;
  mock: OfficeMockObject & Record<string, unknown>;
}

export interface MockExcel {
  run: XlRun;
  ranges: RecordedRange[];
  syncs: () => number;
  notes: Map<string, string>;
}

/** More merged areas than this in one range and `getMergedAreasOrNullObject` fails. */
const MAX_MERGED_AREAS = 512;

const cellOf = (grid: Grid, r: number, c: number) => {
  const v = grid.rows[r]?.[c];
  return v === null || v === undefined ? "" : v;
};

/**
 * A mocked Excel whose active sheet holds `grid` (values; formulas where the grid has them; number formats;
 * merged areas), and whose comments/notes/flag-store calls are recorded.
 */
export function mockExcel(grid: Grid, sheetName = grid.name ?? "Sheet1"): MockExcel {
  const ranges: RecordedRange[] = [];
  const created: OfficeMockObject[] = [];
  const notes = new Map<string, string>();
  let syncs = 0;
  let failing: Error | null = null;
  const height = grid.rows.length;
  let width = 0;
  for (const r of grid.rows) width = Math.max(width, r.length);

  const range = (top: number, left: number, rows: number, cols: number) => {
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    const numberFormat: string[][] = [];
    for (let r = 0; r < rows; r++) {
      values.push([]);
      formulas.push([]);
      numberFormat.push([]);
      for (let c = 0; c < cols; c++) {
        const v = cellOf(grid, top + r, left + c);
        (values[r] as unknown[]).push(v);
        (formulas[r] as unknown[]).push(grid.formulas?.[top + r]?.[left + c] ?? v);
        (numberFormat[r] as string[]).push(grid.numberFormats?.[top + r]?.[left + c] ?? "General");
      }
    }
    const merges = (grid.merges ?? []).filter((m) => m.bottom >= top && m.top < top + rows && m.right >= left && m.left < left + cols);
    const mergeAddress = merges.map((m) => `'${sheetName}'!${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`).join(", ");
    const mergedAreas = new OfficeMockObject({ address: mergeAddress }) as OfficeMockObject & Record<string, unknown>;
    mergedAreas.isNullObject = merges.length === 0;
    created.push(mergedAreas);
    const mock = new OfficeMockObject({
      address: `'${sheetName}'!${columnLetter(left)}${top + 1}:${columnLetter(left + cols - 1)}${top + rows}`,
      rowIndex: top,
      columnIndex: left,
      rowCount: rows,
      columnCount: cols,
      values,
      formulas,
      numberFormat,
      format: { fill: { color: "", clear() { (this as Record<string, unknown>).cleared = true; } }, font: { color: "", bold: false }, columnWidth: 0, wrapText: false, horizontalAlignment: "", verticalAlignment: "", borders: { getItem: () => ({ style: "" }) } },
      getCellProperties() {
        return { value: Array.from({ length: rows }, () => Array.from({ length: cols }, () => ({ format: { fill: { color: "#FFFFFF", pattern: "None" }, font: { color: "#000000" } } }))) };
      },
      getMergedAreasOrNullObject: () => {
        // Documented: more than 512 merged areas in the range and the call fails (at the sync, like every call).
        if (merges.length > MAX_MERGED_AREAS) failing ??= Object.assign(new Error(`${merges.length} merged areas in one range`), { code: "GeneralException" });
        return mergedAreas;
      },
      select() {},
      clear() {},
      merge() {},
    }) as OfficeMockObject & Record<string, unknown>;
    mock.isNullObject = false;
    created.push(mock);
    ranges.push({ top, left, rows, cols, mock });
    return mock;
  };

  const noteMock = (key: string) => {
    const m = new OfficeMockObject({ content: notes.get(key) ?? "", delete: () => notes.delete(key) }) as OfficeMockObject & Record<string, unknown>;
    m.isNullObject = !notes.has(key);
    created.push(m);
    return m;
  };

  const store = new OfficeMockObject({ name: "_renja_flags" }) as OfficeMockObject & Record<string, unknown>;
  store.isNullObject = true;
  const sheet = new OfficeMockObject({
    id: "{sheet-1}",
    name: sheetName,
    visibility: "Visible",
    getUsedRangeOrNullObject: () => range(0, 0, Math.max(1, height), Math.max(1, width)),
    getRangeByIndexes: (top: number, left: number, rows: number, cols: number) => range(top, left, rows, cols),
    activate() {},
    delete() {},
    freezePanes: { freezeRows() {} },
    notes: {
      add: (address: string, content: string) => {
        notes.set(address, content);
        return noteMock(address);
      },
      getItemOrNullObject: (key: string) => noteMock(key),
    },
  }) as OfficeMockObject & Record<string, unknown>;
  sheet.isNullObject = false;
  const storeSheet = new OfficeMockObject({
    name: "_renja_flags",
    visibility: "VeryHidden",
    getRangeByIndexes: (top: number, left: number, rows: number, cols: number) => range(top, left, rows, cols),
    getUsedRangeOrNullObject: () => range(0, 0, 1, 1),
    delete() {
      // Documented: deleting a very hidden sheet raises InvalidOperation (make it Hidden first).
      if (storeSheet.visibility === "VeryHidden") failing ??= Object.assign(new Error("cannot delete a very hidden sheet"), { code: "InvalidOperation" });
    },
  }) as OfficeMockObject & Record<string, unknown>;
  storeSheet.isNullObject = false;

  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getActiveWorksheet: () => sheet,
        getItemOrNullObject: () => store,
        add: () => storeSheet,
      },
      comments: {},
    },
  }) as OfficeMockObject & Record<string, unknown>;
  // The workbook holds no comments (office-addin-mock cannot load a navigational `items`): a plain collection.
  (context.workbook as Record<string, unknown>).comments = {
    items: [],
    load() {
      return this;
    },
  };
  context.sync = async () => {
    syncs++;
    if (failing) {
      const e = failing;
      failing = null;
      throw e;
    }
    for (const m of [sheet, store, storeSheet, ...created]) await m.sync();
    // office-addin-mock settles loaded values in microtasks: let them run.
    await new Promise((r) => setTimeout(r, 0));
  };
  const run: XlRun = (batch) => batch(context as unknown as XlContext);
  return { run, ranges, syncs: () => syncs, notes };
}
