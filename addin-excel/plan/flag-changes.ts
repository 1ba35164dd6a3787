// What flagging and clearing change per cell, from the core's flag patch and the flags kept in the workbook:
// re-flagging a flagged sheet restores the cells no longer flagged and keeps the original fills of the others.
import { planClear } from "../../core/plan/clear.js";
import type { FillWrite, NoteWrite, Patch } from "../../core/plan/patch.js";
import type { NoteMode } from "../adapter/capabilities.js";
import type { KeptSheetFlags } from "../../core/plan/flag-store-format.js";

/** One change of a message cell (note, comment or findings-column cell). */
export interface NoteChange {
  row: number;
  col: number;
  mode: NoteMode;
  /** The note the cell should end with; null removes ours. */
  text: string | null;
  /** What we believe is there now (our earlier text): a restore only happens when the cell still shows it. */
  expected: string | null;
  /** The comment we added earlier, to delete (mode `comment`). */
  oldCommentId?: string;
  /** Restores are guarded by `expected`; new flags are not. */
  restore: boolean;
}

export interface FlagChanges {
  /** Fills to apply: new flags, and restores (guarded: only where the cell still has our fill). */
  fills: (FillWrite & { restore: boolean })[];
  notes: NoteChange[];
  /** The flags to keep after applying (null: nothing flagged any more). */
  kept: Omit<KeptSheetFlags, "sheetId" | "sheet" | "at"> | null;
}

const key = (row: number, col: number) => `${row}:${col}`;

/**
 * The changes that take the sheet from `kept` (null: not flagged) to the flags of `fresh` (null: clear).
 * `fresh` must have been planned with the kept cells' previous fills and notes as the grid's layers, so that its
 * `previous*` values are the originals, not our own flag colours.
 * `columnNotes` gives the findings-column text per row for mode `column`.
 * @example flagChanges(kept, null, "note") // everything restored, kept null
 */
export function flagChanges(kept: KeptSheetFlags | null | undefined, fresh: Patch | null, mode: NoteMode, columnNotes?: { column: number; rows: Map<number, string> }): FlagChanges {
  const fills: FlagChanges["fills"] = [];
  const freshFills = new Set((fresh?.fills ?? []).map((f) => key(f.row, f.col)));
  // Kept cells no longer flagged get the core's undo (planClear); the others are simply flagged again.
  const undo = planClear({ sheet: fresh?.sheet ?? kept?.sheet ?? "", fills: (kept?.fills ?? []).filter((f) => !freshFills.has(key(f.row, f.col))), notes: [] });
  for (const f of undo.fills) fills.push({ ...f, restore: true });
  for (const f of fresh?.fills ?? []) fills.push({ ...f, restore: false });

  const notes: NoteChange[] = [];
  const next: (NoteWrite & { commentId?: string })[] = [];
  const freshNotes: NoteWrite[] =
    mode === "column" && columnNotes
      ? [...columnNotes.rows].map(([row, text]) => ({ row, col: columnNotes.column, note: text, previous: null }))
      : fresh && mode !== "column"
        ? fresh.notes
        : [];
  const sameMode = kept?.mode === mode;
  const freshByCell = new Map(freshNotes.map((n) => [key(n.row, n.col), n]));
  const keptByCell = new Map((kept?.notes ?? []).map((n) => [key(n.row, n.col), n]));
  const restoring = (kept?.notes ?? []).filter((k) => !(sameMode && freshByCell.has(key(k.row, k.col))));
  const undoNotes = planClear({ sheet: kept?.sheet ?? "", fills: [], notes: restoring }).notes;
  undoNotes.forEach((u, i) => {
    // planClear: `note` is what the cell gets back, `previous` what we wrote (the guard).
    const change: NoteChange = { row: u.row, col: u.col, mode: kept?.mode ?? mode, text: u.note, expected: u.previous, restore: true };
    const id = restoring[i]?.commentId;
    if (id !== undefined) change.oldCommentId = id;
    notes.push(change);
  });
  for (const n of freshNotes) {
    const old = sameMode ? keptByCell.get(key(n.row, n.col)) : undefined;
    const change: NoteChange = { row: n.row, col: n.col, mode, text: n.note, expected: old?.note ?? null, restore: false };
    if (old?.commentId !== undefined) change.oldCommentId = old.commentId;
    notes.push(change);
    next.push({ row: n.row, col: n.col, note: n.note, previous: n.previous });
  }
  const keptFills = fresh?.fills ?? [];
  const flagged = keptFills.length > 0 || next.length > 0;
  return {
    fills,
    notes,
    kept: flagged ? { mode, column: mode === "column" ? (columnNotes?.column ?? null) : null, fills: [...keptFills], notes: next } : null,
  };
}
