// missing-budget: a sub kegiatan without pagu in any of the table's pagu columns.
import { parsedIn } from "../calc/cell-number.js";
import type { Finding, Node, RoleId } from "../model.js";
import { nodeLabel, type Rule } from "../table.js";
import { levelsThatCarry } from "./level-coverage.js";

/** The pagu of the year, in the order the finding is reported on; a table may have several (RKPD | APBD | RKPD Perubahan, Renstra years). */
const PAGU_ROLES: RoleId[] = ["pagu", "pagu-after", "pagu-before"];

export const missingBudget: Rule = {
  id: "missing-budget",
  severity: "warning",
  check(t) {
    const cols = PAGU_ROLES.flatMap((r) => t.columnsOf(r));
    const col = cols.find((c) => c.role !== "pagu-before");
    if (!col) return [];
    const hasPagu = (n: Node) => cols.some((c) => parsedIn(n.row, c).kind !== "empty");
    if (!levelsThatCarry(t.tree.nodes, hasPagu).has(5)) return [];
    const out: Finding[] = [];
    for (const n of t.tree.nodes) {
      if (n.level !== 5 || hasPagu(n)) continue;
      out.push(t.finding("missing-budget", "warning", { row: n.row.index, col }, { code: nodeLabel(n) }));
    }
    return out;
  },
};
