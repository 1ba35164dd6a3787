// delta-mismatch: the written change differs from sesudah − sebelum (or bertambah − berkurang from it).
import { changeColumns, changeOf } from "../calc/change.js";
import { eqNum, toDec } from "../calc/num.js";
import type { Finding } from "../model.js";
import type { Rule } from "../table.js";

export const deltaMismatch: Rule = {
  id: "delta-mismatch",
  severity: "error",
  check(t) {
    const cols = changeColumns(t);
    if (!cols) return [];
    const out: Finding[] = [];
    for (const row of t.tree.rows) {
      if (row.kind !== "node") continue;
      const c = changeOf(row, cols);
      if (!c || eqNum(c.expected, c.written)) continue;
      const values = t.amounts(toDec(c.expected), toDec(c.written));
      const { expected, actual } = values;
      out.push(
        t.finding("delta-mismatch", "error", { row: row.index, col: c.col }, {
          before: t.money(toDec(c.before)),
          after: t.money(toDec(c.after)),
          expected,
          actual,
        }, values),
      );
    }
    return out;
  },
};
