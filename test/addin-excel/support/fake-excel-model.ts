// The scripted Excel host's workbook: sheets as arrays (values, formulas evaluated on read, number formats, fills,
// fonts, notes, merges), comments, selection, settings, and the record of every sync with its payload sizes.
import { columnIndex, columnLetter } from "../../../core/grid.js";
import { evaluate, parseFormula, type FxValue } from "./fake-formulas.js";

export type Cell = string | number | boolean | null;

export interface FakeSheetInit {
  name: string;
  rows: Cell[][];
  /** `#RRGGBB` per cell, null for none. */
  fills?: (string | null)[][];
  merges?: { top: number; left: number; bottom: number; right: number }[];
  numberFormats?: (string | null)[][];
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: string;
  values: Cell[][];
  formulas: (string | null)[][];
  formats: (string | null)[][];
  fills: (string | null)[][];
  fonts: (string | null)[][];
  notes: Map<string, string>;
  merges: { top: number; left: number; bottom: number; right: number }[];
  frozenRows: number;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  ops: number;
}

export interface FakeExcelState {
  sheets: SheetModel[];
  active: string;
  selection: { sheet: string; address: string } | null;
  comments: { id: string; sheet: string; row: number; col: number; content: string }[];
  syncs: SyncRecord[];
  requirements: Record<string, string>;
  settings: Record<string, unknown>;
  /** Milliseconds each sync takes (to let a test see the progress bar). */
  latency: number;
  /** An Office.js error code the next sync fails with (then cleared). */
  failNextSync: string | null;
}

export const LIMIT = 5 * 1024 * 1024;
/** Bytes Office.js adds per queued action (object path, action id, type). */
export const ACTION_BYTES = 60;

export class RichApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}


export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

function sheetRef(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function parseCell(address: string): { sheet: string | null; row: number; col: number } {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.slice(bang + 1).toUpperCase());
  if (!m) throw new RichApiError("InvalidArgument", `bad cell address ${address}`);
  return { sheet, row: Number(m[2]) - 1, col: columnIndex(m[1] as string) };
}

export const bytes = (v: unknown): number => JSON.stringify(v ?? null).length;

export interface Rect {
  sheet: SheetModel;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** The workbook, the queue of one Excel.run, and the proxies handed to the adapter. */
export class FakeExcel {
  readonly state: FakeExcelState;
  private nextId = 1;
  private formulaCache = new Map<string, FxValue>();

  constructor(sheets: FakeSheetInit[], requirements: Record<string, string> = { ExcelApi: "1.18" }) {
    this.state = { sheets: [], active: "", selection: null, comments: [], syncs: [], requirements, settings: {}, latency: 0, failNextSync: null };
    for (const s of sheets) this.addSheet(s);
    this.state.active = this.state.sheets[0]?.id ?? "";
  }

  addSheet(init: FakeSheetInit): SheetModel {
    const id = `{${String(this.nextId++).padStart(8, "0")}-0000-4000-8000-000000000000}`;
    const values = init.rows.map((r) => r.map((v) => (v === undefined ? null : v)));
    const sheet: SheetModel = {
      id,
      name: init.name,
      visibility: "Visible",
      values,
      formulas: values.map((r) => r.map((v) => (typeof v === "string" && v.startsWith("=") ? v : null))),
      formats: init.numberFormats ? init.numberFormats.map((r) => [...r]) : [],
      fills: init.fills ? init.fills.map((r) => [...r]) : [],
      fonts: [],
      notes: new Map(),
      merges: init.merges ? [...init.merges] : [],
      frozenRows: 0,
    };
    this.state.sheets.push(sheet);
    return sheet;
  }

  sheetByKey(key: string): SheetModel | undefined {
    return this.state.sheets.find((s) => s.id === key) ?? this.state.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
  }

  // ---- cell access -------------------------------------------------------------------------------

  cellValue(sheet: SheetModel, row: number, col: number): Cell {
    const f = sheet.formulas[row]?.[col] ?? null;
    if (f !== null) {
      const key = `${sheet.id}:${row}:${col}`;
      if (this.formulaCache.has(key)) return this.formulaCache.get(key) as Cell;
      this.formulaCache.set(key, "#CIRC!");
      let v: FxValue;
      try {
        v = evaluate(parseFormula(f), (r, c) => this.cellValue(sheet, r, c));
      } catch {
        v = "#NAME?";
      }
      this.formulaCache.set(key, v);
      return v;
    }
    const v = sheet.values[row]?.[col];
    return v === undefined ? null : v;
  }

  private setCell(sheet: SheetModel, row: number, col: number, input: Cell, viaFormulas: boolean): void {
    this.formulaCache.clear();
    const vr = (sheet.values[row] ??= []);
    const fr = (sheet.formulas[row] ??= []);
    const text = (sheet.formats[row]?.[col] ?? null) === "@";
    if (typeof input === "string" && input.startsWith("=") && !text) {
      fr[col] = input;
      vr[col] = null;
      return;
    }
    fr[col] = null;
    if (typeof input === "string" && input.startsWith("'")) {
      vr[col] = input.slice(1);
      return;
    }
    // Excel reads typed text as a number where it can (not in `@` cells): `150` → 150, `100%` → 1 with a % format.
    if (typeof input === "string" && !text && /^-?\d+(\.\d+)?%?$/.test(input.trim())) {
      const t = input.trim();
      if (t.endsWith("%")) {
        vr[col] = Number(t.slice(0, -1)) / 100;
        if ((sheet.formats[row]?.[col] ?? null) === null) (sheet.formats[row] ??= [])[col] = "0%";
      } else vr[col] = Number(t);
      void viaFormulas;
      return;
    }
    vr[col] = input === "" ? null : input;
  }

  usedRect(sheet: SheetModel): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const rows = Math.max(sheet.values.length, sheet.formulas.length);
    for (let r = 0; r < rows; r++) {
      const vr = sheet.values[r] ?? [];
      const fr = sheet.formulas[r] ?? [];
      const w = Math.max(vr.length, fr.length);
      for (let c = 0; c < w; c++) {
        const v = vr[c];
        if ((v !== null && v !== undefined && v !== "") || (fr[c] ?? null) !== null) {
          if (r < top) top = r;
          if (r > bottom) bottom = r;
          if (c < left) left = c;
          if (c > right) right = c;
        }
      }
    }
    if (bottom < 0) return null;
    return { sheet, top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  address(rect: Rect): string {
    const start = a1(rect.top, rect.left);
    const end = a1(rect.top + rect.rows - 1, rect.left + rect.cols - 1);
    return `${sheetRef(rect.sheet.name)}!${start === end ? start : `${start}:${end}`}`;
  }

  // Used by the proxies ---------------------------------------------------------------------------

  rectValues(rect: Rect): Cell[][] {
    const out: Cell[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: Cell[] = [];
      for (let c = 0; c < rect.cols; c++) {
        const v = this.cellValue(rect.sheet, rect.top + r, rect.left + c);
        row.push(v === null ? "" : v);
      }
      out.push(row);
    }
    return out;
  }

  rectFormulas(rect: Rect): Cell[][] {
    const out: Cell[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: Cell[] = [];
      for (let c = 0; c < rect.cols; c++) {
        const f = rect.sheet.formulas[rect.top + r]?.[rect.left + c] ?? null;
        const v = rect.sheet.values[rect.top + r]?.[rect.left + c];
        row.push(f ?? (v === null || v === undefined ? "" : v));
      }
      out.push(row);
    }
    return out;
  }

  rectFormats(rect: Rect): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: string[] = [];
      for (let c = 0; c < rect.cols; c++) row.push(rect.sheet.formats[rect.top + r]?.[rect.left + c] ?? "General");
      out.push(row);
    }
    return out;
  }

  writeRect(rect: Rect, data: Cell[][], layer: "values" | "formulas" | "numberFormat"): void {
    if (data.length !== rect.rows || data.some((r) => r.length !== rect.cols)) throw new RichApiError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`);
    for (let r = 0; r < rect.rows; r++)
      for (let c = 0; c < rect.cols; c++) {
        const v = data[r]?.[c];
        if (v === null || v === undefined) continue;
        const row = rect.top + r;
        const col = rect.left + c;
        if (layer === "numberFormat") {
          (rect.sheet.formats[row] ??= [])[col] = String(v);
          this.formulaCache.clear();
        } else this.setCell(rect.sheet, row, col, v, layer === "formulas");
      }
  }

  eachCell(rect: Rect, f: (row: number, col: number) => void): void {
    for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) f(rect.top + r, rect.left + c);
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
