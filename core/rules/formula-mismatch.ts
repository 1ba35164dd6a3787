// formula-mismatch: a column the numbering row declares (`10=(5+7+9)`, `8 = (7/6)`) does not hold on a row.
import { numOf, roundedDiff, toDec } from "../calc/num.js";
import { decideTimes100, SAMPLE_LIMIT, type RatioSample } from "../calc/percent-scale.js";
import { columnsByNumber, compileFormula, newFraction, type Evaluate, type Fraction } from "../calc/written-formula.js";
import { hasTimes100, isRatioFormula } from "../layout/written-formula.js";
import type { Column, Finding, TableRow } from "../model.js";
import { plainNumber, type Rule } from "../table.js";
import { Money } from "../values/decimal.js";
import { decimalOf } from "../values/number-result.js";

/** The first rows where the formula can be checked, for the column's ×100 convention. */
function samples(rows: readonly TableRow[], target: Column, evaluate: Evaluate): RatioSample[] {
  const out: RatioSample[] = [];
  const v: Fraction = newFraction();
  for (const row of rows) {
    const p = row.cells[target.index];
    if (p?.kind !== "number" || evaluate(row, v) !== "value") continue;
    out.push({ stated: numOf(p) ?? decimalOf(p), decimals: p.decimals, num: v.num, den: v.den });
    if (out.length >= SAMPLE_LIMIT) break;
  }
  return out;
}

export const formulaMismatch: Rule = {
  id: "formula-mismatch",
  severity: "error",
  check(t) {
    const out: Finding[] = [];
    const byNumber = columnsByNumber(t.layout.columns);
    const rows = t.tree.rows.filter((r) => r.kind === "node");
    for (const f of t.layout.formulas) {
      const target = byNumber.get(f.target);
      if (!target) continue;
      const evaluate = compileFormula(f.expr, byNumber);
      // A division is a stated percentage (rounding rule, ×100 or not by the column's majority); a sum must hold exactly.
      const ratio = isRatioFormula(f.expr) && !hasTimes100(f.expr);
      const rounding = isRatioFormula(f.expr);
      const times100 = ratio && decideTimes100(samples(rows, target, evaluate));
      if (ratio) target.times100 = times100;
      const factor = times100 ? 100 : 1;
      // The computed value is numerator ÷ denominator, exact; compared in integers, one reused holder for every row.
      const v: Fraction = newFraction();
      for (const row of rows) {
        const p = row.cells[target.index];
        if (p?.kind !== "number" || evaluate(row, v) !== "value") continue;
        const stated = numOf(p) ?? decimalOf(p);
        const diff = roundedDiff(stated, p.decimals, v.num, v.den, factor);
        if (rounding ? diff <= 1 : diff === 0) continue;
        const computed = toDec(v.num).div(toDec(v.den)).times(factor);
        const rounded = computed.toDecimalPlaces(Math.max(2, p.decimals), Money.ROUND_HALF_UP);
        const values = { expected: t.number(rounded), actual: t.number(toDec(stated)), expectedValue: plainNumber(rounded), actualValue: plainNumber(toDec(stated)) };
        const { expected, actual } = values;
        out.push(t.finding("formula-mismatch", "error", { row: row.index, col: target }, { number: String(f.target), formula: f.text, expected, actual }, values));
      }
    }
    return out;
  },
};
