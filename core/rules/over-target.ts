// over-target: the year's realisation K exceeds its target K (capaian above 100 %, often a typo such as 892 %).
import { numberIn, parsedIn } from "../calc/cell-number.js";
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
        if (rp.kind !== "number" || tp.kind !== "number" || tp.value.isZero()) continue;
        if (rp.percent || tp.percent) continue;
        const r = numberIn(row, pair.realisation);
        const g = numberIn(row, pair.target);
        if (!r || !g || r.lte(g)) continue;
        seen.add(row.index);
        const expected = t.number(g);
        const actual = t.number(r);
        const capaian = `${t.number(r.div(g).times(100).toDecimalPlaces(2))}%`;
        out.push(t.finding("over-target", "warning", { row: row.index, col: pair.realisation }, { expected, actual, capaian }, { expected, actual }));
      }
    }
    return out;
  },
};
