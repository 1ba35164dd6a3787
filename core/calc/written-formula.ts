// Evaluates a numbering-row formula (`10=(5+7+9)`, `15 = 14/8 x 100%`) on one row, with column numbers, as an exact fraction.
import type { Column, FormulaExpr, TableRow } from "../model.js";
import { decimalFromNumber } from "../values/fast-decimal.js";
import { addNum, isZeroNum, mulNum, numOf, subNum, type Num, type Scaled } from "./num.js";

/**
 * The formula's value as numerator ÷ denominator, both exact (scaled integers while they fit, so a
 * row allocates a few small objects and no Decimal); `missing` when a referenced cell has no number.
 */
export type FormulaValue = { num: Num; den: Num } | { missing: true } | { divByZero: true };

const ONE: Scaled = { coef: 1, decimals: 0 };
const ZERO: Scaled = { coef: 0, decimals: 0 };
const MISSING: FormulaValue = { missing: true };
const DIV_BY_ZERO: FormulaValue = { divByZero: true };

/** A constant of the formula (`100` in `× 100%`) as an exact number. */
function constant(v: number): Num {
  return Number.isSafeInteger(v) ? { coef: v === 0 ? 0 : v, decimals: 0 } : decimalFromNumber(v);
}

/**
 * Value of a written formula on a row; `missing` when a referenced cell has no number.
 * @example evalFormula({ op: "/", left: { op: "col", n: 7 }, right: { op: "col", n: 6 } }, row, byNumber) // { num: 7's cell, den: 6's cell }
 */
export function evalFormula(e: FormulaExpr, row: TableRow, byNumber: Map<number, Column>): FormulaValue {
  switch (e.op) {
    case "num":
      return { num: constant(e.value), den: ONE };
    case "col": {
      const col = byNumber.get(e.n);
      if (!col) return MISSING;
      const p = row.cells[col.index];
      if (p?.kind === "invalid") return MISSING;
      // A lone "-" in an input is zero, as the sheets themselves compute it (10 + - + 8 = 18).
      const v = numOf(p);
      if (v === null) return p?.kind === "empty" ? { num: ZERO, den: ONE } : MISSING;
      return { num: v, den: ONE };
    }
    default: {
      const l = evalFormula(e.left, row, byNumber);
      if (!("num" in l)) return l;
      const r = evalFormula(e.right, row, byNumber);
      if (!("num" in r)) return r;
      return combine(e.op, l, r);
    }
  }
}

/** l op r on fractions; sums of whole cells stay over 1. */
function combine(op: "+" | "-" | "*" | "/", l: { num: Num; den: Num }, r: { num: Num; den: Num }): FormulaValue {
  if (op === "*") return { num: mulNum(l.num, r.num), den: l.den === ONE && r.den === ONE ? ONE : mulNum(l.den, r.den) };
  if (op === "/") {
    if (isZeroNum(r.num)) return DIV_BY_ZERO;
    return { num: r.den === ONE ? l.num : mulNum(l.num, r.den), den: l.den === ONE ? r.num : mulNum(l.den, r.num) };
  }
  const plus = op === "+" ? addNum : subNum;
  if (l.den === ONE && r.den === ONE) return { num: plus(l.num, r.num), den: ONE };
  return { num: plus(mulNum(l.num, r.den), mulNum(r.num, l.den)), den: mulNum(l.den, r.den) };
}

/** A formula's value written into a reused holder: numerator ÷ denominator. */
export interface Fraction {
  num: Num;
  den: Num;
}

/** A holder for {@link Evaluate} to write into (zero over one until then). */
export function newFraction(): Fraction {
  return { num: ZERO, den: ONE };
}

/** Evaluates on one row into `out`: "value", "missing" (an input has no number) or "div0". */
export type Evaluate = (row: TableRow, out: Fraction) => "value" | "missing" | "div0";

/** The number of an input cell; a lone "-" is zero; null when the cell has no number. */
function input(row: TableRow, col: Column | undefined): Num | null {
  if (!col) return null;
  const p = row.cells[col.index];
  const v = numOf(p);
  if (v !== null) return v;
  return p?.kind === "empty" ? ZERO : null;
}

/** The columns of a sum or difference of columns (`5+7+9`, `7-6`), with their signs; null for any other shape. */
function sumTerms(e: FormulaExpr, sign: 1 | -1, out: { n: number; sign: 1 | -1 }[]): boolean {
  if (e.op === "col") return out.push({ n: e.n, sign }) > 0;
  if (e.op !== "+" && e.op !== "-") return false;
  return sumTerms(e.left, sign, out) && sumTerms(e.right, e.op === "-" ? (sign === 1 ? -1 : 1) : sign, out);
}

/**
 * The formula as a function of a row that allocates nothing for the shapes sheets write (`7/6`,
 * `5+7+9`); other shapes go through {@link evalFormula}. Same values as evalFormula.
 * @example const ev = compileFormula(parseFormula("7/6")!, byNumber); ev(row, holder) // "value", holder.num / holder.den
 */
export function compileFormula(e: FormulaExpr, byNumber: Map<number, Column>): Evaluate {
  if (e.op === "/" && e.left.op === "col" && e.right.op === "col") {
    const a = byNumber.get(e.left.n);
    const b = byNumber.get(e.right.n);
    return (row, out) => {
      const n = input(row, a);
      if (n === null) return "missing";
      const d = input(row, b);
      if (d === null) return "missing";
      if (isZeroNum(d)) return "div0";
      out.num = n;
      out.den = d;
      return "value";
    };
  }
  const terms: { n: number; sign: 1 | -1 }[] = [];
  if (sumTerms(e, 1, terms)) {
    const cols = terms.map((t) => ({ col: byNumber.get(t.n), sign: t.sign }));
    return (row, out) => {
      let sum: Num | null = null;
      for (const t of cols) {
        const v = input(row, t.col);
        if (v === null) return "missing";
        sum = sum === null ? (t.sign === 1 ? v : subNum(ZERO, v)) : t.sign === 1 ? addNum(sum, v) : subNum(sum, v);
      }
      out.num = sum ?? ZERO;
      out.den = ONE;
      return "value";
    };
  }
  return (row, out) => {
    const v = evalFormula(e, row, byNumber);
    if ("missing" in v) return "missing";
    if ("divByZero" in v) return "div0";
    out.num = v.num;
    out.den = v.den;
    return "value";
  };
}

/** Columns by their number in the numbering row. */
export function columnsByNumber(columns: readonly Column[]): Map<number, Column> {
  const m = new Map<number, Column>();
  for (const c of columns) if (c.number !== undefined) m.set(c.number, c);
  return m;
}
