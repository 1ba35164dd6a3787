// ratio-mismatch: a stated percentage disagrees with realisasi ÷ target × 100 under the rounding rule.
import { numIn } from "../calc/cell-number.js";
import { isZeroNum, numOf, ratioAgrees, toDec } from "../calc/num.js";
import { decideTimes100, type RatioSample } from "../calc/percent-scale.js";
import { ratioPairs } from "../calc/ratio-pairs.js";
import type { Finding, TableRow } from "../model.js";
import type { Rule } from "../table.js";

export const ratioMismatch: Rule = {
  id: "ratio-mismatch",
  severity: "warning",
  check(t) {
    const out: Finding[] = [];
    for (const pair of ratioPairs(t)) {
      if (pair.source !== "header") continue;
      const samples: (RatioSample & { row: TableRow })[] = [];
      for (const row of t.tree.rows) {
        if (row.kind !== "node") continue;
        const p = row.cells[pair.ratio.index];
        const stated = numOf(p);
        const num = numIn(row, pair.realisation);
        const den = numIn(row, pair.target);
        if (stated === null || p?.kind !== "number" || num === null || den === null || isZeroNum(den)) continue;
        samples.push({ row, stated, decimals: p.decimals, num, den });
      }
      const times100 = decideTimes100(samples);
      pair.ratio.times100 = times100;
      const factor = times100 ? 100 : 1;
      for (const s of samples) {
        if (ratioAgrees(s.stated, s.decimals, s.num, s.den, factor)) continue;
        const values = t.amounts(toDec(s.num).div(toDec(s.den)).times(factor).toDecimalPlaces(2), toDec(s.stated), "number");
        const { expected, actual } = values;
        out.push(
          t.finding("ratio-mismatch", "warning", { row: s.row.index, col: pair.ratio }, {
            column: t.columnLabel(pair.ratio),
            realisation: t.number(toDec(s.num)),
            target: t.number(toDec(s.den)),
            expected,
            actual,
          }, values),
        );
      }
    }
    return out;
  },
};
