// missing-target: an indicator without a target in any target column of the row's own level (domain §10).
import { parsedIn } from "../calc/cell-number.js";
import { ownTargetColumns } from "../layout/target-levels.js";
import { levelName } from "../messages/words.js";
import type { Finding } from "../model.js";
import { nodeLabel, type Rule } from "../table.js";

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
      if (!at || cols.some((c) => parsedIn(n.row, c).kind !== "empty")) continue;
      out.push(t.finding("missing-target", "warning", { row: n.row.index, col: at }, { level: levelName(n.level, t.options.lang), code: nodeLabel(n) }));
    }
    return out;
  },
};
