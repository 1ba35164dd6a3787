// A fake Sheets sheet for the Apps Script tests: cells with values, formulas, fills, notes and formats, and the
// log of every call (kept by the spreadsheet) so tests can count them. Its ranges are in fake-range.ts.
import type { CellValue, Grid, MergeRange } from "../../core/grid.js";
import { FakeProtection, PROTECTED_MESSAGE, type ProtectionKind } from "./fake-protection.js";
import { FakeRange } from "./fake-range.js";

export interface FakeCell {
  value: string | number | boolean | Date | null;
  formula: string | null;
  background: string | null;
  note: string | null;
  format: string | null;
  fontWeight: string | null;
}

/** What a call was: a rectangle read or written at once, one cell's getter/setter, or a range's own metadata. */
export type CallKind = "batch" | "cell" | "meta" | "merge";

export interface CallRecord {
  sheet: string;
  method: string;
  kind: CallKind;
  /** Rows × columns of the range, for batch calls. */
  cells: number;
}

function blank(): FakeCell {
  return { value: null, formula: null, background: null, note: null, format: null, fontWeight: null };
}

/** What a sheet needs of its spreadsheet: the call log, activation, the locale, and a hook after each range call. */
export interface FakeBook {
  log: CallRecord[];
  activate(sheet: FakeSheet): void;
  locale: string;
  afterCall?: ((call: CallRecord) => void) | undefined;
}

export class FakeSheet {
  readonly cells: FakeCell[][] = [];
  /** Its protections: of ranges (`range.protect()`) and of the whole sheet (`protect()`). */
  readonly protections: FakeProtection[] = [];
  merges: MergeRange[] = [];
  hidden = false;
  frozenRows = 0;
  readonly widths = new Map<number, number>();

  constructor(
    readonly book: FakeBook,
    public name: string,
    readonly id: number,
  ) {}

  /** Loads a core grid (values with their formulas, fills, formats, notes, merges). */
  load(grid: Grid): this {
    grid.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) this.cell(r, c).value = v;
      }),
    );
    const layer = <T>(l: readonly (readonly T[] | undefined)[] | undefined, set: (cell: FakeCell, v: T) => void) =>
      l?.forEach((row, r) => row?.forEach((v, c) => v !== null && v !== undefined && set(this.cell(r, c), v)));
    layer(grid.formulas, (cell, f) => (cell.formula = f));
    layer(grid.fills, (cell, f) => (cell.background = f));
    layer(grid.numberFormats, (cell, f) => (cell.format = f));
    layer(grid.notes, (cell, n) => (cell.note = n));
    this.merges = [...(grid.merges ?? [])];
    return this;
  }

  cell(r: number, c: number): FakeCell {
    const row = (this.cells[r] ??= []);
    return (row[c] ??= blank());
  }

  peek(r: number, c: number): FakeCell {
    return this.cells[r]?.[c] ?? blank();
  }

  /** Last row and column (1-based) holding a value or formula, as getDataRange sees it. */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    this.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell && ((cell.value !== null && cell.value !== "") || cell.formula !== null)) {
          rows = Math.max(rows, r + 1);
          cols = Math.max(cols, c + 1);
        }
      }),
    );
    return { rows, cols };
  }

  // --- the Sheet API the add-on uses ---
  getName() {
    return this.name;
  }
  getSheetId() {
    return this.id;
  }
  getIndex() {
    return 1;
  }
  getDataRange() {
    const e = this.extent();
    return new FakeRange(this, 0, 0, Math.max(1, e.rows), Math.max(1, e.cols));
  }
  getLastRow() {
    return this.extent().rows;
  }
  getLastColumn() {
    return this.extent().cols;
  }
  getMaxRows() {
    return Math.max(1000, this.extent().rows);
  }
  getMaxColumns() {
    return Math.max(26, this.extent().cols);
  }
  getRange(a: number | string, b?: number, rows = 1, cols = 1): FakeRange {
    this.book.log.push({ sheet: this.name, method: "getRange", kind: "meta", cells: 0 });
    if (typeof a === "string") {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a);
      if (!m) throw new Error(`fake: bad A1 ${a}`);
      const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const top = Number(m[2]) - 1;
      const left = col(m[1] as string);
      const bottom = m[4] ? Number(m[4]) - 1 : top;
      const right = m[3] ? col(m[3]) : left;
      return new FakeRange(this, top, left, bottom - top + 1, right - left + 1);
    }
    if (b === undefined || a < 1 || b < 1 || rows < 1 || cols < 1) throw new Error(`fake: getRange(${a}, ${b}, ${rows}, ${cols}) is out of the sheet`);
    return new FakeRange(this, a - 1, b - 1, rows, cols);
  }
  activate() {
    this.book.activate(this);
    return this;
  }
  hideSheet() {
    this.hidden = true;
    return this;
  }
  /** Throws, as Apps Script does, when a protection the user may not edit covers a cell of the rectangle. */
  assertWritable(rect: { top: number; left: number; rows: number; cols: number }): void {
    if (this.protections.some((p) => p.blocks(rect))) throw new Error(PROTECTED_MESSAGE);
  }
  /** The whole sheet protected; the simulated user may not edit it until a test sets `editable`. */
  protect() {
    return new FakeProtection("SHEET", new FakeRange(this, 0, 0, this.getMaxRows(), this.getMaxColumns()), this.protections);
  }
  getProtections(kind: ProtectionKind) {
    this.book.log.push({ sheet: this.name, method: "getProtections", kind: "meta", cells: 0 });
    return this.protections.filter((p) => p.kind === kind);
  }
  clearContents() {
    this.book.log.push({ sheet: this.name, method: "clearContents", kind: "meta", cells: 0 });
    const e = this.extent();
    if (e.rows > 0) this.assertWritable({ top: 0, left: 0, rows: e.rows, cols: e.cols });
    for (const row of this.cells) for (const cell of row ?? []) if (cell) Object.assign(cell, { value: null, formula: null });
    return this;
  }
  isSheetHidden() {
    return this.hidden;
  }
  setColumnWidth(col: number, px: number) {
    this.widths.set(col, px);
    return this;
  }
  setFrozenRows(n: number) {
    this.frozenRows = n;
  }

  /** The sheet as a core grid again (values, formulas, fills, notes, formats), to compare with what was loaded. */
  toGrid(): Grid & { rows: CellValue[][] } {
    const e = this.extent();
    const rows: CellValue[][] = [];
    for (let r = 0; r < e.rows; r++) {
      const line: CellValue[] = [];
      for (let c = 0; c < e.cols; c++) {
        const v = this.peek(r, c).value;
        line.push(v === null || v === "" ? null : v instanceof Date ? v.toISOString() : v);
      }
      rows.push(line);
    }
    return { name: this.name, rows, merges: this.merges };
  }
}
