// Context rows repeated per block (SIPD prints) and page-break repeats (domain §10): the same code with the same or no values is the same node.
import { eqNum, numOf } from "../calc/num.js";
import type { TableRow } from "../model.js";

const FOLD = /[^\p{L}\p{N}]+/gu;

function folded(s: string): string {
  return s.toLowerCase().replace(FOLD, " ").trim();
}

/** Names that can belong to one row: equal, one empty, or one a part of the other (a page break cuts a name). */
function sameName(a: string, b: string): boolean {
  const x = folded(a);
  const y = folded(b);
  return x === "" || y === "" || x.includes(y) || y.includes(x);
}

/** Every cell both rows fill says the same thing. */
function sameValues(a: TableRow, b: TableRow): boolean {
  const width = Math.max(a.cells.length, b.cells.length);
  for (let c = 0; c < width; c++) {
    const p = a.cells[c];
    const q = b.cells[c];
    if (!p || !q || p.kind === "empty" || q.kind === "empty") continue;
    if (p.kind === "number" && q.kind === "number") {
      const x = numOf(p);
      const y = numOf(q);
      if (x === null || y === null || !eqNum(x, y)) return false;
    } else if (p.kind === "number" || q.kind === "number" || p.text !== q.text) {
      return false;
    }
  }
  return true;
}

/** True when the row holds any number (in the given columns only, when given). */
export function holdsNumbers(row: TableRow, columns?: readonly number[]): boolean {
  if (columns) {
    for (const c of columns) {
      const p = row.cells[c];
      if (p && (p.kind === "number" || p.kind === "invalid")) return true;
    }
    return false;
  }
  for (const p of row.cells) if (p && (p.kind === "number" || p.kind === "invalid")) return true;
  return false;
}

/**
 * True when `row` repeats `first` (same canonical code, checked by the caller): a context row that SIPD
 * prints again before each block (urusan, bidang, program, kegiatan: same or no values), or the part of
 * a sub kegiatan a page break cut off (one of the two without money — `money`, the money columns, when
 * known; a program's target carried on every row does not count —: a sub kegiatan written twice with its
 * money is counted twice in its kegiatan). Other values, or another name, make it a real duplicate
 * (kode-duplicate).
 * @example isRepeatOf(urusanAgain, urusan, 1) // true when names and values agree
 */
export function isRepeatOf(row: TableRow, first: TableRow, level: number, money?: readonly number[]): boolean {
  if (!sameName(row.name, first.name)) return false;
  if (level >= 5 && holdsNumbers(row, money) && holdsNumbers(first, money)) return false;
  return sameValues(row, first);
}
