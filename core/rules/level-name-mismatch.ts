// level-name-mismatch: the name says PROGRAM / KEGIATAN / URUSAN but the code is of another level.
import { levelName } from "../messages/words.js";
import type { Finding } from "../model.js";
import { levelsNamed } from "../tree/row-text.js";
import { displayCode, type Rule } from "../table.js";
import { kodeColumn } from "./kode-location.js";

export const levelNameMismatch: Rule = {
  id: "level-name-mismatch",
  severity: "warning",
  check(t) {
    const out: Finding[] = [];
    const col = kodeColumn(t);
    const lang = t.options.lang;
    for (const n of t.tree.nodes) {
      const k = n.row.kode;
      if (!k?.canonical || !k.level) continue;
      const named = levelsNamed(n.row.name);
      if (named.length === 0 || named.includes(k.level)) continue;
      const namedLevel = named[named.length - 1] ?? k.level;
      out.push(
        t.finding("level-name-mismatch", "warning", { row: n.row.index, col }, {
          named: levelName(namedLevel, lang).toUpperCase(),
          code: displayCode(k.canonical),
          level: levelName(k.level, lang),
        }, { expected: levelName(namedLevel, lang), actual: levelName(k.level, lang), expectedValue: levelName(namedLevel, "id"), actualValue: levelName(k.level, "id") }),
      );
    }
    return out;
  },
};
