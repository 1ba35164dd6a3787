// Writes as queued operations grouped into blocks: one context.sync per block, each request under 5 MB.
import { blocksOf, isPayloadError, MAX_BLOCK_ROWS } from "./blocks.js";
import type { XlContext } from "./excel-api.js";
import { noProgress, type OnProgress } from "./progress.js";

/** One queued write: the first sheet row it touches, its estimated request bytes, and the calls it makes. */
export interface WriteOp {
  row: number;
  bytes: number;
  queue(context: XlContext): void;
}

export interface RunResult {
  syncs: number;
}

/**
 * Runs the operations block by block (rows within `maxRows` of each other — dense cell writes keep to row
 * blocks; sparse flag operations pass Infinity — and estimated bytes under the target), one sync per block; `last` is queued with the final block (or alone when there is nothing else).
 * A block Excel refuses as too large is split in two and tried again.
 * @example await runOps(context, [...cellWriteOps(sheet, patch.writes)], { onProgress })
 */
export async function runOps(context: XlContext, ops: readonly WriteOp[], options: { onProgress?: OnProgress; last?: (context: XlContext) => void; totalRows?: number; maxRows?: number } = {}): Promise<RunResult> {
  const onProgress = options.onProgress ?? noProgress;
  const groups = blocksOf(ops, (o) => o.row, (o) => o.bytes, options.maxRows ?? MAX_BLOCK_ROWS);
  const total = options.totalRows ?? Math.max(1, ...ops.map((o) => o.row + 1));
  let syncs = 0;
  onProgress({ phase: "write", done: 0, total });
  const attempt = async (group: readonly WriteOp[], isLast: boolean): Promise<void> => {
    for (const op of group) op.queue(context);
    if (isLast) options.last?.(context);
    try {
      syncs++;
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || group.length < 2) throw e;
      const half = Math.ceil(group.length / 2);
      await attempt(group.slice(0, half), false);
      await attempt(group.slice(half), isLast);
    }
  };
  if (groups.length === 0) {
    if (options.last) await attempt([], true);
    return { syncs };
  }
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] ?? [];
    await attempt(group, i === groups.length - 1);
    const lastOp = group[group.length - 1];
    onProgress({ phase: "write", done: Math.min(total, (lastOp?.row ?? 0) + 1), total });
  }
  onProgress({ phase: "write", done: total, total });
  return { syncs };
}
