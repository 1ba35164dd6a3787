// over-budget: the realisation in Rp exceeds the pagu of the same row.
import { numIn } from "../calc/cell-number.js";
import { cmpNum, toDec } from "../calc/num.js";
import type { Finding } from "../model.js";
import type { Rule } from "../table.js";

export const overBudget: Rule = {
  id: "over-budget",
  severity: "error",
  check(t) {
    const real = t.columnsOf("realisasi-rp")[0];
    const pagu = t.columnsOf("pagu")[0] ?? t.columnsOf("pagu-after")[0];
    if (!real || !pagu) return [];
    const out: Finding[] = [];
    for (const row of t.tree.rows) {
      if (row.kind !== "node") continue;
      const r = numIn(row, real);
      const p = numIn(row, pagu);
      if (r === null || p === null || cmpNum(r, p) <= 0) continue;
      const values = t.amounts(toDec(p), toDec(r));
      out.push(t.finding("over-budget", "error", { row: row.index, col: real }, { expected: values.expected, actual: values.actual }, values));
    }
    return out;
  },
};
