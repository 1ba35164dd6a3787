// Reads what flagging needs to know about a set of cells: fill and font colour (per row span, with
// getCellProperties), notes (ExcelApi 1.18) and where the workbook's comments are (1.10).
import { cellA1, parseAreas } from "./address.js";
import type { XlCellProperties, XlClientResult, XlComment, XlContext, XlNote, XlRange, XlWorksheet } from "./excel-api.js";
import type { WriteOp } from "./write-ops.js";

export interface CellLook {
  /** `#RRGGBB`, null for no fill. */
  fill: string | null;
  font: string | null;
}

const key = (row: number, col: number) => `${row}:${col}`;

/** Response bytes of one cell's properties (`{"format":{"fill":{"color":"#FFFFFF","pattern":"None"},"font":{"color":"#000000"}}}`). */
const PROPS_BYTES = 90;

/**
 * Read operations for the fill and font colour of `cells`: one getCellProperties per row span (the
 * columns from the first to the last cell asked for on that row). Run them with `runOps`, then `collect()`.
 */
export function cellLookOps(sheet: XlWorksheet, cells: readonly { row: number; col: number }[]): { ops: WriteOp[]; collect: () => Map<string, CellLook> } {
  const byRow = new Map<number, { min: number; max: number }>();
  for (const c of cells) {
    const s = byRow.get(c.row);
    if (s) {
      s.min = Math.min(s.min, c.col);
      s.max = Math.max(s.max, c.col);
    } else byRow.set(c.row, { min: c.col, max: c.col });
  }
  const pending: { row: number; min: number; result: XlClientResult<XlCellProperties[][]> | null }[] = [];
  const ops: WriteOp[] = [];
  for (const [row, span] of byRow) {
    const entry: (typeof pending)[number] = { row, min: span.min, result: null };
    pending.push(entry);
    ops.push({
      row,
      bytes: 200 + (span.max - span.min + 1) * PROPS_BYTES,
      queue: () => {
        const range: XlRange = sheet.getRangeByIndexes(row, span.min, 1, span.max - span.min + 1);
        entry.result = range.getCellProperties({ format: { fill: { color: true, pattern: true }, font: { color: true } } });
      },
    });
  }
  const collect = () => {
    const out = new Map<string, CellLook>();
    for (const p of pending) {
      const props = p.result?.value[0] ?? [];
      props.forEach((cp, i) => out.set(key(p.row, p.min + i), lookOf(cp)));
    }
    return out;
  };
  return { ops, collect };
}

function lookOf(cp: XlCellProperties): CellLook {
  const fill = cp.format?.fill;
  const noFill = !fill || fill.pattern === "None" || fill.color === undefined;
  return { fill: noFill ? null : normColour(fill.color ?? null), font: normColour(cp.format?.font?.color ?? null) };
}

/** `#rrggbb` → `#RRGGBB`; anything else (named colours) as given. */
export function normColour(c: string | null): string | null {
  if (c === null || c === "") return null;
  return /^#[0-9a-f]{6}$/i.test(c) ? c.toUpperCase() : c;
}

/**
 * Read operations for the notes on `cells`: content, or null where the cell has none. Notes need ExcelApi 1.18:
 * without it (`notesApi` false) there are no operations and nothing is known about notes.
 */
export function noteReadOps(sheet: XlWorksheet, cells: readonly { row: number; col: number }[], notesApi: boolean): { ops: WriteOp[]; collect: () => Map<string, { note: XlNote; content: string | null }> } {
  const pending: { k: string; note: XlNote | null }[] = [];
  const ops: WriteOp[] = (notesApi ? cells : []).map((c) => {
    const entry: (typeof pending)[number] = { k: key(c.row, c.col), note: null };
    pending.push(entry);
    return {
      row: c.row,
      bytes: 300,
      queue: () => {
        entry.note = sheet.notes.getItemOrNullObject(cellA1(c.row, c.col));
        entry.note.load("content");
      },
    };
  });
  const collect = () => {
    const out = new Map<string, { note: XlNote; content: string | null }>();
    for (const p of pending) if (p.note) out.set(p.k, { note: p.note, content: p.note.isNullObject ? null : p.note.content });
    return out;
  };
  return { ops, collect };
}

/** Queues the load of the workbook's comments (ids and texts, ExcelApi 1.10); `collect()` after the sync. */
export function queueComments(context: XlContext): () => XlComment[] {
  const comments = context.workbook.comments;
  comments.load("items/id,items/content");
  return () => comments.items;
}

/** A comment on a cell of the sheet: its id and text. */
export interface CellComment {
  id: string;
  content: string;
}

/**
 * Queues the location of each comment; after the sync, `collect()` gives the cells on `sheetName` that
 * hold a comment (0-based keys `row:col`) with the comment's id and text.
 */
export function queueCommentCells(comments: readonly XlComment[], sheetName: string): () => Map<string, CellComment> {
  const ranges = comments.map((c) => {
    const r = c.getLocation();
    r.load("address");
    return { c, r };
  });
  return () => {
    const out = new Map<string, CellComment>();
    for (const { c, r } of ranges) {
      const bang = r.address.lastIndexOf("!");
      const sheet = bang >= 0 ? r.address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : sheetName;
      if (sheet !== sheetName) continue;
      for (const a of parseAreas(r.address)) out.set(key(a.top, a.left), { id: c.id, content: c.content });
    }
    return out;
  };
}

/**
 * The comments on `sheetName`'s cells, read now: two syncs (one when the workbook has none). After a failed batch
 * this tells which of the comments it was adding are there.
 */
export async function readCommentCells(context: XlContext, sheetName: string): Promise<{ cells: Map<string, CellComment>; syncs: number }> {
  const items = queueComments(context);
  await context.sync();
  const list = items();
  if (list.length === 0) return { cells: new Map(), syncs: 1 };
  const collect = queueCommentCells(list, sheetName);
  await context.sync();
  return { cells: collect(), syncs: 2 };
}
