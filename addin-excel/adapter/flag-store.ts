// Reads and writes the very hidden `_renja_flags` sheet that keeps what flagging changed, in blocks under 5 MB.
import { blocksOf, isPayloadError, jsonBytes } from "./blocks.js";
import type { XlContext, XlRange, XlWorksheet } from "./excel-api.js";
import { decodeStore, encodeStore, STORE_SHEET, type KeptSheetFlags } from "../../core/plan/flag-store-format.js";

export { withSheet } from "../../core/plan/flag-store-format.js";

export interface StoreState {
  /** The store sheet exists. */
  exists: boolean;
  sheets: KeptSheetFlags[];
  /** Rows the store holds now (to clear before writing it again). */
  rows: number;
  /** Lines that could not be read (someone edited the hidden sheet). */
  damaged: number;
}

export const NO_STORE: StoreState = { exists: false, sheets: [], rows: 0, damaged: 0 };

/** Queues the store's existence check; after the sync, `collect()` says whether to read it. */
export function queueStoreProbe(context: XlContext): () => XlWorksheet | null {
  const ws = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
  ws.load("name");
  return () => (ws.isNullObject ? null : ws);
}

/**
 * Queues the read of an existing store's cells (one column of JSON lines); collect after the sync.
 * A store too large for one response is read again in blocks by `readStoreInBlocks`.
 */
export function queueStoreRead(ws: XlWorksheet): () => StoreState {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("values,rowCount");
  return () => {
    if (used.isNullObject) return { exists: true, sheets: [], rows: 0, damaged: 0 };
    const { sheets, damaged } = decodeStore(used.values);
    return { exists: true, sheets, rows: used.rowCount, damaged };
  };
}

/** Reads the store, in blocks when it is too large for one response. */
export async function readStore(context: XlContext, ws: XlWorksheet | null): Promise<StoreState> {
  if (!ws) return NO_STORE;
  const collect = queueStoreRead(ws);
  try {
    await context.sync();
    return collect();
  } catch (e) {
    if (!isPayloadError(e)) throw e;
  }
  return readStoreInBlocks(context, ws);
}

async function readStoreInBlocks(context: XlContext, ws: XlWorksheet): Promise<StoreState> {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowCount");
  await context.sync();
  if (used.isNullObject) return { exists: true, sheets: [], rows: 0, damaged: 0 };
  const values: unknown[][] = [];
  const step = 5000;
  for (let r = 0; r < used.rowCount; r += step) {
    const block = ws.getRangeByIndexes(r, 0, Math.min(step, used.rowCount - r), 1);
    block.load("values");
    await context.sync();
    for (const row of block.values) values.push(row);
  }
  const { sheets, damaged } = decodeStore(values);
  return { exists: true, sheets, rows: used.rowCount, damaged };
}

/**
 * Queues the store's new content: the old cells cleared, the lines of `sheets` written as text, in as many
 * parts as 5 MB requires. Returns the parts after the first, each to be followed by its own sync.
 */
export function queueStoreWrite(context: XlContext, state: StoreState, ws: XlWorksheet | null, sheets: readonly KeptSheetFlags[]): ((context: XlContext) => void)[] {
  let store = ws;
  if (!store && sheets.length === 0) return [];
  if (!store) {
    store = context.workbook.worksheets.add(STORE_SHEET);
    store.visibility = "VeryHidden";
  }
  const target = store;
  if (state.rows > 0) target.getRangeByIndexes(0, 0, state.rows, 3).clear("Contents");
  if (sheets.length === 0) return [];
  const [marker, ...body] = encodeStore(sheets);
  const lines = body.map((cells, i) => ({ row: i + 1, cells }));
  const parts = blocksOf(lines, (l) => l.row, (l) => jsonBytes(l.cells) + 8, 20_000);
  const write = (part: typeof lines) => (ctx: XlContext) => {
    void ctx;
    const first = part[0];
    if (!first) return;
    const range: XlRange = target.getRangeByIndexes(first.row, 0, part.length, 1);
    // Text format first: a line must stay the text it is.
    range.numberFormat = part.map(() => ["@"]);
    range.values = part.map((l) => l.cells);
  };
  if (marker) target.getRangeByIndexes(0, 0, 1, marker.length).values = [marker];
  const [head, ...rest] = parts.map(write);
  head?.(context);
  return rest;
}
