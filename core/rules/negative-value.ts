// negative-value: a negative pagu, realisation or target (change columns may be negative).
import { parsedIn } from "../calc/cell-number.js";
import { ROLE_DEFS } from "../layout/roles.js";
import type { Finding } from "../model.js";
import { plainNumber, type Rule } from "../table.js";
import { decimalOf } from "../values/number-result.js";

export const negativeValue: Rule = {
  id: "negative-value",
  severity: "error",
  check(t) {
    const cols = t.layout.columns.filter((c) => ROLE_DEFS[c.role].nonNegative);
    const out: Finding[] = [];
    for (const row of t.tree.rows) {
      // A repeated context row says again what its first appearance said: one finding is enough.
      if (row.kind === "blank" || row.kind === "repeated-header" || row.kind === "repeat") continue;
      for (const col of cols) {
        const p = parsedIn(row, col);
        if (p.kind !== "number") continue;
        const value = p.coef !== null && p.coef >= 0 ? null : decimalOf(p);
        if (value === null || !value.isNegative() || value.isZero()) continue;
        const actual = ROLE_DEFS[col.role].measure === "money" ? t.money(value) : t.number(value);
        out.push(t.finding("negative-value", "error", { row: row.index, col }, { column: t.columnLabel(col), actual }, { actual, actualValue: plainNumber(value) }));
      }
    }
    return out;
  },
};
