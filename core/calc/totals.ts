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
 * Totals of money columns for every node with children, in one walk of the tree: `onTotal` gets each parent
 * with the index (into `cols`) of the column and its total. Children come before their parent.
 * @example forEachParentTotal(tree.roots, [pagu], (node, k, total) => …) // total: { stated: 1.05e9, expected: 1.1e9 }
 */
export function forEachParentTotal(roots: readonly Node[], cols: readonly Column[], onTotal: (node: Node, k: number, total: NodeTotal) => void): void {
  const n = cols.length;
  if (n === 0) return;
  const index = cols.map((c) => c.index);
  // Per node and column: its value as parents see it, and whether an unreadable cell below makes it unknowable.
  const visit = (node: Node, value: (Num | null)[], broken: boolean[]): void => {
    const cells = node.row.cells;
    if (node.children.length === 0) {
      for (let k = 0; k < n; k++) {
        const cell = cells[index[k] as number];
        const brokenSelf = cell?.kind === "invalid";
        broken[k] = brokenSelf;
        value[k] = brokenSelf ? null : numOf(cell);
      }
      return;
    }
    const sums: NumSum[] = [];
    const childBroken: boolean[] = [];
    for (let k = 0; k < n; k++) {
      sums.push(new NumSum());
      childBroken.push(false);
    }
    const childValue: (Num | null)[] = new Array<Num | null>(n).fill(null);
    const childIsBroken: boolean[] = new Array<boolean>(n).fill(false);
    for (const c of node.children) {
      visit(c, childValue, childIsBroken);
      for (let k = 0; k < n; k++) {
        if (childIsBroken[k]) childBroken[k] = true;
        const v = childValue[k];
        if (v !== null && v !== undefined) (sums[k] as NumSum).add(v);
      }
    }
    for (let k = 0; k < n; k++) {
      const cell = cells[index[k] as number];
      const brokenSelf = cell?.kind === "invalid";
      const stated = brokenSelf ? null : numOf(cell);
      const sum = (sums[k] as NumSum).value;
      const below = childBroken[k] === true;
      onTotal(node, k, { stated, expected: below ? null : sum });
      value[k] = stated ?? (below ? null : sum);
      broken[k] = brokenSelf || (stated === null && below);
    }
  };
  const value: (Num | null)[] = new Array<Num | null>(n).fill(null);
  const broken: boolean[] = new Array<boolean>(n).fill(false);
  for (const r of roots) visit(r, value, broken);
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
