// formula-mismatch: a column the numbering row declares (`10=(5+7+9)`, `8 = (7/6)`) does not hold on a row.
import { parsedIn } from "../calc/cell-number.js";
import { numOf, roundedDiff, toDec } from "../calc/num.js";
import { decideTimes100, type RatioSample } from "../calc/percent-scale.js";
import { columnsByNumber, evalFormula } from "../calc/written-formula.js";
import { hasTimes100, isRatioFormula } from "../layout/written-formula.js";
import type { Finding, TableRow } from "../model.js";
import { plainNumber, type Rule } from "../table.js";
import { Money } from "../values/decimal.js";

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
      // A division is a stated percentage (rounding rule, ×100 or not by the column's majority); a sum must hold exactly.
      const ratio = isRatioFormula(f.expr) && !hasTimes100(f.expr);
      const rounding = isRatioFormula(f.expr);
      // The computed value is numerator ÷ denominator, exact; the comparison is in integers (Decimal only past 15 digits).
      const checks: (RatioSample & { row: TableRow })[] = [];
      for (const row of rows) {
        const p = parsedIn(row, target);
        if (p.kind !== "number") continue;
        const v = evalFormula(f.expr, row, byNumber);
        if (!("num" in v)) continue;
        checks.push({ row, stated: numOf(p) ?? p.value, decimals: p.decimals, num: v.num, den: v.den });
      }
      const times100 = ratio && decideTimes100(checks);
      if (ratio) target.times100 = times100;
      const factor = times100 ? 100 : 1;
      for (const c of checks) {
        const diff = roundedDiff(c.stated, c.decimals, c.num, c.den, factor);
        if (rounding ? diff <= 1 : diff === 0) continue;
        const computed = toDec(c.num).div(toDec(c.den)).times(factor);
        const rounded = computed.toDecimalPlaces(Math.max(2, c.decimals), Money.ROUND_HALF_UP);
        const values = { expected: t.number(rounded), actual: t.number(toDec(c.stated)), expectedValue: plainNumber(rounded), actualValue: plainNumber(toDec(c.stated)) };
        const { expected, actual } = values;
        out.push(t.finding("formula-mismatch", "error", { row: c.row.index, col: target }, { number: String(f.target), formula: f.text, expected, actual }, values));
      }
    }
    return out;
  },
};
