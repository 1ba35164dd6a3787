// total-mismatch: a parent's money value differs from the sum of its direct children (empty parents are not findings).
// A parent that holds the sum of the leaves below it is right: the mismatch is a child's, said there once.
import { leafTotals } from "../calc/leaf-totals.js";
import { eqNum, subNum, toDec, type Num } from "../calc/num.js";
import { forEachParentTotal } from "../calc/totals.js";
import { capitalize, childrenName, levelName } from "../messages/words.js";
import type { Finding } from "../model.js";
import { ROLE_DEFS } from "../layout/roles.js";
import { nodeLabel, type Rule } from "../table.js";

export const totalMismatch: Rule = {
  id: "total-mismatch",
  severity: "error",
  check(t) {
    const out: Finding[] = [];
    const lang = t.options.lang;
    const cols = t.layout.columns.filter((col) => ROLE_DEFS[col.role].summable);
    let leaves: Map<(typeof t.tree.nodes)[number], (Num | null)[]> | null = null;
    forEachParentTotal(t.tree.roots, cols, (node, k, total) => {
      if (total.stated === null || total.expected === null || eqNum(total.stated, total.expected)) return;
      // Mismatches are rare: the leaf sums are worked out once, at the first.
      leaves ??= leafTotals(t.tree.roots, cols);
      const leafSum = leaves.get(node)?.[k];
      if (leafSum !== null && leafSum !== undefined && eqNum(total.stated, leafSum)) return;
      const col = cols[k] as (typeof cols)[number];
      const values = t.amounts(toDec(total.expected), toDec(total.stated));
      const { expected, actual } = values;
      out.push(
        t.finding("total-mismatch", "error", { row: node.row.index, col }, {
          column: t.columnLabel(col),
          level: capitalize(levelName(node.level, lang)),
          code: nodeLabel(node),
          children: childrenName(node.level, lang),
          expected,
          actual,
          difference: t.money(toDec(subNum(total.stated, total.expected))),
        }, values),
      );
    });
    return out;
  },
};
