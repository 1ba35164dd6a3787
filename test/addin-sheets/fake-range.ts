// A fake Sheets Range: whole-rectangle reads and writes with Sheets' rules for what setValues does with text, the
// single-cell API (present so that a per-cell writer works, and is counted as such), every call logged.
import type { CallKind, FakeCell, FakeSheet } from "./fake-sheet.js";

const BATCH = new Set(["getValues", "getFormulas", "getBackgrounds", "getNotes", "getNumberFormats", "getFontWeights", "getMergedRanges", "setValues", "setFormulas", "setBackgrounds", "setNotes", "setNumberFormats", "setFontWeights", "setWrap", "setVerticalAlignment", "setHorizontalAlignment", "clearContent"]);
const INTERNAL = new Set(["constructor", "grid", "put"]);
const CELL = new Set(["getValue", "setValue", "getFormula", "setFormula", "getBackground", "setBackground", "getNote", "setNote", "getNumberFormat", "setNumberFormat", "setFontWeight", "getFontWeight", "getCell", "getDisplayValue"]);

/**
 * Text typed into Sheets that becomes a number (en_US rules, enough to catch a writer that forgets the quote
 * prefix): `06`, `1.5`, `1,000`, `100%`, `(35)`.
 */
const NUMBERISH = /^\s*[(+-]?\d[\d,]*(\.\d+)?%?\)?\s*$/;

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
          target.sheet.book.log.push({ sheet: target.sheet.name, method: prop, kind, cells: kind === "batch" ? target.rows * target.cols : 0 });
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

  private put<T>(values: T[][], f: (c: FakeCell, v: T) => void): this {
    if (values.length !== this.rows || values.some((l) => l.length !== this.cols)) {
      throw new Error(`The number of rows or columns in the data does not match the range (${values.length}×${values[0]?.length ?? 0} for ${this.rows}×${this.cols})`);
    }
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
  /** Sheets' setValues: `=…` is a formula, `'…` is text, other text is read as typed (numbers become numbers). */
  setValues(values: unknown[][]) {
    return this.put(values, (cell, v) => {
      cell.formula = null;
      if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v;
        cell.value = null;
      } else if (typeof v === "string" && v.startsWith("'")) cell.value = v.slice(1);
      else if (typeof v === "string" && cell.format !== "@" && NUMBERISH.test(v)) cell.value = typedNumber(v);
      else if (v === "" || v === null || v === undefined) cell.value = null;
      else cell.value = v as FakeCell["value"];
    });
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
    return this;
  }
  setVerticalAlignment() {
    return this;
  }
  setHorizontalAlignment() {
    return this;
  }
  merge() {
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

function typedNumber(text: string): number {
  const t = text.trim();
  const negative = t.startsWith("(") || t.startsWith("-");
  const n = Number(t.replace(/[()%,+-]/g, ""));
  const v = t.endsWith("%") || t.endsWith("%)") ? n / 100 : n;
  return negative ? -v : v;
}
