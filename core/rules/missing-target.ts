// missing-target: an indicator without a target in any of the table's target columns.
import { parsedIn } from "../calc/cell-number.js";
import { levelName } from "../messages/words.js";
import type { Finding, RoleId } from "../model.js";
import { nodeLabel, type Rule } from "../table.js";

/** Target columns, the evaluated year's first: the finding is reported on the first one the table has. */
const TARGET_ROLES: RoleId[] = ["target", "target-after", "target-before", "target-renstra", "target-forward"];

export const missingTarget: Rule = {
  id: "missing-target",
  severity: "warning",
  check(t) {
    const cols = TARGET_ROLES.flatMap((r) => t.columnsOf(r));
    const at = cols[0];
    if (!at) return [];
    const out: Finding[] = [];
    for (const n of t.tree.nodes) {
      // A lone "-" is no target either.
      if (n.row.indicator === "" || cols.some((c) => parsedIn(n.row, c).kind !== "empty")) continue;
      out.push(t.finding("missing-target", "warning", { row: n.row.index, col: at }, { level: levelName(n.level, t.options.lang), code: nodeLabel(n) }));
    }
    return out;
  },
};
