// Row blocks that keep every Excel request and response under the 5 MB limit of Excel on the web.

/** Excel on the web rejects a request or a response over 5 MB; we aim well below it. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const PAYLOAD_TARGET = 3_500_000;
/** More rows than this in one block makes one undo record and one long freeze; a few thousand is the sweet spot. */
export const MAX_BLOCK_ROWS = 5000;
export const MIN_BLOCK_ROWS = 50;
/**
 * First guess of the JSON bytes one cell costs per layer read (values, formulas, number formats), before any is
 * measured: generous for numbers and codes, short for long names (a refused block is halved and read again).
 */
const GUESS_BYTES_PER_CELL = 40;

/**
 * Sizes read blocks: the first from a generous guess, the next ones from the bytes the blocks read so far
 * actually cost, and smaller again after Excel refused a payload.
 * @example const s = new BlockSizer(18); s.next(); s.measured(1944, 1_200_000); s.next() // 5000
 */
export class BlockSizer {
  private bytesPerRow: number;
  private measuredRows = 0;
  private measuredBytes = 0;

  constructor(columns: number, layers = 3) {
    this.bytesPerRow = Math.max(1, columns) * layers * GUESS_BYTES_PER_CELL;
  }

  /**
   * Rows for the next block, at most `remaining`. A short tail that would cost a sync of its own is taken into
   * this block when the whole stays under the target by the estimate's margin and a quarter (still well
   * under 5 MB).
   */
  next(remaining = Number.POSITIVE_INFINITY): number {
    const rows = clampRows(Math.floor(PAYLOAD_TARGET / this.bytesPerRow));
    if (remaining <= rows) return remaining;
    return remaining <= Math.min(MAX_BLOCK_ROWS, Math.floor(rows * 1.25)) ? remaining : rows;
  }

  /** What a block of `rows` rows cost (JSON bytes of the values read). */
  measured(rows: number, bytes: number): void {
    if (rows <= 0) return;
    this.measuredRows += rows;
    this.measuredBytes += bytes;
    // The wordier of the average and the last block decides, with a 10 % margin: blocks then come to about
    // 3.2 MB against Excel's 5 MB, room for a block half again as wordy (long names cluster); a refused block
    // is halved and read again.
    this.bytesPerRow = Math.max(this.measuredBytes / this.measuredRows, bytes / rows, 1) * 1.1;
  }

  /** Excel refused a block of `rows` rows: halve. */
  refused(rows: number): number {
    this.bytesPerRow = Math.max(this.bytesPerRow, PAYLOAD_TARGET / Math.max(1, Math.floor(rows / 2)));
    return this.next();
  }
}

function clampRows(n: number): number {
  return Math.max(MIN_BLOCK_ROWS, Math.min(MAX_BLOCK_ROWS, n));
}

/** JSON bytes of a value as it crosses the wire (UTF-16 code units; close enough for ASCII-heavy sheets). */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}

/**
 * Groups row-keyed items into consecutive blocks whose estimated request size stays under the target,
 * never more than `maxRows` rows apart from first to last.
 * @example blocksOf([{ row: 1, bytes: 10 }, { row: 9000, bytes: 10 }], (x) => x.row, (x) => x.bytes) // two blocks
 */
export function blocksOf<T>(items: readonly T[], rowOf: (t: T) => number, bytesOf: (t: T) => number, maxRows = MAX_BLOCK_ROWS, target = PAYLOAD_TARGET): T[][] {
  const sorted = [...items].sort((a, b) => rowOf(a) - rowOf(b));
  const out: T[][] = [];
  let current: T[] = [];
  let first = 0;
  let bytes = 0;
  for (const it of sorted) {
    const b = bytesOf(it);
    const row = rowOf(it);
    if (current.length > 0 && (row - first >= maxRows || bytes + b > target)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    if (current.length === 0) first = row;
    current.push(it);
    bytes += b;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** True for Excel's payload-size errors, after which the same work is retried in smaller blocks. */
export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded" || code === "PayloadTooLarge";
}
