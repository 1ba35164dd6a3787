// empty-parent: a program or kegiatan with no children, where the table lists rows of the level below.
import { capitalize, childrenName, levelName } from "../messages/words.js";
import type { Finding } from "../model.js";
import { nodeLabel, type Rule } from "../table.js";

export const emptyParent: Rule = {
  id: "empty-parent",
  severity: "info",
  check(t) {
    const levels = new Set(t.tree.nodes.map((n) => n.level));
    const out: Finding[] = [];
    const lang = t.options.lang;
    for (const n of t.tree.nodes) {
      if ((n.level !== 3 && n.level !== 4) || n.children.length > 0 || !levels.has((n.level + 1) as 4 | 5)) continue;
      out.push(t.finding("empty-parent", "info", { row: n.row.index }, { level: capitalize(levelName(n.level, lang)), code: nodeLabel(n), children: childrenName(n.level, lang) }));
    }
    return out;
  },
};
