// Reading parsed numbers back out of a row: the value, or why there is none.
import type { Column, Dec, TableRow } from "../model.js";
import type { ParsedNumber } from "../values/types.js";

/** The number in a row's column, null when empty, text or invalid. */
export function numberIn(row: TableRow, col: Column | undefined): Dec | null {
  if (!col) return null;
  const p = row.cells.get(col.index);
  return p?.kind === "number" ? p.value : null;
}

/** The parsed cell, `{ kind: "empty" }` when nothing is there. */
export function parsedIn(row: TableRow, col: Column): ParsedNumber {
  return row.cells.get(col.index) ?? EMPTY;
}

/** True when the cell is unreadable (not-a-number), so checks that need it stay silent. */
export function isInvalid(row: TableRow, col: Column | undefined): boolean {
  return col !== undefined && row.cells.get(col.index)?.kind === "invalid";
}

const EMPTY: ParsedNumber = { kind: "empty" };
