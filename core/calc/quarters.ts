// Quarterly realisation (domain §5): the sum of TW I–IV, or the last quarter reported for % and index indicators.
import type { Column, TableRow } from "../model.js";
import { isInvalid, numIn } from "./cell-number.js";
import { NumSum, type Num } from "./num.js";

const LEVEL_INDICATOR = /%|persen|nilai|indeks|index|tingkat|rasio|skor|predikat|kategori/i;
const LEVEL_NAME = /^(persentase|nilai|indeks|tingkat|rasio|skor)\b/i;

/** True when an indicator is measured as a percentage or a level: its total is the last quarter, not the sum. */
export function isLevelIndicator(indicator: string, unit: string | null): boolean {
  return (unit !== null && LEVEL_INDICATOR.test(unit)) || LEVEL_NAME.test(indicator.trimStart());
}

/** Quarter columns in quarter order (the table may list them otherwise). */
export function inQuarterOrder(quarters: Column[]): Column[] {
  return [...quarters].sort((a, b) => (a.quarter ?? 0) - (b.quarter ?? 0));
}

/**
 * Expected realisation total from the quarter cells (in quarter order), null when no quarter holds a number or one is unreadable.
 * @example quarterTotal(row, twRp, false) // Σ TW I–IV
 */
export function quarterTotal(row: TableRow, ordered: Column[], lastOnly: boolean): { value: Num; how: "sum" | "last" } | null {
  const total = new NumSum();
  let last: Num | null = null;
  for (const q of ordered) {
    if (isInvalid(row, q)) return null;
    const v = numIn(row, q);
    if (v === null) continue;
    total.add(v);
    last = v;
  }
  const sum = total.value;
  if (sum === null || last === null) return null;
  return lastOnly ? { value: last, how: "last" } : { value: sum, how: "sum" };
}
