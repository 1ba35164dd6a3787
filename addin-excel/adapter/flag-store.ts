// Reads and writes the very hidden `_renja_flags` sheet that keeps what flagging changed, in blocks under 5 MB.
import { BlockSizer, blocksOf, isPayloadError, jsonBytes } from "./blocks.js";
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

/** Lines read with the check's first block (or the store's first sync): some 300 KB of usual lines. */
const HEAD_LINES = 1000;

/** The store's size and first lines, as the first sync read them. */
export interface StoreHead {
  ws: XlWorksheet;
  /** Rows the store uses (0: empty). */
  rows: number;
  values: unknown[][];
}

/**
 * Queues the read of an existing store's size and first lines (one column of JSON lines), never the whole: Excel
 * refuses a response over 5 MB, and a store of tens of thousands of flagged cells passes it. `finishStore` reads
 * the rest in parts sized from what the lines cost.
 */
export function queueStoreRead(ws: XlWorksheet): () => StoreHead {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowCount");
  const head = ws.getRangeByIndexes(0, 0, HEAD_LINES, 1);
  head.load("values");
  return () => {
    const rows = used.isNullObject ? 0 : used.rowCount;
    return { ws, rows, values: head.values.slice(0, rows) };
  };
}

/** The rest of a store after its head, in parts of about 3.5 MB (halved when Excel refuses one), and the syncs it took. */
export async function finishStore(context: XlContext, head: StoreHead): Promise<{ state: StoreState; syncs: number }> {
  const values = [...head.values];
  let syncs = 0;
  if (head.rows > values.length) {
    const sizer = new BlockSizer(1, 1);
    sizer.measured(values.length, jsonBytes(values));
    while (values.length < head.rows) {
      let n = sizer.next(head.rows - values.length);
      for (;;) {
        const part = head.ws.getRangeByIndexes(values.length, 0, n, 1);
        part.load("values");
        try {
          await context.sync();
          syncs++;
          sizer.measured(n, jsonBytes(part.values));
          for (const line of part.values) values.push(line);
          break;
        } catch (e) {
          syncs++;
          if (!isPayloadError(e) || n <= 1) throw e;
          n = Math.min(sizer.refused(n), Math.max(1, Math.floor(n / 2)));
        }
      }
    }
  }
  if (head.rows === 0) return { state: { exists: true, sheets: [], rows: 0, damaged: 0 }, syncs };
  const { sheets, damaged } = decodeStore(values);
  return { state: { exists: true, sheets, rows: head.rows, damaged }, syncs };
}

/** Reads the store: its size and first lines in one sync, the rest in parts under 5 MB. */
export async function readStore(context: XlContext, ws: XlWorksheet | null): Promise<StoreState> {
  if (!ws) return NO_STORE;
  let collect = queueStoreRead(ws);
  try {
    await context.sync();
  } catch (e) {
    // Lines of unusual length (long notes kept as they were): the size first, then every line in parts.
    if (!isPayloadError(e)) throw e;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowCount");
    await context.sync();
    collect = () => ({ ws, rows: used.isNullObject ? 0 : used.rowCount, values: [] });
  }
  return (await finishStore(context, collect())).state;
}

/** What `queueStoreWrite` queued: the sheet (new or old), the rows it now uses, and the parts still to write. */
export interface StoreWrite {
  ws: XlWorksheet | null;
  /** Rows the store uses once every part is written (to clear before the next write). */
  rows: number;
  /** The parts after the first, each to be followed by its own sync. */
  rest: ((context: XlContext) => void)[];
}

/**
 * Queues the store's new content: the old cells (`rows` of them) cleared, the lines of `sheets` written as text, in
 * as many parts as 5 MB requires.
 */
export function queueStoreWrite(context: XlContext, rows: number, ws: XlWorksheet | null, sheets: readonly KeptSheetFlags[]): StoreWrite {
  let store = ws;
  if (!store && sheets.length === 0) return { ws, rows: 0, rest: [] };
  if (!store) {
    store = context.workbook.worksheets.add(STORE_SHEET);
    store.visibility = "VeryHidden";
  }
  const target = store;
  if (rows > 0) target.getRangeByIndexes(0, 0, rows, 3).clear("Contents");
  if (sheets.length === 0) return { ws: target, rows: 0, rest: [] };
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
  return { ws: target, rows: lines.length + 1, rest };
}
