// A core patch as Excel write operations: formulas/values per column run (null leaves a cell alone), fills
// grouped into rectangles of one colour.
import type { CellWrite, FillWrite } from "../../core/plan/patch.js";
import { MAX_BLOCK_ROWS } from "./blocks.js";
import type { XlCell, XlWorksheet } from "./excel-api.js";
import type { WriteOp } from "./write-ops.js";

/** Bytes of a `null` (and its comma) in a 2-D array. */
const NULL_BYTES = 5;
/** Bytes of one range call with its address, beyond its data. */
const CALL_BYTES = 200;
/** Automatic font colour: Office.js has no "automatic" to set, and Excel shows automatic text black. */
const AUTOMATIC_FONT = "#000000";

/** One cell for `columnRunOps`: what goes into `formulas`, and a number format to set first. */
export interface CellContent {
  row: number;
  col: number;
  content: XlCell;
  numberFormat?: string;
}

/**
 * One operation per column and row window: a single-column range from the first to the last written row of
 * the window, its `formulas` a column with `null` for the rows in between (so they keep what they hold); a
 * second array for number formats when a cell asks for one.
 * @example columnRunOps(sheet, [{ row: 11, col: 17, content: "=SUM(R13:R17)" }])
 */
export function columnRunOps(sheet: XlWorksheet, cells: readonly CellContent[], window = MAX_BLOCK_ROWS): WriteOp[] {
  const byRun = new Map<string, CellContent[]>();
  for (const w of cells) {
    const k = `${w.col}:${Math.floor(w.row / window)}`;
    const list = byRun.get(k);
    if (list) list.push(w);
    else byRun.set(k, [w]);
  }
  const ops: WriteOp[] = [];
  for (const list of byRun.values()) {
    list.sort((a, b) => a.row - b.row);
    const first = list[0];
    const lastW = list[list.length - 1];
    if (!first || !lastW) continue;
    const top = first.row;
    const height = lastW.row - top + 1;
    const col = first.col;
    const formulas: XlCell[][] = Array.from({ length: height }, () => [null]);
    let formats: (string | null)[][] | null = null;
    let bytes = CALL_BYTES + height * NULL_BYTES;
    for (const w of list) {
      (formulas[w.row - top] as XlCell[])[0] = w.content;
      bytes += JSON.stringify(w.content).length;
      if (w.numberFormat) {
        formats ??= Array.from({ length: height }, () => [null]);
        (formats[w.row - top] as (string | null)[])[0] = w.numberFormat;
        bytes += w.numberFormat.length + 3;
      }
    }
    if (formats) bytes += CALL_BYTES + height * NULL_BYTES;
    const fmt = formats;
    ops.push({
      row: top,
      bytes,
      queue: () => {
        const range = sheet.getRangeByIndexes(top, col, height, 1);
        // Formats first: a number typed into a `@` (text) cell would stay text.
        if (fmt) range.numberFormat = fmt;
        range.formulas = formulas;
      },
    });
  }
  return ops;
}

/**
 * A patch's cell writes as operations (see `columnRunOps`).
 * @example cellWriteOps(sheet, [{ row: 11, col: 17, formula: "=SUM(R13:R17)", purpose: "total", replaces: null }])
 */
export function cellWriteOps(sheet: XlWorksheet, writes: readonly CellWrite[]): WriteOp[] {
  return columnRunOps(
    sheet,
    writes.map((w) => {
      const c: CellContent = { row: w.row, col: w.col, content: cellContent(w) };
      if (w.numberFormat) c.numberFormat = w.numberFormat;
      return c;
    }),
  );
}

/** What goes into `formulas` for a write: the formula, or the value (a string that looks like a formula kept as text). */
export function cellContent(w: { formula?: string; value?: XlCell }): XlCell {
  if (w.formula !== undefined) return w.formula;
  const v = w.value ?? null;
  if (v === null) return "";
  if (typeof v === "string" && /^[=+\-@]/.test(v)) return `'${v}`;
  return v;
}

/** A rectangle of cells that get the same fill and font colour. */
export interface FillRect {
  top: number;
  left: number;
  rows: number;
  cols: number;
  fill: string | null;
  /** Font colour to set; null leaves the font as it is. */
  font: string | null;
}

/**
 * Groups fills into rectangles of one fill and font: runs along a row first, then identical runs on
 * consecutive rows stacked (a row-wide flag on five rows is one range).
 * @example fillRects([{ row: 4, col: 0, fill: "#FFC7CE", font: "#9C0006", previousFill: null, previousFont: null }]).length // 1
 */
export function fillRects(fills: readonly FillWrite[]): FillRect[] {
  const keyed = fills.map((f) => ({ row: f.row, col: f.col, fill: f.fill, font: fontOf(f) }));
  keyed.sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: FillRect[] = [];
  for (const f of keyed) {
    const last = runs[runs.length - 1];
    if (last && last.top === f.row && last.left + last.cols === f.col && last.fill === f.fill && last.font === f.font) last.cols++;
    else runs.push({ top: f.row, left: f.col, rows: 1, cols: 1, fill: f.fill, font: f.font });
  }
  // Stack runs: a run joins the rectangle that ends on the row above with the same columns and colours.
  const open = new Map<string, FillRect>();
  const out: FillRect[] = [];
  for (const r of runs) {
    const k = `${r.left}:${r.cols}:${r.fill}:${r.font}`;
    const above = open.get(k);
    if (above && above.top + above.rows === r.top) {
      above.rows++;
      continue;
    }
    open.set(k, r);
    out.push(r);
  }
  return out;
}

function fontOf(f: FillWrite): string | null {
  if (f.font !== null) return f.font;
  return f.setFont ? AUTOMATIC_FONT : null;
}

/** One operation per rectangle. */
export function fillOps(sheet: XlWorksheet, fills: readonly FillWrite[]): WriteOp[] {
  return fillRects(fills).map((r) => ({
    row: r.top,
    bytes: CALL_BYTES * 2,
    queue: () => {
      const range = sheet.getRangeByIndexes(r.top, r.left, r.rows, r.cols);
      if (r.fill === null) range.format.fill.clear();
      else range.format.fill.color = r.fill;
      if (r.font !== null) range.format.font.color = r.font;
    },
  }));
}
