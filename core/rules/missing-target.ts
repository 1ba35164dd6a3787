// missing-target: an indicator without a target.
import { parsedIn } from "../calc/cell-number.js";
import { levelName } from "../messages/words.js";
import type { Finding } from "../model.js";
import { nodeLabel, type Rule } from "../table.js";
import { levelsThatCarry } from "./level-coverage.js";

export const missingTarget: Rule = {
  id: "missing-target",
  severity: "warning",
  check(t) {
    const col = t.columnsOf("target")[0] ?? t.columnsOf("target-after")[0] ?? t.columnsOf("target-renstra")[0];
    if (!col) return [];
    const hasTarget = (n: (typeof t.tree.nodes)[number]) => parsedIn(n.row, col).kind !== "empty";
    const levels = levelsThatCarry(t.tree.nodes, hasTarget);
    const out: Finding[] = [];
    for (const n of t.tree.nodes) {
      if (n.row.indicator === "" || hasTarget(n) || !levels.has(n.level)) continue;
      out.push(t.finding("missing-target", "warning", { row: n.row.index, col }, { level: levelName(n.level, t.options.lang), code: nodeLabel(n) }));
    }
    return out;
  },
};
