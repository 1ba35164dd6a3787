// Quarterly realisation (domain §5): the sum of TW I–IV, or the last quarter reported for % and index indicators.
import type { Column, Dec, TableRow } from "../model.js";
import { ZERO } from "../values/decimal.js";
import { isInvalid, numberIn } from "./cell-number.js";

const LEVEL_INDICATOR = /%|persen|nilai|indeks|index|tingkat|rasio|skor|predikat|kategori/i;

/** True when an indicator is measured as a percentage or a level: its total is the last quarter, not the sum. */
export function isLevelIndicator(indicator: string, unit: string | null): boolean {
  return (unit !== null && LEVEL_INDICATOR.test(unit)) || /^(persentase|nilai|indeks|tingkat|rasio|skor)\b/i.test(indicator.trim());
}

/**
 * Expected realisation total from the quarter cells, null when no quarter holds a number or one is unreadable.
 * @example quarterTotal(row, twRp, false) // Σ TW I–IV
 */
export function quarterTotal(row: TableRow, quarters: Column[], lastOnly: boolean): { value: Dec; how: "sum" | "last" } | null {
  let sum: Dec | null = null;
  let last: Dec | null = null;
  for (const q of [...quarters].sort((a, b) => (a.quarter ?? 0) - (b.quarter ?? 0))) {
    if (isInvalid(row, q)) return null;
    const v = numberIn(row, q);
    if (v === null) continue;
    sum = (sum ?? ZERO).plus(v);
    last = v;
  }
  if (sum === null || last === null) return null;
  return lastOnly ? { value: last, how: "last" } : { value: sum, how: "sum" };
}
