// Parent totals (domain §5): a parent's value is the sum of its direct children, bottom-up, exactly.
import type { Column, Node } from "../model.js";
import { numIn } from "./cell-number.js";
import { addNum, numOf, NumSum, type Num } from "./num.js";

export interface NodeTotal {
  /** Value written in the parent's cell, null when empty. */
  stated: Num | null;
  /** Sum of the children's values (their stated value, or their own sum when empty); null when no child has one or one is unreadable. */
  expected: Num | null;
}

/**
 * Totals of one money column for every node with children.
 * @example totalsOf(tree.roots, paguColumn).get(programNode) // { stated: 1.05e9, expected: 1.1e9 }
 */
export function totalsOf(roots: Node[], col: Column): Map<Node, NodeTotal> {
  const out = new Map<Node, NodeTotal>();
  // Per node: its value as parents see it, and whether an unreadable cell below makes it unknowable.
  let value: Num | null = null;
  let broken = false;
  const visit = (n: Node): void => {
    const cell = n.row.cells[col.index];
    const brokenSelf = cell?.kind === "invalid";
    const stated = brokenSelf ? null : numOf(cell);
    if (n.children.length === 0) {
      value = stated;
      broken = brokenSelf;
      return;
    }
    const total = new NumSum();
    let childBroken = false;
    for (const c of n.children) {
      visit(c);
      if (broken) childBroken = true;
      if (value !== null) total.add(value);
    }
    const sum = total.value;
    out.set(n, { stated, expected: childBroken ? null : sum });
    value = stated ?? (childBroken ? null : sum);
    broken = brokenSelf || (stated === null && childBroken);
  };
  for (const r of roots) visit(r);
  return out;
}

/**
 * Value of a node as its parents see it: written, else the sum of its children.
 * @example effectiveValue(node, col) // { coef: 1100000000, decimals: 0 }
 */
export function effectiveValue(n: Node, col: Column): Num | null {
  const stated = numIn(n.row, col);
  if (stated !== null || n.children.length === 0) return stated;
  let sum: Num | null = null;
  for (const c of n.children) {
    const v = effectiveValue(c, col);
    if (v !== null) sum = addNum(sum, v);
  }
  return sum;
}
