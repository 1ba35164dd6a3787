// missing-target: an indicator without a target in any target column of the row's own level (domain §10).
import { parsedIn } from "../calc/cell-number.js";
import { ownTargetColumns } from "../layout/target-levels.js";
import { levelName } from "../messages/words.js";
import type { Column, Finding, TableRow } from "../model.js";
import { nodeLabel, type Rule } from "../table.js";

/** True when one of `cols` holds something other than blank or a lone "-" on the row. */
function hasTarget(row: TableRow, cols: readonly Column[]): boolean {
  for (const c of cols) if (parsedIn(row, c).kind !== "empty") return true;
  return false;
}

export const missingTarget: Rule = {
  id: "missing-target",
  severity: "warning",
  check(t) {
    const out: Finding[] = [];
    for (const n of t.tree.nodes) {
      if (n.row.indicator === "") continue;
      // The finding is reported on the first own-level column (the evaluated year's first); a lone "-" is no target.
      const cols = ownTargetColumns(t, n.level);
      const at = cols[0];
      if (!at || hasTarget(n.row, cols)) continue;
      out.push(t.finding("missing-target", "warning", { row: n.row.index, col: at }, { level: levelName(n.level, t.options.lang), code: nodeLabel(n) }));
    }
    return out;
  },
};
