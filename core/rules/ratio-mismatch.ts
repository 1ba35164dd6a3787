// ratio-mismatch: a stated percentage disagrees with realisasi ÷ target × 100 under the rounding rule.
import { numberIn, parsedIn } from "../calc/cell-number.js";
import { decideTimes100 } from "../calc/percent-scale.js";
import { ratioPairs } from "../calc/ratio-pairs.js";
import type { Dec, Finding, TableRow } from "../model.js";
import type { Rule } from "../table.js";
import { agreesWhenRounded } from "../values/index.js";

export const ratioMismatch: Rule = {
  id: "ratio-mismatch",
  severity: "warning",
  check(t) {
    const out: Finding[] = [];
    for (const pair of ratioPairs(t)) {
      if (pair.source !== "header") continue;
      const samples: { row: TableRow; stated: Dec; decimals: number; computed: Dec; real: Dec; target: Dec }[] = [];
      for (const row of t.tree.rows) {
        if (row.kind !== "node") continue;
        const p = parsedIn(row, pair.ratio);
        const real = numberIn(row, pair.realisation);
        const target = numberIn(row, pair.target);
        if (p.kind !== "number" || real === null || target === null || target.isZero()) continue;
        samples.push({ row, stated: p.value, decimals: p.decimals, computed: real.div(target), real, target });
      }
      const times100 = decideTimes100(samples);
      pair.ratio.times100 = times100;
      for (const s of samples) {
        const computed = times100 ? s.computed.times(100) : s.computed;
        if (agreesWhenRounded(s.stated, s.decimals, computed)) continue;
        const expected = t.number(computed.toDecimalPlaces(2));
        const actual = t.number(s.stated);
        out.push(
          t.finding("ratio-mismatch", "warning", { row: s.row.index, col: pair.ratio }, {
            column: t.columnLabel(pair.ratio),
            realisation: t.number(s.real),
            target: t.number(s.target),
            expected,
            actual,
          }, { expected, actual }),
        );
      }
    }
    return out;
  },
};
