// A Renja hierarchy as planners enter it (leaves carry the money), with parent totals computed, for building test tables.
export interface PlanItem {
  code: string;
  name: string;
  indicator?: string;
  /** The row's own target (`3 Dokumen`, `100%`). */
  target?: string;
  /** Money of a leaf, one value per money column of the table. */
  money?: number[];
  children?: PlanItem[];
}

/** The money of an item: its own for a leaf, the sum of its children's otherwise. */
export function moneyOf(item: PlanItem, width: number): number[] {
  if (!item.children || item.children.length === 0) return item.money ?? new Array<number>(width).fill(0);
  const sum = new Array<number>(width).fill(0);
  for (const c of item.children) moneyOf(c, width).forEach((v, i) => (sum[i] = (sum[i] ?? 0) + v));
  return sum;
}

/** Every item depth first, with its depth (0 = top). */
export function* walk(items: readonly PlanItem[], depth = 0): Generator<{ item: PlanItem; depth: number }> {
  for (const item of items) {
    yield { item, depth };
    yield* walk(item.children ?? [], depth + 1);
  }
}

/** Splits a canonical code into the five cells SIPD prints: `5.01.02.2.01.0003` → 5 | 01 | 02 | 2.01 | 0003. */
export function splitCode(code: string): string[] {
  const p = code.split(".");
  const kegiatan = p.length >= 5 ? `${p[3]}.${p[4]}` : undefined;
  return [p[0], p[1], p[2], kegiatan, p[5]].filter((x): x is string => x !== undefined);
}
