// A fake Sheets Range: whole-rectangle reads and writes with Sheets' rules for what setValues does with text
// (fake-typing.ts), writes refused as a whole where a protected cell is inside, the single-cell API (present so
// that a per-cell writer works, and is counted as such), every call logged.
import { FakeProtection } from "./fake-protection.js";
import type { CallKind, FakeCell, FakeSheet } from "./fake-sheet.js";
import { typeInto } from "./fake-typing.js";

const BATCH = new Set(["getValues", "getFormulas", "getBackgrounds", "getNotes", "getNumberFormats", "getFontWeights", "getMergedRanges", "setValues", "setFormulas", "setBackgrounds", "setNotes", "setNumberFormats", "setFontWeights", "setWrap", "setVerticalAlignment", "setHorizontalAlignment", "clearContent"]);
const INTERNAL = new Set(["constructor", "grid", "put", "writable"]);
const CELL = new Set(["getValue", "setValue", "getFormula", "setFormula", "getBackground", "setBackground", "getNote", "setNote", "getNumberFormat", "setNumberFormat", "setFontWeight", "getFontWeight", "getCell", "getDisplayValue"]);

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    return new Proxy(this, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        if (typeof prop === "string" && typeof v === "function" && !INTERNAL.has(prop)) {
          const kind: CallKind = BATCH.has(prop) ? "batch" : CELL.has(prop) ? "cell" : prop === "merge" ? "merge" : "meta";
          const record = { sheet: target.sheet.name, method: prop, kind, cells: kind === "batch" ? target.rows * target.cols : 0 };
          target.sheet.book.log.push(record);
          // After the call, what tests run "meanwhile" (another editor's execution) runs.
          return (...args: unknown[]) => {
            const result = (v as (...a: unknown[]) => unknown).apply(receiver, args);
            target.sheet.book.afterCall?.(record);
            return result;
          };
        }
        return v;
      },
    });
  }

  private grid<T>(f: (c: FakeCell) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.cols; c++) line.push(f(this.sheet.peek(this.top + r, this.left + c)));
      out.push(line);
    }
    return out;
  }

  /** Throws, writing nothing, when a protection the user may not edit covers a cell of the range. */
  private writable(): void {
    this.sheet.assertWritable(this);
  }

  private put<T>(values: T[][], f: (c: FakeCell, v: T) => void): this {
    if (values.length !== this.rows || values.some((l) => l.length !== this.cols)) {
      throw new Error(`The number of rows or columns in the data does not match the range (${values.length}×${values[0]?.length ?? 0} for ${this.rows}×${this.cols})`);
    }
    this.writable();
    values.forEach((line, r) => line.forEach((v, c) => f(this.sheet.cell(this.top + r, this.left + c), v)));
    return this;
  }

  getValues() {
    return this.grid((c) => (c.value === null ? "" : c.value));
  }
  getFormulas() {
    return this.grid((c) => c.formula ?? "");
  }
  getBackgrounds() {
    return this.grid((c) => (c.background ?? "#ffffff").toLowerCase());
  }
  getNotes() {
    return this.grid((c) => c.note ?? "");
  }
  getNumberFormats() {
    return this.grid((c) => c.format ?? "General");
  }
  getFontWeights() {
    return this.grid((c) => c.fontWeight ?? "normal");
  }
  getMergedRanges() {
    return this.sheet.merges
      .filter((m) => m.bottom >= this.top && m.top < this.top + this.rows && m.right >= this.left && m.left < this.left + this.cols)
      .map((m) => new FakeRange(this.sheet, m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1));
  }
  /** Sheets' setValues: text is read as typed (fake-typing.ts), unless the cell is formatted as plain text. */
  setValues(values: unknown[][]) {
    const locale = this.sheet.book.locale;
    return this.put(values, (cell, v) => typeInto(cell, v, locale));
  }
  setBackgrounds(colors: (string | null)[][]) {
    return this.put(colors, (cell, v) => (cell.background = v === null || v === "" ? null : v.toUpperCase() === "#FFFFFF" ? "#ffffff" : v));
  }
  setNotes(notes: (string | null)[][]) {
    return this.put(notes, (cell, v) => (cell.note = v === null || v === "" ? null : v));
  }
  setNumberFormats(formats: string[][]) {
    return this.put(formats, (cell, v) => (cell.format = v === "General" ? null : v));
  }
  setFontWeights(weights: (string | null)[][]) {
    return this.put(weights, (cell, v) => (cell.fontWeight = v));
  }
  setWrap() {
    this.writable();
    return this;
  }
  setVerticalAlignment() {
    this.writable();
    return this;
  }
  setHorizontalAlignment() {
    this.writable();
    return this;
  }
  /** A protection of this range; the simulated user may not edit it until a test sets `editable`. */
  protect() {
    return new FakeProtection("RANGE", this, this.sheet.protections);
  }
  merge() {
    this.writable();
    this.sheet.merges.push({ top: this.top, left: this.left, bottom: this.top + this.rows - 1, right: this.left + this.cols - 1 });
    return this;
  }
  activate() {
    this.sheet.book.activate(this.sheet);
    (this.sheet.book as { selection?: string }).selection = `${this.sheet.name}!${this.getA1Notation()}`;
    return this;
  }
  getRow() {
    return this.top + 1;
  }
  getColumn() {
    return this.left + 1;
  }
  getLastRow() {
    return this.top + this.rows;
  }
  getLastColumn() {
    return this.left + this.cols;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.cols;
  }
  getA1Notation() {
    const letter = (c: number) => {
      let n = c + 1;
      let s = "";
      while (n > 0) {
        s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
        n = Math.floor((n - 1) / 26);
      }
      return s;
    };
    const a = `${letter(this.left)}${this.top + 1}`;
    return this.rows === 1 && this.cols === 1 ? a : `${a}:${letter(this.left + this.cols - 1)}${this.top + this.rows}`;
  }
  // Single-cell API: present so that a per-cell writer works, and is counted as such.
  getValue() {
    return this.getValues()[0]?.[0];
  }
  setValue(v: unknown) {
    return this.setValues([[v]]);
  }
  setBackground(c: string | null) {
    return this.setBackgrounds(this.grid(() => c));
  }
  setNote(n: string | null) {
    return this.setNotes(this.grid(() => n));
  }
  setFormula(f: string) {
    return this.setValues(this.grid(() => f));
  }
  setFontWeight(w: string | null) {
    return this.setFontWeights(this.grid(() => w));
  }
}
