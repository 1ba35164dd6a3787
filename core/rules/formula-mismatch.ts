// formula-mismatch: a column the numbering row declares (`10=(5+7+9)`, `8 = (7/6)`) does not hold on a row.
import { parsedIn } from "../calc/cell-number.js";
import { decideTimes100, type ScaleSample } from "../calc/percent-scale.js";
import { columnsByNumber, evalFormula } from "../calc/written-formula.js";
import { hasTimes100, isRatioFormula } from "../layout/written-formula.js";
import type { Finding, TableRow } from "../model.js";
import type { Rule } from "../table.js";
import { agreesWhenRounded } from "../values/index.js";

const COUNTED_KINDS = new Set(["node"]);

export const formulaMismatch: Rule = {
  id: "formula-mismatch",
  severity: "error",
  check(t) {
    const out: Finding[] = [];
    const byNumber = columnsByNumber(t.layout.columns);
    const rows = t.tree.rows.filter((r) => COUNTED_KINDS.has(r.kind));
    for (const f of t.layout.formulas) {
      const target = byNumber.get(f.target);
      if (!target) continue;
      const ratio = isRatioFormula(f.expr) && !hasTimes100(f.expr);
      const checks: { row: TableRow; stated: ScaleSample["stated"]; decimals: number; computed: ScaleSample["computed"] }[] = [];
      for (const row of rows) {
        const p = parsedIn(row, target);
        if (p.kind !== "number") continue;
        const v = evalFormula(f.expr, row, byNumber);
        if (!("value" in v)) continue;
        checks.push({ row, stated: p.value, decimals: p.decimals, computed: v.value });
      }
      const times100 = ratio && decideTimes100(checks);
      if (ratio) target.times100 = times100;
      for (const c of checks) {
        const computed = times100 ? c.computed.times(100) : c.computed;
        const agrees = ratio || c.decimals > 0 ? agreesWhenRounded(c.stated, c.decimals, computed) : c.stated.eq(computed.toDecimalPlaces(c.decimals));
        if (agrees) continue;
        const expected = t.number(computed.toDecimalPlaces(Math.max(2, c.decimals)));
        const actual = t.number(c.stated);
        out.push(t.finding("formula-mismatch", "error", { row: c.row.index, col: target }, { number: String(f.target), formula: f.text, expected, actual }, { expected, actual }));
      }
    }
    return out;
  },
};
