// A1 addresses and ranges as 0-based row/column numbers, for the XML writer.
import { columnIndex, columnLetter } from "../../core/grid.js";

/** "AB12" → { row: 11, col: 27 }; null when it is not an address. */
export function parseAddress(a: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a);
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1] ?? "A") };
}

export const address = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

/** True when (row, col) lies in the range "A1:C9" (or the single cell "A1"). */
export function inRange(range: string, row: number, col: number): boolean {
  const [a, b] = range.split(":");
  const from = parseAddress(a ?? "");
  const to = parseAddress(b ?? a ?? "");
  if (!from || !to) return false;
  return row >= Math.min(from.row, to.row) && row <= Math.max(from.row, to.row) && col >= Math.min(from.col, to.col) && col <= Math.max(from.col, to.col);
}
