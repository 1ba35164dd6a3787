// kode-out-of-place: a row sits under a parent that is not its code's parent.
import type { Finding, Node } from "../model.js";
import { displayCode, nodeLabel, type Rule } from "../table.js";
import { kodeColumn } from "./kode-location.js";

export const kodeOutOfPlace: Rule = {
  id: "kode-out-of-place",
  severity: "warning",
  check(t) {
    const out: Finding[] = [];
    const col = kodeColumn(t);
    const nodes = t.tree.nodes;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i] as Node;
      if (n.placement !== "out-of-place" || !n.parent || !n.code) continue;
      const under = positionalParent(nodes, i);
      out.push(
        t.finding("kode-out-of-place", "warning", { row: n.row.index, col }, {
          code: displayCode(n.code),
          under: under ? nodeLabel(under) : "-",
          parent: nodeLabel(n.parent),
          parentRow: String(n.parent.row.index + 1),
        }, codes(n.parent.code, under?.code)),
      );
    }
    return out;
  },
};

function positionalParent(nodes: Node[], i: number): Node | undefined {
  const level = (nodes[i] as Node).level;
  for (let j = i - 1; j >= 0; j--) if ((nodes[j] as Node).level < level) return nodes[j];
  return undefined;
}

/** The code the row belongs under (expected) and the one it sits under (actual), the same in every language. */
function codes(parent: string | null, under: string | null | undefined): { expected?: string; actual?: string; expectedValue?: string; actualValue?: string } {
  const out: { expected?: string; actual?: string; expectedValue?: string; actualValue?: string } = {};
  if (parent) out.expected = out.expectedValue = parent;
  if (under) out.actual = out.actualValue = under;
  return out;
}
