// What flagging and clearing read before writing: the cells' fills and font colours, their notes (ExcelApi 1.18
// only), the workbook's comments and where they sit (1.10); and the checked table with those as grid layers.
import type { Grid } from "../../core/grid.js";
import type { KeptSheetFlags } from "../../core/plan/flag-store-format.js";
import type { CheckedTable } from "../../core/table.js";
import type { XlComment, XlContext, XlWorksheet } from "./excel-api.js";
import { cellLookOps, noteReadOps, queueCommentCells, queueComments, type CellComment, type CellLook } from "./read-cells.js";
import { runOps, type WriteOp } from "./write-ops.js";

export interface ReadState {
  looks: Map<string, CellLook>;
  notes: Map<string, { note: { content: string; delete(): void }; content: string | null }>;
  /** Ids of the workbook's comments (when comments are involved). */
  commentIds: Set<string>;
  /** Cells of this sheet that hold a comment, with its id and text (when `commentCells` asked for them). */
  commentCells: Map<string, CellComment>;
  syncs: number;
}

export interface StateWanted {
  lookCells: readonly { row: number; col: number }[];
  /** Cells whose notes to read; left unread without the notes API. */
  noteCells: readonly { row: number; col: number }[];
  notesApi: boolean;
  /** Load the workbook's comments (ExcelApi 1.10). */
  comments: boolean;
  /** Given the comment ids, whether to learn where they sit too (one more sync, only when there are comments). */
  commentCells: (ids: ReadonlySet<string>) => boolean;
}

/** Reads what `want` names: one sync for the cells (more for very many), one more for comment locations. */
export async function readState(context: XlContext, sheet: XlWorksheet, sheetName: string, want: StateWanted): Promise<ReadState> {
  const looks = cellLookOps(sheet, want.lookCells);
  const notes = noteReadOps(sheet, want.noteCells, want.notesApi);
  const items = want.comments ? queueComments(context) : null;
  const ops: WriteOp[] = [...looks.ops, ...notes.ops];
  // Sparse reads: as many as fit in one request, wherever they are on the sheet.
  let syncs = (await runOps(context, ops, { maxRows: Number.POSITIVE_INFINITY, ...(items ? { last: () => undefined } : {}) })).syncs;
  const comments: XlComment[] = items ? items() : [];
  const commentIds = new Set(comments.map((c) => c.id));
  let cells = new Map<string, CellComment>();
  if (comments.length > 0 && want.commentCells(commentIds)) {
    const collect = queueCommentCells(comments, sheetName);
    await context.sync();
    syncs++;
    cells = collect();
  }
  return { looks: looks.collect(), notes: notes.collect(), commentIds, commentCells: cells, syncs };
}

/** The checked table with the cells' current fills, font colours and notes as grid layers (kept flags: their originals). */
export function withLayers(table: CheckedTable, state: ReadState, kept: KeptSheetFlags | undefined): CheckedTable {
  const fills: (string | null)[][] = [];
  const fontColors: (string | null)[][] = [];
  const noteLayer: (string | null)[][] = [];
  const put = (layer: (string | null)[][], row: number, col: number, v: string | null) => ((layer[row] ??= [])[col] = v);
  const at = (k: string) => k.split(":").map(Number) as [number, number];
  for (const [k, look] of state.looks) {
    const [row, col] = at(k);
    put(fills, row, col, look.fill);
    put(fontColors, row, col, look.font);
  }
  for (const [k, n] of state.notes) {
    const [row, col] = at(k);
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
