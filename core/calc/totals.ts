// Parent totals (domain §5): a parent's value is the sum of its direct children, bottom-up, in decimals.
import type { Column, Dec, Node } from "../model.js";
import { ZERO } from "../values/decimal.js";
import { isInvalid, numberIn } from "./cell-number.js";

export interface NodeTotal {
  /** Value written in the parent's cell, null when empty. */
  stated: Dec | null;
  /** Sum of the children's values (their stated value, or their own sum when empty); null when no child has one or one is unreadable. */
  expected: Dec | null;
}

/**
 * Totals of one money column for every node with children.
 * @example totalsOf(tree.roots, paguColumn).get(programNode) // { stated: 1.05e9, expected: 1.1e9 }
 */
export function totalsOf(roots: Node[], col: Column): Map<Node, NodeTotal> {
  const out = new Map<Node, NodeTotal>();
  const visit = (n: Node): { value: Dec | null; broken: boolean } => {
    const stated = numberIn(n.row, col);
    const brokenSelf = isInvalid(n.row, col);
    if (n.children.length === 0) return { value: stated, broken: brokenSelf };
    let sum: Dec | null = null;
    let broken = false;
    for (const c of n.children) {
      const r = visit(c);
      if (r.broken) broken = true;
      if (r.value) sum = (sum ?? ZERO).plus(r.value);
    }
    out.set(n, { stated, expected: broken ? null : sum });
    return { value: stated ?? (broken ? null : sum), broken: brokenSelf || (stated === null && broken) };
  };
  for (const r of roots) visit(r);
  return out;
}

/**
 * Value of a node as its parents see it: written, else the sum of its children.
 * @example effectiveValue(node, col) // Decimal
 */
export function effectiveValue(n: Node, col: Column): Dec | null {
  const stated = numberIn(n.row, col);
  if (stated || n.children.length === 0) return stated;
  let sum: Dec | null = null;
  for (const c of n.children) {
    const v = effectiveValue(c, col);
    if (v) sum = (sum ?? ZERO).plus(v);
  }
  return sum;
}
