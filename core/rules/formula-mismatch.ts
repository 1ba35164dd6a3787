// formula-mismatch: a column the numbering row declares (`10=(5+7+9)`, `8 = (7/6)`) does not hold on a row.
import { parsedIn } from "../calc/cell-number.js";
import { numOf, ratioAgrees, toDec, type Num } from "../calc/num.js";
import { decideTimes100, type RatioSample } from "../calc/percent-scale.js";
import { columnsByNumber, evalFormula } from "../calc/written-formula.js";
import { hasTimes100, isRatioFormula } from "../layout/written-formula.js";
import type { Dec, Finding, TableRow } from "../model.js";
import type { Rule } from "../table.js";
import { Money } from "../values/decimal.js";

const ONE: Num = { coef: 1, decimals: 0 };

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
      const checks: (RatioSample & { row: TableRow; computed: Dec })[] = [];
      for (const row of rows) {
        const p = parsedIn(row, target);
        if (p.kind !== "number") continue;
        const v = evalFormula(f.expr, row, byNumber);
        if (!("value" in v)) continue;
        checks.push({ row, stated: numOf(p) ?? p.value, decimals: p.decimals, num: v.value, den: ONE, computed: v.value });
      }
      const times100 = ratio && decideTimes100(checks);
      if (ratio) target.times100 = times100;
      for (const c of checks) {
        const computed = times100 ? c.computed.times(100) : c.computed;
        const agrees = ratio || isRatioFormula(f.expr)
          ? ratioAgrees(c.stated, c.decimals, c.num, c.den, times100 ? 100 : 1)
          : toDec(c.stated).eq(computed.toDecimalPlaces(c.decimals, Money.ROUND_HALF_UP));
        if (agrees) continue;
        const expected = t.number(computed.toDecimalPlaces(Math.max(2, c.decimals)));
        const actual = t.number(toDec(c.stated));
        out.push(t.finding("formula-mismatch", "error", { row: c.row.index, col: target }, { number: String(f.target), formula: f.text, expected, actual }, { expected, actual }));
      }
    }
    return out;
  },
};
