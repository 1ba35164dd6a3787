// Evaluates a numbering-row formula (`10=(5+7+9)`, `15 = 14/8 x 100%`) on one row, with column numbers.
import type { Column, Dec, FormulaExpr, TableRow } from "../model.js";
import { Money, ZERO } from "../values/decimal.js";
import { isInvalid, numberIn } from "./cell-number.js";

export type FormulaValue = { value: Dec } | { missing: true } | { divByZero: true };

/**
 * Value of a written formula on a row; `missing` when a referenced cell has no number.
 * @example evalFormula({ op: "/", left: { op: "col", n: 7 }, right: { op: "col", n: 6 } }, row, byNumber)
 */
export function evalFormula(e: FormulaExpr, row: TableRow, byNumber: Map<number, Column>): FormulaValue {
  switch (e.op) {
    case "num":
      return { value: new Money(e.value) };
    case "col": {
      const col = byNumber.get(e.n);
      if (!col || isInvalid(row, col)) return { missing: true };
      const v = numberIn(row, col);
      // A lone "-" in an input is zero, as the sheets themselves compute it (10 + - + 8 = 18).
      if (v === null) return row.cells[col.index]?.kind === "empty" ? { value: ZERO } : { missing: true };
      return { value: v };
    }
    default: {
      const l = evalFormula(e.left, row, byNumber);
      const r = evalFormula(e.right, row, byNumber);
      if (!("value" in l)) return l;
      if (!("value" in r)) return r;
      if (e.op === "+") return { value: l.value.plus(r.value) };
      if (e.op === "-") return { value: l.value.minus(r.value) };
      if (e.op === "*") return { value: l.value.times(r.value) };
      if (r.value.isZero()) return { divByZero: true };
      return { value: l.value.div(r.value) };
    }
  }
}

/** Columns by their number in the numbering row. */
export function columnsByNumber(columns: readonly Column[]): Map<number, Column> {
  const m = new Map<number, Column>();
  for (const c of columns) if (c.number !== undefined) m.set(c.number, c);
  return m;
}
