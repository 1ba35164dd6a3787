// grand-total-mismatch: a TOTAL / JUMLAH row differs from the sum of the top-level rows.
import { numIn } from "../calc/cell-number.js";
import { leafTotals, leafValue } from "../calc/leaf-totals.js";
import { addNum, eqNum, subNum, toDec, type Num } from "../calc/num.js";
import { effectiveValue } from "../calc/totals.js";
import type { Column, Finding, Node } from "../model.js";
import { ROLE_DEFS } from "../layout/roles.js";
import type { Rule } from "../table.js";

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
      let sum: Num | null = null;
      for (const root of t.tree.roots) {
        const v = effectiveValue(root, col);
        if (v !== null) sum = addNum(sum, v);
      }
      if (sum === null) continue;
      let leafSum: Num | null | undefined;
      for (const row of totals) {
        const stated = numIn(row, col);
        if (stated === null || eqNum(stated, sum)) continue;
        // A TOTAL that holds the sum of the leaves is right: a top-level row is wrong, and said there.
        leafSum ??= sumOfLeaves(t.tree.roots, col);
        if (leafSum !== null && eqNum(stated, leafSum)) continue;
        const values = t.amounts(toDec(sum), toDec(stated));
        const { expected, actual } = values;
        out.push(
          t.finding("grand-total-mismatch", "error", { row: row.index, col }, {
            label: "TOTAL",
            column: t.columnLabel(col),
            expected,
            actual,
            difference: t.money(toDec(subNum(stated, sum))),
          }, values),
        );
      }
    }
    return out;
  },
};

/** The sum of every leaf of the table in one column, null when a cell is unreadable. */
function sumOfLeaves(roots: readonly Node[], col: Column): Num | null {
  const totals = leafTotals(roots, [col]);
  let sum: Num | null = null;
  for (const r of roots) {
    const v = leafValue(totals, r, 0, col);
    if (v === null) return null;
    sum = addNum(sum, v);
  }
  return sum;
}
