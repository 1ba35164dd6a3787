// Tandai / Hapus tanda: flag the findings with fills and notes (core's planFlags), and restore what was there
// (core's planClear), keeping the record in `_renja_flags` so that it works in a later session.
import { planClear } from "../../core/plan/clear.js";
import { planFlags } from "../../core/plan/flags.js";
import type { FillWrite, NoteWrite, Patch } from "../../core/plan/patch.js";
import type { ClearResult, FlagResult, Settings } from "../shared/api.js";
import { Calls } from "./calls.js";
import { activeSheet, checkSheetOf } from "./check-sheet.js";
import { keptFlagsOf, readFlagStore, sheetKey, storeTargets, writeFlagStore, type KeptSheetFlags } from "./flag-store.js";
import { assertWritable } from "./protection.js";
import { stopAfterCheck } from "./staging.js";
import { marksAt, readFillsAndNotes, type BoxLayers, type MutableGrid } from "./sheet-read.js";
import { boxOf, cellsOf, writeFillsAndNotes, type CellMarks } from "./sheet-write.js";
import { serverWords } from "./words.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Flags the active sheet's findings: palette fills (row-wide for row-level findings), one note per flagged cell
 * with the cell's earlier note kept below ours. Flags of an earlier run are replaced: cells that no longer have
 * a finding get back what they had. Font colours are left alone on Sheets (fills and notes carry the flag).
 * On a large sheet whose reads went past what the cache saves, so that flagging would go over 6 batch calls, it
 * stops after the check (stage "checked", see staging.ts); `afterCheck` is the call that continues it.
 */
export function flagActiveSheet(settings: Settings, afterCheck = false): FlagResult {
  const calls = new Calls();
  const ss = SpreadsheetApp.getActive();
  const sheet = activeSheet(settings);
  // Right after Periksa on unchanged values, its number formats, merges and broken formulas are reused: values are the only read.
  const { read, check } = checkSheetOf(sheet, settings, calls, { reuse: "formats-and-merges" });
  const store = readFlagStore(ss, calls);
  const result = { report: check.report, filled: 0, notes: 0, restored: 0 };
  const before = onSheet(keptFlagsOf(store, sheet), sheet);
  const options = { lang: settings.lang, predikatColours: settings.predikatColours };
  const table = check.table;
  // A first plan without layers says which cells flagging touches; their fills and notes are then read once.
  const sketch = table ? planFlags(table, check.report.issues, options) : null;
  const box = boxOf([...(sketch ? cellsOf(sketch.fills, sketch.notes) : []), ...(before ? cellsOf(before.fills, before.notes) : [])]);
  // Still to come: fills and notes read and written, and the record written (only the record without a box).
  const rest = box ? 5 : before ? 1 : 0;
  if (stopAfterCheck({ ss, sheet, cells: read.rows * read.cols, calls, rest, usesFlagStore: true, afterCheck })) {
    return { ...result, stage: "checked", calls: calls.count() };
  }
  // A protected cell in the rectangle, or on the record's sheet, would refuse a write half-way: none is made.
  if (box || before) assertWritable([{ sheet, box }, ...storeTargets(ss)], serverWords(settings.lang));
  if (!box) {
    if (before) writeFlagStore(ss, store, sheet, null, calls);
    return { ...result, stage: "done", calls: calls.count() };
  }
  const layers = readFillsAndNotes(sheet, box, calls);
  // What each cell had before any flagging: the kept "previous" where the cell still shows our flag.
  const undo = before ? undoMarks(before, layers) : { marks: [], restored: 0, kept: 0 };
  let patch: Patch | null = null;
  if (table) {
    setOriginalLayers(read.grid, layers, undo.marks);
    patch = planFlags(table, check.report.issues, options);
  }
  const flagged = new Set(patch ? cellsOf(patch.fills, patch.notes).map((c) => `${c.row}:${c.col}`) : []);
  const restored = undo.marks.filter((m) => !flagged.has(`${m.row}:${m.col}`));
  const marks: CellMarks[] = [...restored];
  for (const f of patch?.fills ?? []) marks.push({ row: f.row, col: f.col, fill: f.fill });
  for (const n of patch?.notes ?? []) marks.push({ row: n.row, col: n.col, note: n.note });
  writeFillsAndNotes(sheet, layers, marks, calls);
  const kept = patch ? keepRecord(sheet, patch) : null;
  if (kept || before) writeFlagStore(ss, store, sheet, kept, calls);
  return { ...result, stage: "done", filled: patch?.fills.length ?? 0, notes: patch?.notes.length ?? 0, restored: restored.length, calls: calls.count() };
}

/**
 * Clears the active sheet's flags: each kept cell gets back its earlier fill and note, unless the user changed
 * it since (then the user's change stays). The sheet's record is removed from `_renja_flags`.
 */
export function clearActiveSheet(settings: Settings): ClearResult {
  const calls = new Calls();
  const ss = SpreadsheetApp.getActive();
  const sheet = activeSheet(settings);
  const store = readFlagStore(ss, calls);
  const before = onSheet(keptFlagsOf(store, sheet), sheet);
  const result = { sheet: sheet.getName(), restored: 0, keptUserChanges: 0, damaged: store.damaged };
  if (!before) return { ...result, calls: calls.count() };
  const box = boxOf(cellsOf(before.fills, before.notes));
  assertWritable([{ sheet, box }, ...storeTargets(ss)], serverWords(settings.lang));
  if (box) {
    const layers = readFillsAndNotes(sheet, box, calls);
    const undo = undoMarks(before, layers);
    writeFillsAndNotes(sheet, layers, undo.marks, calls);
    result.restored = undo.restored;
    result.keptUserChanges = undo.kept;
  }
  writeFlagStore(ss, store, sheet, null, calls);
  return { ...result, calls: calls.count() };
}

/** The kept flags that still fall on the sheet (rows or columns may have been deleted since). */
function onSheet(kept: KeptSheetFlags | undefined, sheet: Sheet): KeptSheetFlags | undefined {
  if (!kept) return undefined;
  const rows = sheet.getMaxRows();
  const cols = sheet.getMaxColumns();
  const inside = (c: { row: number; col: number }) => c.row < rows && c.col < cols;
  return { ...kept, fills: kept.fills.filter(inside), notes: kept.notes.filter(inside) };
}

/** The grid's fill and note layers as they were before any flagging, for planFlags to record as "previous". */
function setOriginalLayers(grid: MutableGrid, layers: BoxLayers, undo: readonly CellMarks[]): void {
  const { box } = layers;
  const fills: (string | null)[][] = [];
  const notes: (string | null)[][] = [];
  for (let r = 0; r < box.rows; r++) {
    const fr: (string | null)[] = (fills[box.top + r] = []);
    const nr: (string | null)[] = (notes[box.top + r] = []);
    for (let c = 0; c < box.cols; c++) {
      const now = marksAt(layers, box.top + r, box.left + c);
      fr[box.left + c] = now.fill;
      nr[box.left + c] = now.note;
    }
  }
  for (const m of undo) {
    if (m.fill !== undefined) (fills[m.row] as (string | null)[])[m.col] = m.fill;
    if (m.note !== undefined) (notes[m.row] as (string | null)[])[m.col] = m.note;
  }
  grid.fills = fills;
  grid.notes = notes;
}

/** What `_renja_flags` keeps of a flag patch; null when it flags nothing. Fonts are not written on Sheets. */
function keepRecord(sheet: Sheet, patch: Patch): KeptSheetFlags | null {
  if (patch.fills.length === 0 && patch.notes.length === 0) return null;
  return {
    sheetId: sheetKey(sheet),
    sheet: sheet.getName(),
    mode: "note",
    column: null,
    at: new Date().toISOString(),
    fills: patch.fills.map((f): FillWrite => ({ row: f.row, col: f.col, fill: f.fill, font: null, previousFill: f.previousFill, previousFont: null })),
    notes: patch.notes.map((n): NoteWrite => ({ row: n.row, col: n.col, note: n.note, previous: n.previous })),
  };
}

/**
 * The marks that undo kept flags (core's planClear), for the cells that still show what flagging wrote;
 * `restored` counts those cells, `kept` the cells where the user changed the fill or the note since (a cell can
 * be in both: its note restored, the user's new fill kept).
 */
function undoMarks(kept: KeptSheetFlags, layers: BoxLayers): { marks: CellMarks[]; restored: number; kept: number } {
  const undo = planClear({ sheet: kept.sheet, fills: kept.fills, notes: kept.notes });
  const byCell = new Map<string, CellMarks>();
  const restored = new Set<string>();
  const changed = new Set<string>();
  const at = (row: number, col: number) => {
    const k = `${row}:${col}`;
    let m = byCell.get(k);
    if (!m) byCell.set(k, (m = { row, col }));
    return { k, m };
  };
  for (const f of undo.fills) {
    const { k, m } = at(f.row, f.col);
    // planClear's `previousFill` is what flagging wrote: the cell must still show it to be ours to restore.
    if (marksAt(layers, f.row, f.col).fill === f.previousFill) {
      m.fill = f.fill;
      restored.add(k);
    } else changed.add(k);
  }
  for (const n of undo.notes) {
    const { k, m } = at(n.row, n.col);
    if (marksAt(layers, n.row, n.col).note === n.previous) {
      m.note = n.note;
      restored.add(k);
    } else changed.add(k);
  }
  return { marks: [...byCell.values()].filter((m) => m.fill !== undefined || m.note !== undefined), restored: restored.size, kept: changed.size };
}
