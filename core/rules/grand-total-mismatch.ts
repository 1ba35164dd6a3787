// grand-total-mismatch: a TOTAL / JUMLAH row differs from the sum of the top-level rows.
import { numberIn } from "../calc/cell-number.js";
import { effectiveValue } from "../calc/totals.js";
import type { Dec, Finding } from "../model.js";
import { ROLE_DEFS } from "../layout/roles.js";
import type { Rule } from "../table.js";
import { ZERO } from "../values/decimal.js";

export const grandTotalMismatch: Rule = {
  id: "grand-total-mismatch",
  severity: "error",
  check(t) {
    const out: Finding[] = [];
    // Footer rows that carry money ("TOTAL RATA-RATA CAPAIAN KINERJA DAN ANGGARAN") total it: an average of pagu means nothing.
    const totals = t.tree.rows.filter((r) => r.kind === "total" || r.kind === "average");
    if (totals.length === 0 || t.tree.roots.length === 0) return out;
    for (const col of t.layout.columns) {
      if (!ROLE_DEFS[col.role].summable) continue;
      let sum: Dec | null = null;
      for (const root of t.tree.roots) {
        const v = effectiveValue(root, col);
        if (v) sum = (sum ?? ZERO).plus(v);
      }
      if (sum === null) continue;
      for (const row of totals) {
        const stated = numberIn(row, col);
        if (stated === null || stated.eq(sum)) continue;
        const expected = t.money(sum);
        const actual = t.money(stated);
        out.push(
          t.finding("grand-total-mismatch", "error", { row: row.index, col }, {
            label: "TOTAL",
            column: t.columnLabel(col),
            expected,
            actual,
            difference: t.money(stated.minus(sum)),
          }, { expected, actual }),
        );
      }
    }
    return out;
  },
};
