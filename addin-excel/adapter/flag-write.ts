// Writes what flagging or clearing changes, so that `_renja_flags` stays true whatever Excel refuses: the safe
// writes (fills, restores, deletions, findings column) go first with the record of the intended end state, then
// the calls Excel may refuse (a new note on a cell with a threaded comment, a comment on a cell with a note) — a
// batch is not a transaction — and, for comments, the record again with their ids.
import type { KeptSheetFlags } from "../../core/plan/flag-store-format.js";
import type { FillWrite } from "../../core/plan/patch.js";
import type { FlagChanges, NoteChange } from "../plan/flag-changes.js";
import { cellA1, qualified } from "./address.js";
import { blocksOf, isPayloadError } from "./blocks.js";
import type { XlContext, XlRange, XlWorksheet } from "./excel-api.js";
import type { ReadState } from "./flag-state.js";
import { queueStoreWrite, withSheet, type StoreState } from "./flag-store.js";
import { columnRunOps, fillOps } from "./patch-ops.js";
import type { OnProgress } from "./progress.js";
import { normColour, readCommentCells } from "./read-cells.js";
import type { SheetSource } from "./read-sheet.js";
import { runOps, type WriteOp } from "./write-ops.js";

/** Batches of new comments Excel refused that are looked into (which cell?) before the rest is left to the pane. */
const MAX_REFUSED_BATCHES = 3;

export interface WriteOutcome {
  /** Notes, comments or findings-column cells written. */
  notes: number;
  /** Cells given back their earlier fill or note. */
  restored: number;
  /** Cells left alone because someone changed their fill or note after flagging. */
  changedByHand: number;
  /** Cells that already had someone's comment: no note or comment of ours, the message is in the pane only. */
  hadComment: number;
  /** Cells Excel gave no comment (a cell with a note cannot hold one): the message is in the pane only. */
  hadNote: number;
  /** Used range after writing (our findings column may have widened it). */
  address: string;
}

interface Target {
  context: XlContext;
  sheet: XlWorksheet;
  source: SheetSource;
  store: StoreState;
  storeWs: XlWorksheet | null;
}

interface NewComment {
  row: number;
  col: number;
  text: string;
}

const key = (row: number, col: number) => `${row}:${col}`;

/** Applies `changes` (planned on `reads`) and keeps the record; returns what happened and the syncs it took. */
export async function writeChanges(t: Target, changes: FlagChanges, reads: ReadState, onProgress?: OnProgress, now: () => Date = () => new Date()): Promise<{ outcome: WriteOutcome; syncs: number }> {
  const out: WriteOutcome = { notes: 0, restored: 0, changedByHand: 0, hadComment: 0, hadNote: 0, address: "" };
  const safe: WriteOp[] = fillOps(t.sheet, guardedFills(changes.fills, reads, out));
  const noteAdds: WriteOp[] = [];
  const commentAdds: NewComment[] = [];
  const skipped = new Set<string>();
  const columnCells: { row: number; col: number; content: string }[] = [];
  const deleting = new Set(changes.notes.flatMap((ch) => (ch.mode === "comment" ? [commentOf(ch, reads)].filter((id): id is string => id !== undefined) : [])));
  for (const ch of changes.notes) {
    const k = key(ch.row, ch.col);
    if (ch.mode === "note") {
      const current = reads.notes.get(k);
      const content = current?.content ?? null;
      if (ch.restore && content !== ch.expected) {
        if (content !== null || ch.expected !== null) out.changedByHand++;
        continue;
      }
      const comment = reads.commentCells.get(k);
      if (ch.text !== null && content === null && comment !== undefined && !deleting.has(comment.id)) {
        // Someone's threaded comment is there: Excel refuses a note beside it.
        out.hadComment++;
        skipped.add(k);
        continue;
      }
      if (ch.restore) out.restored++;
      else out.notes++;
      const text = ch.text;
      if (text === null) {
        if (current && content !== null) safe.push(op(ch.row, 0, () => current.note.delete()));
      } else if (current && content !== null) safe.push(op(ch.row, text.length, () => (current.note.content = text)));
      else noteAdds.push(op(ch.row, text.length, () => void t.sheet.notes.add(cellA1(ch.row, ch.col), text)));
    } else if (ch.mode === "comment") {
      const oldId = commentOf(ch, reads);
      const other = reads.commentCells.get(k);
      const blocked = ch.text !== null && other !== undefined && other.id !== oldId;
      if (blocked) {
        out.hadComment++;
        skipped.add(k);
      }
      if (ch.restore) out.restored++;
      if (oldId !== undefined) safe.push(op(ch.row, 0, (ctx) => ctx.workbook.comments.getItem(oldId).delete()));
      if (ch.text !== null && !blocked) commentAdds.push({ row: ch.row, col: ch.col, text: ch.text });
    } else {
      if (ch.restore) out.restored++;
      else out.notes++;
      columnCells.push({ row: ch.row, col: ch.col, content: ch.text ?? "" });
    }
  }
  for (const o of columnRunOps(t.sheet, columnCells)) safe.push(o);

  const keptNow: KeptSheetFlags | null = changes.kept ? { ...changes.kept, sheetId: t.source.id, sheet: t.source.name, at: now().toISOString() } : null;
  if (keptNow) keptNow.notes = keptNow.notes.filter((n) => !skipped.has(key(n.row, n.col)));
  const sheets = () => withSheet(t.store.sheets, t.source.id, t.source.name, keptNow?.fills.length || keptNow?.notes.length ? keptNow : null);

  // 1. Safe writes and the record of the end state, in one go (and further parts of a very large record).
  const used = { range: null as XlRange | null };
  let record = { ws: t.storeWs, rows: t.store.rows, rest: [] as ((ctx: XlContext) => void)[] };
  const finish = (ctx: XlContext) => {
    record = queueStoreWrite(ctx, t.store.rows, t.storeWs, sheets());
    used.range = t.sheet.getUsedRangeOrNullObject(true);
    used.range.load("address");
  };
  let syncs = (await runOps(t.context, safe, { ...(onProgress ? { onProgress } : {}), last: finish, totalRows: t.source.top + t.source.rows, maxRows: Number.POSITIVE_INFINITY })).syncs;
  syncs += await restOf(t.context, record.rest);
  out.address = used.range && !(used.range as XlRange).isNullObject ? (used.range as XlRange).address : "";

  // 2. New notes (cells with a comment were left out above); a refusal leaves the record true: clearing is guarded.
  if (noteAdds.length > 0) syncs += (await runOps(t.context, noteAdds, { maxRows: Number.POSITIVE_INFINITY })).syncs;

  // 3. New comments, then the record again with their ids.
  if (commentAdds.length > 0) {
    const added = await addComments(t.context, t.source.name, commentAdds);
    syncs += added.syncs;
    out.notes += added.ids.size;
    out.hadNote += commentAdds.length - added.ids.size;
    if (keptNow) {
      keptNow.notes = keptNow.notes.flatMap((n) => {
        const id = added.ids.get(key(n.row, n.col));
        return id === undefined ? [] : [{ ...n, commentId: id }];
      });
    }
    const again = queueStoreWrite(t.context, record.rows, record.ws, sheets());
    await t.context.sync();
    syncs += 1 + (await restOf(t.context, again.rest));
  }
  return { outcome: out, syncs };
}

/** Fills to write: new flags, and restores where the cell still shows our flag (the others were changed by hand). */
function guardedFills(fills: FlagChanges["fills"], reads: ReadState, out: WriteOutcome): FillWrite[] {
  const keep: FillWrite[] = [];
  for (const f of fills) {
    if (f.restore) {
      const look = reads.looks.get(key(f.row, f.col));
      if (look && normColour(look.fill) !== normColour(f.previousFill)) {
        out.changedByHand++;
        continue;
      }
      out.restored++;
    }
    keep.push(f);
  }
  return keep;
}

/**
 * The comment of ours a change replaces: by its kept id, or — a record written before the ids were known — the
 * comment on that cell that still says what we wrote.
 */
function commentOf(ch: NoteChange, reads: ReadState): string | undefined {
  if (ch.oldCommentId !== undefined && reads.commentIds.has(ch.oldCommentId)) return ch.oldCommentId;
  const there = reads.commentCells.get(key(ch.row, ch.col));
  return there !== undefined && ch.expected !== null && there.content === ch.expected ? there.id : undefined;
}

function op(row: number, textBytes: number, queue: (context: XlContext) => void): WriteOp {
  return { row, bytes: 300 + textBytes, queue };
}

async function restOf(context: XlContext, parts: readonly ((ctx: XlContext) => void)[]): Promise<number> {
  for (const part of parts) {
    part(context);
    await context.sync();
  }
  return parts.length;
}

/**
 * Adds the comments in batches under 5 MB. Excel refuses a comment on a cell with a note, and keeps what the batch
 * did before the refusal: the comments there are then read back, the first one missing is the refused cell, and the
 * rest is tried again — a few times, after which the remaining messages stay in the pane.
 */
async function addComments(context: XlContext, sheetName: string, adds: readonly NewComment[]): Promise<{ ids: Map<string, string>; syncs: number }> {
  const ids = new Map<string, string>();
  let pending = [...adds].sort((a, b) => a.row - b.row || a.col - b.col);
  let syncs = 0;
  let refusals = 0;
  while (pending.length > 0) {
    const group = blocksOf(pending, (a) => a.row, (a) => 300 + a.text.length, Number.POSITIVE_INFINITY)[0] ?? [];
    const made = group.map((a) => {
      const c = context.workbook.comments.add(qualified(sheetName, cellA1(a.row, a.col)), a.text);
      c.load("id");
      return { a, c };
    });
    try {
      syncs++;
      await context.sync();
      for (const { a, c } of made) ids.set(key(a.row, a.col), c.id);
      pending = pending.slice(group.length);
      continue;
    } catch (e) {
      if (isPayloadError(e)) throw e;
      const back = await readCommentCells(context, sheetName);
      syncs += back.syncs;
      let refused = -1;
      group.forEach((a, i) => {
        const there = back.cells.get(key(a.row, a.col));
        if (there && there.content === a.text) ids.set(key(a.row, a.col), there.id);
        else if (refused < 0) refused = i;
      });
      if (refused < 0) throw e;
      refusals++;
      const untried = group.slice(refused + 1).filter((a) => !ids.has(key(a.row, a.col)));
      pending = refusals >= MAX_REFUSED_BATCHES ? [] : [...untried, ...pending.slice(group.length)];
    }
  }
  return { ids, syncs };
}
