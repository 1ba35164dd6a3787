// kode-orphan: the parent of a code has no row in the table (the tree still hangs it under its positional parent).
import { parentOf } from "../kode/index.js";
import type { Finding } from "../model.js";
import { displayCode, type Rule } from "../table.js";
import { kodeColumn } from "./kode-location.js";

export const kodeOrphan: Rule = {
  id: "kode-orphan",
  severity: "warning",
  check(t) {
    const out: Finding[] = [];
    const col = kodeColumn(t);
    for (const n of t.tree.nodes) {
      if (n.placement !== "orphan" || !n.code) continue;
      const parent = displayCode(parentOf(n.code) ?? "");
      out.push(t.finding("kode-orphan", "warning", { row: n.row.index, col }, { code: displayCode(n.code), parent }, { expected: parent, expectedValue: parent }));
    }
    return out;
  },
};
