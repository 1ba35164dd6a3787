// What each parent would hold if every total above the leaves were computed from them: tells a real mistake from its echo.
import type { Column, Node } from "../model.js";
import { numOf, NumSum, type Num } from "./num.js";

/**
 * The leaf sum of a node (its own value for a leaf), null when unknowable.
 * @example leafValue(totals, root, 0, pagu)
 */
export function leafValue(totals: Map<Node, (Num | null)[]>, node: Node, k: number, col: Column): Num | null {
  if (node.children.length > 0) return totals.get(node)?.[k] ?? null;
  const cell = node.row.cells[col.index];
  return cell?.kind === "invalid" ? null : (numOf(cell) ?? ZERO_SUM);
}

/**
 * Per parent node and column: the sum of the leaves below it (every level recomputed, none of the written totals
 * in between used); null where an unreadable cell makes it unknowable. A parent written as this sum is right even
 * when a child between is wrong: the mismatch is the child's, and reporting the parent too would repeat it.
 * @example leafTotals(tree.roots, [pagu]).get(program)?.[0] // sum of the program's sub kegiatan
 */
export function leafTotals(roots: readonly Node[], cols: readonly Column[]): Map<Node, (Num | null)[]> {
  const out = new Map<Node, (Num | null)[]>();
  const n = cols.length;
  const visit = (node: Node): (Num | null)[] => {
    if (node.children.length === 0) {
      return cols.map((c) => {
        const cell = node.row.cells[c.index];
        return cell?.kind === "invalid" ? null : (numOf(cell) ?? ZERO_SUM);
      });
    }
    const sums = Array.from({ length: n }, () => new NumSum());
    const broken = new Array<boolean>(n).fill(false);
    for (const child of node.children) {
      const v = visit(child);
      for (let k = 0; k < n; k++) {
        const x = v[k];
        if (x === null || x === undefined) broken[k] = true;
        else if (x !== ZERO_SUM) (sums[k] as NumSum).add(x);
      }
    }
    const totals = sums.map((s, k) => (broken[k] ? null : (s.value ?? ZERO_SUM)));
    out.set(node, totals);
    return totals;
  };
  for (const r of roots) visit(r);
  return out;
}

/** Stands for an empty leaf (adds nothing) in the walk, and for a parent with nothing below. */
export const ZERO_SUM: Num = { coef: 0, decimals: 0 };
