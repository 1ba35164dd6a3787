// kode-duplicate: the same canonical code on two rows that are not a repeated header.
import type { Finding, Node } from "../model.js";
import { displayCode, type Rule } from "../table.js";
import { kodeColumn } from "./kode-location.js";

export const kodeDuplicate: Rule = {
  id: "kode-duplicate",
  severity: "error",
  check(t) {
    const out: Finding[] = [];
    const col = kodeColumn(t);
    const nodes = t.tree.nodes;
    // Canonical codes have fixed-width segments, so text order is code order: while the codes keep
    // rising (as sheets list them) none can repeat an earlier one, and no lookup table is needed.
    let previous = "";
    let first: Map<string, number> | null = null;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i] as Node;
      const canonical = n.row.kode?.canonical;
      if (!canonical) continue;
      if (first === null) {
        if (canonical > previous) {
          previous = canonical;
          continue;
        }
        first = firstRows(nodes, i);
      }
      const seen = first.get(canonical);
      if (seen === undefined) {
        first.set(canonical, n.row.index);
        continue;
      }
      out.push(t.finding("kode-duplicate", "error", { row: n.row.index, col }, { code: displayCode(canonical), other: String(seen + 1) }, { actual: displayCode(canonical), actualValue: displayCode(canonical) }));
    }
    return out;
  },
};

/** The first row of every code among the nodes before `end`. */
function firstRows(nodes: Node[], end: number): Map<string, number> {
  const first = new Map<string, number>();
  for (let j = 0; j < end; j++) {
    const c = (nodes[j] as Node).row.kode?.canonical;
    if (c && !first.has(c)) first.set(c, (nodes[j] as Node).row.index);
  }
  return first;
}
