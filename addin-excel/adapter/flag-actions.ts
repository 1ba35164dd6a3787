// Tandai and Hapus tanda inside Excel: read what the flagged cells look like, plan with the core, write (flag-write.ts)
// and keep the previous fills and notes in `_renja_flags`; a record whose notes this Excel cannot touch is kept as is.
import type { Finding, Lang } from "../../core/model.js";
import { keptFor, type KeptSheetFlags, type NoteMode } from "../../core/plan/flag-store-format.js";
import { noteText, planFlags } from "../../core/plan/flags.js";
import type { CheckedTable } from "../../core/table.js";
import { flagChanges, type FlagChanges } from "../plan/flag-changes.js";
import type { Capabilities } from "./capabilities.js";
import type { XlContext, XlWorksheet } from "./excel-api.js";
import { readState, withLayers } from "./flag-state.js";
import { queueStoreProbe, readStore, type StoreState } from "./flag-store.js";
import { writeChanges, type WriteOutcome } from "./flag-write.js";
import type { OnProgress } from "./progress.js";
import { queueSheetHead, type SheetSource } from "./read-sheet.js";

/** The sheet is not the one last checked (another sheet is active, or rows or columns were added). */
export class StaleSheetError extends Error {
  constructor(
    readonly was: SheetSource,
    readonly now: SheetSource,
  ) {
    super(`sheet changed: ${was.name} ${was.address} → ${now.name} ${now.address}`);
  }
}

export interface FlagOutcome extends WriteOutcome {
  /** Cells that got a flag fill. */
  filled: number;
  /** Where this sheet's messages are: the mode of its flag record. */
  mode: Capabilities["noteMode"];
  /**
   * Notes of earlier flags this Excel cannot remove (they need ExcelApi 1.18; comments need 1.10): left in the
   * cells and in `_renja_flags`, for an Excel that can, or `renja clear`.
   */
  notesLeft: number;
  /** Messages that went nowhere but the pane, because the sheet's earlier flags are in notes this Excel cannot write. */
  paneOnly: number;
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
  const caps = input.caps;
  const frozen = frozenMessages(kept, caps);
  // The record keeps one mode per sheet: while its notes (or comments) cannot be touched here, they stay its mode.
  const mode = frozen ? frozen.mode : caps.noteMode;
  const dry = planFlags(input.table, input.findings, { lang: input.lang });
  const adding = !frozen && mode !== "column" && dry.notes.length > 0;
  const keptComments = !frozen && kept?.mode === "comment" ? kept.notes : [];
  const reads = await readState(context, sheet, source.name, {
    lookCells: uniqueCells([...dry.fills, ...(kept?.fills ?? [])]),
    noteCells: uniqueCells([...(mode === "note" ? dry.notes : []), ...(kept?.mode === "note" ? kept.notes : [])]),
    notesApi: caps.noteMode === "note",
    comments: caps.noteMode !== "column" && (adding || keptComments.length > 0),
    commentCells: (ids) => adding || keptComments.some((n) => n.commentId === undefined || !ids.has(n.commentId)),
  });
  syncs += reads.syncs;

  const fresh = planFlags(withLayers(input.table, reads, kept), input.findings, { lang: input.lang });
  let columnNotes: { column: number; rows: Map<number, string> } | undefined;
  if (mode === "column") {
    const column = kept?.mode === "column" && kept.column !== null ? kept.column : source.left + source.columns;
    columnNotes = { column, rows: columnTexts(input.findings, input.lang, input.columnHeader) };
  }
  const planned = flagChanges(kept, fresh, mode, columnNotes);
  const changes = frozen ? keepingMessages(planned, frozen) : planned;
  const written = await writeChanges({ context, sheet, source, store, storeWs }, changes, reads, input.onProgress, input.now);
  return { ...written.outcome, filled: fresh.fills.length, mode, notesLeft: 0, paneOnly: frozen ? fresh.notes.length : 0, syncs: syncs + written.syncs };
}

/** Clears the active sheet's flags: every cell gets back the fill and note it had (unless changed by hand since). */
export async function clearActiveSheet(context: XlContext, input: { caps: Capabilities; onProgress?: OnProgress }): Promise<FlagOutcome & { hadFlags: boolean }> {
  let syncs = 1;
  const { sheet, source, storeWs } = await head(context);
  const store = await readStore(context, storeWs);
  if (storeWs) syncs++;
  const kept = keptFor(store.sheets, source.id, source.name);
  const none = { notes: 0, restored: 0, changedByHand: 0, hadComment: 0, hadNote: 0, address: source.address, filled: 0, notesLeft: 0, paneOnly: 0 };
  if (!kept) return { ...none, mode: input.caps.noteMode, syncs, hadFlags: false };
  const frozen = frozenMessages(kept, input.caps);
  const comments = !frozen && kept.mode === "comment";
  const reads = await readState(context, sheet, source.name, {
    lookCells: uniqueCells(kept.fills),
    noteCells: !frozen && kept.mode === "note" ? uniqueCells(kept.notes) : [],
    notesApi: input.caps.noteMode === "note",
    comments,
    commentCells: (ids) => comments && kept.notes.some((n) => n.commentId === undefined || !ids.has(n.commentId)),
  });
  syncs += reads.syncs;
  const planned = flagChanges(kept, null, input.caps.noteMode);
  const changes = frozen ? keepingMessages(planned, frozen) : planned;
  const written = await writeChanges({ context, sheet, source, store, storeWs }, changes, reads, input.onProgress);
  return { ...written.outcome, filled: 0, mode: kept.mode, notesLeft: frozen ? frozen.notes.length : 0, paneOnly: 0, syncs: syncs + written.syncs, hadFlags: true };
}

/** Whether this Excel can write (and so remove) messages of `mode`: notes need ExcelApi 1.18, comments 1.10. */
function canWrite(mode: NoteMode, caps: Capabilities): boolean {
  if (mode === "note") return caps.noteMode === "note";
  if (mode === "comment") return caps.noteMode !== "column";
  return true;
}

/** The kept flags whose messages this Excel cannot touch (a note-mode record on an Excel without notes), or null. */
function frozenMessages(kept: KeptSheetFlags | undefined, caps: Capabilities): KeptSheetFlags | null {
  return kept && kept.notes.length > 0 && !canWrite(kept.mode, caps) ? kept : null;
}

/** `changes` with the kept messages left as they are, in the cells and in the record; fills change as planned. */
function keepingMessages(changes: FlagChanges, kept: KeptSheetFlags): FlagChanges {
  return { fills: changes.fills, notes: [], kept: { mode: kept.mode, column: kept.column, fills: changes.kept?.fills ?? [], notes: kept.notes } };
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

