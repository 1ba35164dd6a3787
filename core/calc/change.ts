// Change (domain §5): bertambah/berkurang = sesudah − sebelum; a lone "-" or empty change means zero.
import type { Dec, TableRow } from "../model.js";
import type { CheckedTable } from "../table.js";
import { ZERO } from "../values/decimal.js";
import { isInvalid, numberIn } from "./cell-number.js";
import type { Column } from "../model.js";

export interface ChangeCheck {
  before: Dec;
  after: Dec;
  expected: Dec;
  written: Dec;
  /** Column the written change is reported on. */
  col: Column;
}

/** Change columns of a table paired with the before/after money they explain (pagu first, else target). */
export function changeColumns(t: CheckedTable): { before: Column; after: Column; signed?: Column; plus?: Column; minus?: Column } | null {
  const before = t.columnsOf("pagu-before")[0];
  const after = t.columnsOf("pagu-after")[0];
  if (!before || !after) return null;
  const signed = t.columnsOf("change")[0];
  const plus = t.columnsOf("change-plus")[0];
  const minus = t.columnsOf("change-minus")[0];
  if (!signed && !plus && !minus) return null;
  return { before, after, signed, plus, minus };
}

/**
 * Expected and written change of one row, null when the row has no before/after pair to check.
 * @example changeOf(row, cols) // { expected: -10000000, written: 0, … }
 */
export function changeOf(row: TableRow, cols: NonNullable<ReturnType<typeof changeColumns>>): ChangeCheck | null {
  const before = numberIn(row, cols.before);
  const after = numberIn(row, cols.after);
  if (before === null && after === null) return null;
  if (isInvalid(row, cols.before) || isInvalid(row, cols.after)) return null;
  const changeCols = [cols.signed, cols.plus, cols.minus].filter((c): c is Column => c !== undefined);
  if (changeCols.some((c) => isInvalid(row, c))) return null;
  // A row that writes nothing at all in its change cells states no change to check (a lone "-" does state zero).
  if (!changeCols.some((c) => row.cells.has(c.index))) return null;
  const b = before ?? ZERO;
  const a = after ?? ZERO;
  const expected = a.minus(b);
  if (cols.signed) {
    return { before: b, after: a, expected, written: numberIn(row, cols.signed) ?? ZERO, col: cols.signed };
  }
  const plus = numberIn(row, cols.plus) ?? ZERO;
  const minus = numberIn(row, cols.minus) ?? ZERO;
  const col = (expected.isNegative() ? cols.minus : cols.plus) ?? (cols.plus ?? cols.minus) as Column;
  return { before: b, after: a, expected, written: plus.minus(minus), col };
}
