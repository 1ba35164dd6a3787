// Tandai and Hapus tanda inside Excel: read what the flagged cells look like, plan with the core, write in
// blocks, keep the previous fills and notes in `_renja_flags`.
import type { Grid } from "../../core/grid.js";
import type { Finding, Lang } from "../../core/model.js";
import { noteText, planFlags } from "../../core/plan/flags.js";
import type { FillWrite } from "../../core/plan/patch.js";
import type { CheckedTable } from "../../core/table.js";
import { flagChanges, type NoteChange } from "../plan/flag-changes.js";
import { cellA1, qualified } from "./address.js";
import type { Capabilities } from "./capabilities.js";
import type { XlComment, XlContext, XlWorksheet } from "./excel-api.js";
import { keptFor, type KeptSheetFlags } from "../../core/plan/flag-store-format.js";
import { queueStoreProbe, queueStoreWrite, readStore, withSheet, type StoreState } from "./flag-store.js";
import { fillOps, columnRunOps } from "./patch-ops.js";
import type { OnProgress } from "./progress.js";
import { cellLookOps, noteReadOps, normColour, queueCommentCells, queueCommentIds, type CellLook } from "./read-cells.js";
import { queueSheetHead, type SheetSource } from "./read-sheet.js";
import { runOps, type WriteOp } from "./write-ops.js";

/** The sheet is not the one last checked (another sheet is active, or rows or columns were added). */
export class StaleSheetError extends Error {
  constructor(
    readonly was: SheetSource,
    readonly now: SheetSource,
  ) {
    super(`sheet changed: ${was.name} ${was.address} → ${now.name} ${now.address}`);
  }
}

export interface FlagOutcome {
  /** Cells that got a flag fill. */
  filled: number;
  /** Notes, comments or findings-column cells written. */
  notes: number;
  /** Cells given back their earlier fill or note. */
  restored: number;
  /** Cells left alone because someone changed their fill or note after flagging. */
  changedByHand: number;
  /** Cells that already had a comment (mode comment): their messages are in the pane only. */
  hadComment: number;
  mode: Capabilities["noteMode"];
  /** Used range after writing (our findings column may have widened it). */
  address: string;
  syncs: number;
}

export interface FlagInput {
  caps: Capabilities;
  /** The sheet as last checked: flags are planned on that reading. */
  expected: SheetSource;
  table: CheckedTable;
  findings: readonly Finding[];
  lang: Lang;
  /** Header of the findings column (mode column) and the 0-based row it goes in. */
  columnHeader: { row: number; text: string };
  onProgress?: OnProgress;
  now?: () => Date;
}

const key = (row: number, col: number) => `${row}:${col}`;

/** Head sync shared by every action: the active sheet, its used range, and whether the store exists. */
async function head(context: XlContext): Promise<{ sheet: XlWorksheet; source: SheetSource; storeWs: XlWorksheet | null }> {
  const collectHead = queueSheetHead(context);
  const probe = queueStoreProbe(context);
  await context.sync();
  return { ...collectHead(), storeWs: probe() };
}

/**
 * The flags kept for the active sheet (one sync, two when the store exists): for the pane to offer *Hapus tanda*.
 * @example const { kept } = await keptFlagsOfActiveSheet(context);
 */
export async function keptFlagsOfActiveSheet(context: XlContext): Promise<{ source: SheetSource; kept: KeptSheetFlags | undefined; store: StoreState }> {
  const h = await head(context);
  const store = await readStore(context, h.storeWs);
  return { source: h.source, kept: keptFor(store.sheets, h.source.id, h.source.name), store };
}

/**
 * Flags the findings on the active sheet (which must be the one checked): fills of the Excel palette, a
 * note (or comment, or findings-column cell) per flagged cell; a flagged sheet is re-flagged in one go.
 */
export async function flagActiveSheet(context: XlContext, input: FlagInput): Promise<FlagOutcome> {
  let syncs = 1;
  const { sheet, source, storeWs } = await head(context);
  if (source.id !== input.expected.id || source.address !== input.expected.address) throw new StaleSheetError(input.expected, source);
  const store = await readStore(context, storeWs);
  if (storeWs) syncs++;
  const kept = keptFor(store.sheets, source.id, source.name);
  const mode = input.caps.noteMode;
  const dry = planFlags(input.table, input.findings, { lang: input.lang });

  const lookCells = uniqueCells([...dry.fills, ...(kept?.fills ?? [])]);
  const noteCells = uniqueCells([...(mode === "note" ? dry.notes : []), ...(kept?.mode === "note" ? kept.notes : [])]);
  const reads = await readState(context, sheet, source.name, lookCells, noteCells, mode === "comment" || kept?.mode === "comment", mode === "comment" && dry.notes.length > 0);
  syncs += reads.syncs;

  const fresh = planFlags(withLayers(input.table, reads.looks, reads.notes, kept), input.findings, { lang: input.lang });
  let columnNotes: { column: number; rows: Map<number, string> } | undefined;
  if (mode === "column") {
    const column = kept?.mode === "column" && kept.column !== null ? kept.column : source.left + source.columns;
    columnNotes = { column, rows: columnTexts(input.findings, input.lang, input.columnHeader) };
  }
  const changes = flagChanges(kept, fresh, mode, columnNotes);
  const written = await writeChanges(context, sheet, source, store, storeWs, changes, reads, input.onProgress, input.now);
  return { ...written.outcome, filled: fresh.fills.length, mode, syncs: syncs + written.syncs };
}

/** Clears the active sheet's flags: every cell gets back the fill and note it had (unless changed by hand since). */
export async function clearActiveSheet(context: XlContext, input: { caps: Capabilities; onProgress?: OnProgress }): Promise<FlagOutcome & { hadFlags: boolean }> {
  let syncs = 1;
  const { sheet, source, storeWs } = await head(context);
  const store = await readStore(context, storeWs);
  if (storeWs) syncs++;
  const kept = keptFor(store.sheets, source.id, source.name);
  if (!kept) return { filled: 0, notes: 0, restored: 0, changedByHand: 0, hadComment: 0, mode: input.caps.noteMode, address: source.address, syncs, hadFlags: false };
  const reads = await readState(context, sheet, source.name, uniqueCells(kept.fills), kept.mode === "note" ? uniqueCells(kept.notes) : [], kept.mode === "comment", false);
  syncs += reads.syncs;
  const changes = flagChanges(kept, null, input.caps.noteMode);
  const written = await writeChanges(context, sheet, source, store, storeWs, changes, reads, input.onProgress);
  return { ...written.outcome, filled: 0, mode: kept.mode, syncs: syncs + written.syncs, hadFlags: true };
}

interface ReadState {
  looks: Map<string, CellLook>;
  notes: Map<string, { note: { content: string; delete(): void }; content: string | null }>;
  /** Ids of the workbook's comments (when comments are involved). */
  commentIds: Set<string>;
  /** Cells of this sheet that hold a comment, with its id (only when comments will be added). */
  commentCells: Map<string, string>;
  syncs: number;
}

async function readState(context: XlContext, sheet: XlWorksheet, sheetName: string, lookCells: { row: number; col: number }[], noteCells: { row: number; col: number }[], comments: boolean, commentCells: boolean): Promise<ReadState> {
  const looks = cellLookOps(sheet, lookCells);
  const notes = noteReadOps(sheet, noteCells);
  const ids = comments ? queueCommentIds(context) : null;
  const ops: WriteOp[] = [...looks.ops, ...notes.ops];
  // Sparse reads: as many as fit in one request, wherever they are on the sheet.
  let syncs = (await runOps(context, ops, { maxRows: Number.POSITIVE_INFINITY, ...(ids ? { last: () => undefined } : {}) })).syncs;
  const items: XlComment[] = ids ? ids() : [];
  let cells = new Map<string, string>();
  if (commentCells && items.length > 0) {
    const collect = queueCommentCells(items, sheetName);
    await context.sync();
    syncs++;
    cells = collect();
  }
  return { looks: looks.collect(), notes: notes.collect(), commentIds: new Set(items.map((c) => c.id)), commentCells: cells, syncs };
}

/** The checked table with the cells' current fills, font colours and notes as grid layers (kept flags: their originals). */
function withLayers(table: CheckedTable, looks: Map<string, CellLook>, notes: ReadState["notes"], kept: KeptSheetFlags | undefined): CheckedTable {
  const fills: (string | null)[][] = [];
  const fontColors: (string | null)[][] = [];
  const noteLayer: (string | null)[][] = [];
  const put = (layer: (string | null)[][], row: number, col: number, v: string | null) => ((layer[row] ??= [])[col] = v);
  for (const [k, look] of looks) {
    const [row, col] = k.split(":").map(Number) as [number, number];
    put(fills, row, col, look.fill);
    put(fontColors, row, col, look.font);
  }
  for (const [k, n] of notes) {
    const [row, col] = k.split(":").map(Number) as [number, number];
    put(noteLayer, row, col, n.content);
  }
  for (const f of kept?.fills ?? []) {
    put(fills, f.row, f.col, f.previousFill);
    put(fontColors, f.row, f.col, f.previousFont);
  }
  if (kept?.mode === "note") for (const n of kept.notes) put(noteLayer, n.row, n.col, n.previous);
  const grid: Grid = { ...table.grid, fills, fontColors, notes: noteLayer };
  return { ...table, grid };
}

/** Findings-column text per 0-based row: the header, then the messages of each flagged row. */
function columnTexts(findings: readonly Finding[], lang: Lang, header: { row: number; text: string }): Map<number, string> {
  const byRow = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.rule === "header-not-found") continue;
    const list = byRow.get(f.row - 1);
    if (list) list.push(f);
    else byRow.set(f.row - 1, [f]);
  }
  const out = new Map<number, string>();
  if (byRow.size > 0) out.set(header.row, header.text);
  // noteText's first line is the checker's name, which the column header already says.
  for (const [row, list] of byRow) out.set(row, noteText(list, lang, null).split("\n").slice(1).join("\n"));
  return out;
}

function uniqueCells(cells: readonly { row: number; col: number }[]): { row: number; col: number }[] {
  const seen = new Map<string, { row: number; col: number }>();
  for (const c of cells) seen.set(key(c.row, c.col), { row: c.row, col: c.col });
  return [...seen.values()];
}

async function writeChanges(
  context: XlContext,
  sheet: XlWorksheet,
  source: SheetSource,
  store: StoreState,
  storeWs: XlWorksheet | null,
  changes: ReturnType<typeof flagChanges>,
  reads: ReadState,
  onProgress?: OnProgress,
  now: () => Date = () => new Date(),
): Promise<{ outcome: Omit<FlagOutcome, "filled" | "mode" | "syncs">; syncs: number }> {
  let changedByHand = 0;
  let restored = 0;
  let hadComment = 0;
  let notesWritten = 0;
  const fills: FillWrite[] = [];
  for (const f of changes.fills) {
    if (f.restore) {
      const now = reads.looks.get(key(f.row, f.col));
      if (now && normColour(now.fill) !== normColour(f.previousFill)) {
        changedByHand++;
        continue;
      }
      restored++;
    }
    fills.push(f);
  }
  const ops: WriteOp[] = fillOps(sheet, fills);
  const columnCells: { row: number; col: number; content: string }[] = [];
  const added: { change: NoteChange; comment: XlComment | null }[] = [];
  for (const ch of changes.notes) {
    const k = key(ch.row, ch.col);
    if (ch.mode === "note") {
      const now = reads.notes.get(k);
      const current = now?.content ?? null;
      if (ch.restore && current !== ch.expected) {
        if (current !== null || ch.expected !== null) changedByHand++;
        continue;
      }
      if (ch.restore) restored++;
      else notesWritten++;
      ops.push({
        row: ch.row,
        bytes: 300 + (ch.text?.length ?? 0),
        queue: () => {
          if (ch.text === null) {
            if (now && current !== null) now.note.delete();
          } else if (now && current !== null) now.note.content = ch.text;
          else sheet.notes.add(cellA1(ch.row, ch.col), ch.text);
        },
      });
    } else if (ch.mode === "comment") {
      const oldId = ch.oldCommentId !== undefined && reads.commentIds.has(ch.oldCommentId) ? ch.oldCommentId : undefined;
      const other = reads.commentCells.get(k);
      const blocked = ch.text !== null && other !== undefined && other !== oldId;
      if (blocked) hadComment++;
      if (ch.restore) restored++;
      else if (!blocked) notesWritten++;
      const entry: (typeof added)[number] = { change: ch, comment: null };
      if (ch.text !== null && !blocked) added.push(entry);
      ops.push({
        row: ch.row,
        bytes: 300 + (ch.text?.length ?? 0),
        queue: (ctx) => {
          if (oldId !== undefined) ctx.workbook.comments.getItem(oldId).delete();
          if (ch.text !== null && !blocked) {
            entry.comment = ctx.workbook.comments.add(qualified(source.name, cellA1(ch.row, ch.col)), ch.text);
            entry.comment.load("id");
          }
        },
      });
    } else {
      if (ch.restore) restored++;
      else notesWritten++;
      columnCells.push({ row: ch.row, col: ch.col, content: ch.text ?? "" });
    }
  }
  for (const op of columnRunOps(sheet, columnCells)) ops.push(op);

  const keptNow: KeptSheetFlags | null = changes.kept ? { ...changes.kept, sheetId: source.id, sheet: source.name, at: now().toISOString() } : null;
  const used = { range: null as ReturnType<XlWorksheet["getUsedRangeOrNullObject"]> | null };
  let storeRest: ((ctx: XlContext) => void)[] = [];
  const finish = (ctx: XlContext, withStore: boolean) => {
    if (withStore) storeRest = queueStoreWrite(ctx, store, storeWs, withSheet(store.sheets, source.id, source.name, keptNow));
    used.range = sheet.getUsedRangeOrNullObject(true);
    used.range.load("address");
  };
  const needIds = added.length > 0;
  const run = await runOps(context, ops, { onProgress, last: (ctx) => finish(ctx, !needIds), totalRows: source.top + source.rows, maxRows: Number.POSITIVE_INFINITY });
  let syncs = run.syncs;
  if (needIds) {
    if (keptNow) {
      const ids = new Map(added.map((a) => [key(a.change.row, a.change.col), a.comment?.id]));
      keptNow.notes = keptNow.notes.flatMap((n) => {
        const id = ids.get(key(n.row, n.col));
        return id === undefined ? [] : [{ ...n, commentId: id }];
      });
    }
    finish(context, true);
    await context.sync();
    syncs++;
  }
  // A store larger than one request (tens of thousands of flagged cells) is written in further parts.
  for (const part of storeRest) {
    part(context);
    await context.sync();
    syncs++;
  }
  const address = used.range && !used.range.isNullObject ? used.range.address : "";
  return { outcome: { notes: notesWritten, restored, changedByHand, hadComment, address }, syncs };
}
