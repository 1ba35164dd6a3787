// Reading parsed numbers back out of a row: the value, or why there is none.
import type { Column, Dec, TableRow } from "../model.js";
import type { ParsedNumber } from "../values/types.js";
import { numOf, type Num } from "./num.js";
import { decimalOf } from "../values/number-result.js";

/** The number in a row's column as a Decimal, null when empty, text or invalid. */
export function numberIn(row: TableRow, col: Column | undefined): Dec | null {
  if (!col) return null;
  const p = row.cells[col.index];
  return p?.kind === "number" ? decimalOf(p) : null;
}

/** The number in a row's column in its cheapest exact form, null when empty, text or invalid. */
export function numIn(row: TableRow, col: Column | undefined): Num | null {
  return col ? numOf(row.cells[col.index]) : null;
}

/** The parsed cell, `{ kind: "empty" }` when nothing is there. */
export function parsedIn(row: TableRow, col: Column): ParsedNumber {
  return row.cells[col.index] ?? EMPTY;
}

/** True when the cell is unreadable (not-a-number), so checks that need it stay silent. */
export function isInvalid(row: TableRow, col: Column | undefined): boolean {
  return col !== undefined && row.cells[col.index]?.kind === "invalid";
}

const EMPTY: ParsedNumber = { kind: "empty" };
