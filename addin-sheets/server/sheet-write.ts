// Writes a patch with one batch call per layer: Apps Script has no "leave this cell alone" value, so each write
// covers the rectangle around the changed cells and gives every other cell in it back what it held.
//
// Why a rectangle and not runs of contiguous cells: parents sit between their children, so a 20,000-row sheet
// has thousands of separate runs per column; one call each would run into the 6-minute limit. The rectangle
// costs one call whatever the size. What it rewrites is what `getValues`/`getFormulas`/`getNumberFormats` gave,
// with text quote-prefixed (`'06`), as typing it would be, so that Sheets does not read `06`, `1.06` or `100%`
// as numbers; cells formatted as plain text (`@`) take text as it is, and would take a formula as text too, so a
// formula there gets a number format first (writeNumberFormats).
import type { CellWrite, FillWrite, NoteWrite } from "../../core/plan/patch.js";
import type { Calls } from "./calls.js";
import { normalFill, type Box, type BoxLayers, type SheetRead } from "./sheet-read.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The smallest rectangle holding every cell, or null for none.
 * @example boxOf([{ row: 4, col: 5 }, { row: 9, col: 2 }]) // { top: 4, left: 2, rows: 6, cols: 4 }
 */
export function boxOf(cells: Iterable<{ row: number; col: number }>): Box | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of cells) {
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  return bottom < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** What `setValues` must be given for a text so that Sheets keeps it as that text. */
export function asTypedText(text: string, format: string | undefined): string {
  if (text === "") return "";
  return format === "@" ? text : `'${text}`;
}

/**
 * Writes formulas and values in one `setValues` over their rectangle; every other cell of it gets its
 * formula or value back. Returns the number of cells written.
 */
export function writeCells(read: SheetRead, writes: readonly CellWrite[], calls: Calls): number {
  const box = boxOf(writes);
  if (!box) return 0;
  const out: unknown[][] = [];
  for (let r = 0; r < box.rows; r++) {
    const row = box.top + r;
    const line: unknown[] = [];
    for (let c = 0; c < box.cols; c++) line.push(currentContent(read, row, box.left + c));
    out.push(line);
  }
  for (const w of writes) {
    const line = out[w.row - box.top] as unknown[];
    const format = read.formats[w.row]?.[w.col];
    line[w.col - box.left] = w.formula !== undefined ? w.formula : typeof w.value === "string" ? asTypedText(w.value, format) : (w.value ?? "");
  }
  const range = read.sheet.getRange(box.top + 1, box.left + 1, box.rows, box.cols);
  calls.onSheet(() => range.setValues(out));
  return writes.length;
}

/** A cell's content as `setValues` takes it back: its formula, else its value (text quote-prefixed). */
function currentContent(read: SheetRead, row: number, col: number): unknown {
  const formula = read.formulas?.[row]?.[col];
  if (formula) return formula;
  const v = read.raw[row]?.[col];
  if (v === undefined || v === null) return "";
  return typeof v === "string" ? asTypedText(v, read.formats[row]?.[col]) : v;
}

/**
 * Sets, in one call over their rectangle, the number formats the writes ask for (cells that had none), and a
 * number format (the write's, else General) on every cell of `writeCells`' rectangle that will hold a formula
 * while formatted as plain text (`@`): setValues would store that formula as text. Call it before `writeCells`.
 */
export function writeNumberFormats(read: SheetRead, writes: readonly CellWrite[], calls: Calls): number {
  const formats = new Map<string, { row: number; col: number; format: string }>();
  for (const c of formulasInText(read, writes)) formats.set(`${c.row}:${c.col}`, c);
  for (const w of writes) if (w.numberFormat !== undefined) formats.set(`${w.row}:${w.col}`, { row: w.row, col: w.col, format: w.numberFormat });
  const box = boxOf(formats.values());
  if (!box) return 0;
  const out: string[][] = [];
  for (let r = 0; r < box.rows; r++) out.push((read.formats[box.top + r] ?? []).slice(box.left, box.left + box.cols));
  for (const f of formats.values()) (out[f.row - box.top] as string[])[f.col - box.left] = f.format;
  const range = read.sheet.getRange(box.top + 1, box.left + 1, box.rows, box.cols);
  calls.onSheet(() => range.setNumberFormats(out));
  return formats.size;
}

/** The cells of `writeCells`' rectangle formatted as plain text that will hold a formula (written, or kept). */
function formulasInText(read: SheetRead, writes: readonly CellWrite[]): { row: number; col: number; format: string }[] {
  const box = boxOf(writes);
  if (!box) return [];
  const written = new Map(writes.map((w) => [`${w.row}:${w.col}`, w]));
  const out: { row: number; col: number; format: string }[] = [];
  for (let row = box.top; row < box.top + box.rows; row++) {
    const line = read.formats[row];
    for (let col = box.left; col < box.left + box.cols; col++) {
      if (line?.[col] !== "@") continue;
      const w = written.get(`${row}:${col}`);
      const formula = w ? w.formula : read.formulas?.[row]?.[col];
      if (formula) out.push({ row, col, format: w?.numberFormat ?? "General" });
    }
  }
  return out;
}

/** A cell's fill and note as flagging or clearing wants them; a field left out keeps what the cell has. */
export interface CellMarks {
  row: number;
  col: number;
  fill?: string | null;
  note?: string | null;
}

/**
 * Writes fills and notes in one `setBackgrounds` and one `setNotes` over the rectangle read with
 * `readFillsAndNotes`, each only when one of its cells changes. Other cells get back what they had (a white
 * fill as none, see `normalFill`).
 */
export function writeFillsAndNotes(sheet: Sheet, layers: BoxLayers, marks: readonly CellMarks[], calls: Calls): { fills: number; notes: number } {
  const { box } = layers;
  const fills: (string | null)[][] = layers.fills.map((r) => r.map((f) => normalFill(f)));
  const notes: string[][] = layers.notes.map((r) => [...r]);
  let changedFills = 0;
  let changedNotes = 0;
  for (const m of marks) {
    const r = m.row - box.top;
    const c = m.col - box.left;
    if (r < 0 || c < 0 || r >= box.rows || c >= box.cols) continue;
    const fr = fills[r] as (string | null)[];
    const nr = notes[r] as string[];
    if (m.fill !== undefined && fr[c] !== m.fill) {
      fr[c] = m.fill;
      changedFills++;
    }
    const note = m.note === undefined ? undefined : (m.note ?? "");
    if (note !== undefined && nr[c] !== note) {
      nr[c] = note;
      changedNotes++;
    }
  }
  const range = sheet.getRange(box.top + 1, box.left + 1, box.rows, box.cols);
  if (changedFills > 0) calls.onSheet(() => range.setBackgrounds(fills));
  if (changedNotes > 0) calls.onSheet(() => range.setNotes(notes));
  return { fills: changedFills, notes: changedNotes };
}

/** The cells of fill and note writes, for `boxOf`. */
export function cellsOf(fills: readonly FillWrite[], notes: readonly NoteWrite[]): { row: number; col: number }[] {
  return [...fills, ...notes].map((x) => ({ row: x.row, col: x.col }));
}
