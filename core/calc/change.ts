// Change (domain §5): bertambah/berkurang = sesudah − sebelum; a lone "-" or empty change means zero.
import type { Column, TableRow } from "../model.js";
import type { CheckedTable } from "../table.js";
import { isInvalid, numIn } from "./cell-number.js";
import { isNegativeNum, subNum, type Num } from "./num.js";

const ZERO_NUM: Num = { coef: 0, decimals: 0 };

export interface ChangeCheck {
  before: Num;
  after: Num;
  expected: Num;
  written: Num;
  /** Column the written change is reported on. */
  col: Column;
}

export interface ChangeColumns {
  before: Column;
  after: Column;
  signed?: Column;
  plus?: Column;
  minus?: Column;
}

/** Change columns of a table paired with the before/after pagu they explain. */
export function changeColumns(t: CheckedTable): ChangeColumns | null {
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
export function changeOf(row: TableRow, cols: ChangeColumns): ChangeCheck | null {
  const before = numIn(row, cols.before);
  const after = numIn(row, cols.after);
  if (before === null && after === null) return null;
  if (isInvalid(row, cols.before) || isInvalid(row, cols.after)) return null;
  const changeCols = [cols.signed, cols.plus, cols.minus].filter((c): c is Column => c !== undefined);
  if (changeCols.some((c) => isInvalid(row, c))) return null;
  // A row that writes nothing at all in its change cells states no change to check (a lone "-" does state zero).
  if (!changeCols.some((c) => row.cells[c.index] !== undefined)) return null;
  const b = before ?? ZERO_NUM;
  const a = after ?? ZERO_NUM;
  const expected = subNum(a, b);
  if (cols.signed) return { before: b, after: a, expected, written: numIn(row, cols.signed) ?? ZERO_NUM, col: cols.signed };
  const written = subNum(numIn(row, cols.plus) ?? ZERO_NUM, numIn(row, cols.minus) ?? ZERO_NUM);
  const col = isNegativeNum(expected) ? (cols.minus ?? cols.plus) : (cols.plus ?? cols.minus);
  return { before: b, after: a, expected, written, col: col as Column };
}
