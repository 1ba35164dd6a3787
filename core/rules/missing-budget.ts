// missing-budget: a sub kegiatan without pagu.
import { parsedIn } from "../calc/cell-number.js";
import type { Finding, Node } from "../model.js";
import { nodeLabel, type Rule } from "../table.js";
import { levelsThatCarry } from "./level-coverage.js";

export const missingBudget: Rule = {
  id: "missing-budget",
  severity: "warning",
  check(t) {
    const col = t.columnsOf("pagu")[0] ?? t.columnsOf("pagu-after")[0];
    if (!col) return [];
    const before = t.columnsOf("pagu-before")[0];
    const hasPagu = (n: Node) => parsedIn(n.row, col).kind !== "empty" || (before !== undefined && parsedIn(n.row, before).kind !== "empty");
    if (!levelsThatCarry(t.tree.nodes, hasPagu).has(5)) return [];
    const out: Finding[] = [];
    for (const n of t.tree.nodes) {
      if (n.level !== 5 || hasPagu(n)) continue;
      out.push(t.finding("missing-budget", "warning", { row: n.row.index, col }, { code: nodeLabel(n) }));
    }
    return out;
  },
};
