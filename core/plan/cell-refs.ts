// A1 references and the `+`-joined sums of rows that sit together or apart (`SUM(R13:R17)`, `R12+R18+R25`).
import { columnLetter } from "../grid.js";
import { call, ref, type Fx } from "./formula-syntax.js";

/**
 * The A1 reference of a 0-based cell.
 * @example a1(11, 17) // "R12"
 */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** One term of a sum: a single row, or a block of rows summed with one range. */
export interface SumTerm {
  from: number;
  to: number;
}

/**
 * Groups sorted rows into blocks: two rows are in one block when every row between them may be covered by a
 * range (`gapOk`), so a range never takes in a cell that is not one of the rows.
 * @example sumTerms([12, 13, 14, 17], () => false) // [{ from: 12, to: 14 }, { from: 17, to: 17 }]
 */
export function sumTerms(rows: readonly number[], gapOk: (row: number) => boolean): SumTerm[] {
  const terms: SumTerm[] = [];
  for (const r of rows) {
    const last = terms[terms.length - 1];
    if (last && canJoin(last.to, r, gapOk)) last.to = r;
    else terms.push({ from: r, to: r });
  }
  return terms;
}

function canJoin(a: number, b: number, gapOk: (row: number) => boolean): boolean {
  if (b <= a) return false;
  for (let r = a + 1; r < b; r++) if (!gapOk(r)) return false;
  return true;
}

/**
 * A term as a formula: a block is `SUM(R13:R17)`, a single row its reference (`single` may wrap it, e.g. in `N()`).
 * @example termFx({ from: 12, to: 16 }, 17) // SUM(R13:R17)
 */
export function termFx(t: SumTerm, col: number, single: (fx: Fx, row: number) => Fx = (fx) => fx): Fx {
  if (t.from === t.to) return single(ref(a1(t.from, col)), t.from);
  return call("SUM", ref(`${a1(t.from, col)}:${a1(t.to, col)}`));
}
