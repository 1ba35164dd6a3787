// missing-indicator: a program, kegiatan or sub kegiatan row without indicator text.
import { capitalize, levelName } from "../messages/words.js";
import type { Finding } from "../model.js";
import { nodeLabel, type Rule } from "../table.js";
import { levelsThatCarry } from "./level-coverage.js";

export const missingIndicator: Rule = {
  id: "missing-indicator",
  severity: "warning",
  check(t) {
    const col = t.columnsOf("indicator")[0];
    if (!col) return [];
    const levels = levelsThatCarry(t.tree.nodes, (n) => n.row.indicator !== "");
    const out: Finding[] = [];
    for (const n of t.tree.nodes) {
      if (n.level < 3 || n.row.indicator !== "" || !levels.has(n.level)) continue;
      out.push(t.finding("missing-indicator", "warning", { row: n.row.index, col }, { level: capitalize(levelName(n.level, t.options.lang)), code: nodeLabel(n) }));
    }
    return out;
  },
};
