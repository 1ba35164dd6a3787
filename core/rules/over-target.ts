// over-target: the year's realisation K exceeds its target K (capaian above 100 %, often a typo such as 892 %).
import { parsedIn } from "../calc/cell-number.js";
import { cmpNum, isZeroNum, numOf, toDec } from "../calc/num.js";
import { isYearRealisation, ratioPairs } from "../calc/ratio-pairs.js";
import { ROLE_DEFS } from "../layout/roles.js";
import type { Finding } from "../model.js";
import type { Rule } from "../table.js";

export const overTarget: Rule = {
  id: "over-target",
  severity: "warning",
  check(t) {
    const out: Finding[] = [];
    const seen = new Set<number>();
    for (const pair of ratioPairs(t)) {
      if (ROLE_DEFS[pair.realisation.role].measure !== "quantity" || !isYearRealisation(pair.realisation)) continue;
      for (const row of t.tree.rows) {
        if (row.kind !== "node" || seen.has(row.index)) continue;
        const rp = parsedIn(row, pair.realisation);
        const tp = parsedIn(row, pair.target);
        if (rp.kind !== "number" || tp.kind !== "number" || rp.percent || tp.percent) continue;
        const r = numOf(rp);
        const g = numOf(tp);
        if (r === null || g === null || isZeroNum(g) || cmpNum(r, g) <= 0) continue;
        seen.add(row.index);
        const values = t.amounts(toDec(g), toDec(r), "number");
        const { expected, actual } = values;
        const capaian = `${t.number(toDec(r).div(toDec(g)).times(100).toDecimalPlaces(2))}%`;
        out.push(t.finding("over-target", "warning", { row: row.index, col: pair.realisation }, { expected, actual, capaian }, values));
      }
    }
    return out;
  },
};
