// Applies a core Patch to an exceljs worksheet: formulas with their results, values, number formats, flag fills and notes.
import type ExcelJS from "exceljs";
import type { CellWrite, Patch } from "../core/plan/patch.js";

/** The exact style parts and note a flag replaced on one cell, kept in the workbook so that clear restores them. */
export interface KeptCell {
  sheet: string;
  /** A1 address. */
  address: string;
  /** The exceljs fill, font and note before flagging; absent = there was none. */
  fill?: ExcelJS.Fill;
  font?: Partial<ExcelJS.Font>;
  note?: string | ExcelJS.Comment;
  /** What we set, so that clear leaves alone what the user changed since. */
  ourFill?: string;
  ourNote?: string;
  /** The cell format index (`s`) before flagging, so that clear puts the exact style back (the .xlsx writer's). */
  xf?: number;
  /** That cell format's XML: `xf` is only trusted while the format at that index is still this one. */
  xfXml?: string;
  /** The cell format index flagging set; `xf` is only used while the cell still has it. */
  ourXf?: number;
  /** The `<comment>` element the cell had before flagging, put back verbatim by clear (the .xlsx writer's). */
  noteXml?: string;
}

/**
 * Writes the cell writes of a patch. A formula gets its current result as the cached value (readers that do
 * not recalculate, such as `renja check`, see the right number; Excel recalculates on open). Style objects are
 * shared between cells in exceljs, so every change clones the style first.
 * @example applyWrites(ws, planAutoTotal(table).writes)
 */
export function applyWrites(ws: ExcelJS.Worksheet, writes: readonly CellWrite[]): void {
  unshareFormulas(ws, writes);
  for (const w of writes) {
    const cell = ws.getCell(w.row + 1, w.col + 1);
    if (w.formula !== undefined) {
      const formula = w.formula.replace(/^=/, "");
      cell.value = (w.result === undefined || w.result === null ? { formula } : { formula, result: w.result }) as ExcelJS.CellFormulaValue;
    } else cell.value = w.value ?? null;
    if (w.numberFormat && (cell.numFmt === undefined || cell.numFmt === "General")) cell.style = { ...cell.style, numFmt: w.numberFormat };
  }
}

/**
 * A cell written by the patch may be the master of a shared formula: its clones get their own formula first,
 * or they would follow the master's new one.
 */
function unshareFormulas(ws: ExcelJS.Worksheet, writes: readonly CellWrite[]): void {
  const written = new Set(writes.map((w) => ws.getCell(w.row + 1, w.col + 1).address));
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as { sharedFormula?: string; result?: ExcelJS.CellValue } | null;
      if (v && typeof v === "object" && typeof v.sharedFormula === "string" && written.has(v.sharedFormula) && !written.has(cell.address)) {
        const formula = cell.formula;
        cell.value = (v.result === undefined ? { formula } : { formula, result: v.result }) as ExcelJS.CellFormulaValue;
      }
    });
  });
}

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/**
 * Sets the fills, font colours and notes of a flag patch and returns what each changed cell had before.
 * @example const kept = applyFlags(ws, planFlags(table, report.issues));
 */
export function applyFlags(ws: ExcelJS.Worksheet, patch: Patch): KeptCell[] {
  const kept = new Map<string, KeptCell>();
  const keep = (cell: ExcelJS.Cell): KeptCell => {
    let k = kept.get(cell.address);
    if (!k) {
      k = { sheet: ws.name, address: cell.address };
      if (cell.style.fill) k.fill = structuredClone(cell.style.fill);
      if (cell.style.font) k.font = structuredClone(cell.style.font);
      if (cell.note !== undefined) k.note = structuredClone(cell.note);
      kept.set(cell.address, k);
    }
    return k;
  };
  for (const f of patch.fills) {
    const cell = ws.getCell(f.row + 1, f.col + 1);
    const k = keep(cell);
    const style: Partial<ExcelJS.Style> = { ...cell.style };
    if (f.fill === null) delete style.fill;
    else {
      style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
      k.ourFill = f.fill;
    }
    if (f.font !== null) style.font = { ...(cell.style.font ?? {}), color: { argb: argb(f.font) } };
    cell.style = style;
  }
  for (const n of patch.notes) {
    const cell = ws.getCell(n.row + 1, n.col + 1);
    const k = keep(cell);
    if (n.note === null) removeNote(cell);
    else {
      cell.note = n.note;
      k.ourNote = n.note;
    }
  }
  return [...kept.values()];
}

/**
 * Puts back what flagging replaced: fill, font and note, exactly as exceljs read them. A cell whose fill or note
 * the user changed since flagging keeps the user's change.
 * @example restoreFlags(ws, kept.filter((k) => k.sheet === ws.name))
 */
export function restoreFlags(ws: ExcelJS.Worksheet, kept: readonly KeptCell[]): void {
  for (const k of kept) {
    const cell = ws.getCell(k.address);
    const style: Partial<ExcelJS.Style> = { ...cell.style };
    // Only cells we coloured, and only while they still show our colour.
    if (k.ourFill !== undefined && fillHex(cell.style.fill) === k.ourFill) {
      if (k.fill) style.fill = k.fill;
      else delete style.fill;
      if (k.font) style.font = k.font;
      else delete style.font;
    }
    cell.style = style;
    if (k.ourNote !== undefined && noteString(cell.note) !== k.ourNote) continue;
    if (k.note !== undefined) cell.note = k.note;
    else removeNote(cell);
  }
}

function fillHex(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== "pattern" || !fill.fgColor?.argb) return null;
  return `#${fill.fgColor.argb.slice(-6).toUpperCase()}`;
}

function noteString(note: string | ExcelJS.Comment | undefined): string | null {
  if (note === undefined) return null;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/**
 * exceljs has no API to remove a note (`cell.note = undefined` writes an empty one), and a loaded empty cell
 * also keeps the note in its value model: both go.
 */
function removeNote(cell: ExcelJS.Cell): void {
  const inner = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  inner._comment = undefined;
  if (inner._value?.model) delete inner._value.model.comment;
}
