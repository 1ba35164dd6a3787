// Parent totals and TOTAL rows: `=SUM(R13:R17)` over a block of children, `=R12+R18+R25` over rows that sit apart.
import { addNum, toDec, type Num } from "../calc/num.js";
import { isBlank } from "../grid.js";
import type { Column, Node, RowKind } from "../model.js";
import { a1, sumTerms, termFx } from "./cell-refs.js";
import { call, plus, ref, type Fx } from "./formula-syntax.js";
import type { WritePurpose } from "./patch.js";
import type { Operand, PlanState, TextNumberCell } from "./plan-state.js";

/** Rows a range may cover without taking in a value: blank rows and wrapped text, with the cell itself blank. */
const GAP_KINDS: ReadonlySet<RowKind> = new Set(["blank", "continuation"]);

/**
 * Plans the total of every parent in each of the given money columns, bottom-up, so that a parent's
 * children are planned before it.
 * @example planParentTotals(state, [paguColumn], false)
 */
export function planParentTotals(state: PlanState, columns: readonly Column[], emptyTotals: boolean): void {
  for (const col of columns) {
    const visit = (n: Node): void => {
      if (n.children.length === 0) return;
      for (const c of n.children) visit(c);
      planSum(state, n.row.index, col, n.children.map((c) => c.row.index), "total", emptyTotals);
    };
    for (const root of state.table.tree.roots) visit(root);
  }
}

/**
 * Plans every TOTAL row as the sum of the top-level rows, in each of the given money columns (after the
 * top-level rows themselves are planned).
 * @example planGrandTotals(state, [paguColumn], false)
 */
export function planGrandTotals(state: PlanState, columns: readonly Column[], emptyTotals: boolean): void {
  const tree = state.table.tree;
  const roots = tree.roots.map((r) => r.row.index);
  for (const col of columns) {
    for (const row of tree.rows) {
      if (row.kind === "total") planSum(state, row.index, col, roots, "grand-total", emptyTotals);
      // Footer rows that carry money (`TOTAL RATA-RATA CAPAIAN KINERJA DAN ANGGARAN`) total it where they write it.
      else if (row.kind === "average" && ["number", "text-number"].includes(state.current(row.index, col.index).cls)) planSum(state, row.index, col, roots, "grand-total", emptyTotals);
    }
  }
}

/** `target` = the sum of `rows` in one column. */
function planSum(state: PlanState, target: number, col: Column, rows: readonly number[], purpose: WritePurpose, emptyTotals: boolean): void {
  if (rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => a - b);
  const ops = new Map<number, Operand>();
  const textCells: TextNumberCell[] = [];
  let sum: Num | null = null;
  for (const r of sorted) {
    const o = state.operand(r, col.index, ref(a1(r, col.index)), (fx) => call("N", fx));
    if ("bad" in o) {
      state.skip(target, col.index, purpose, o.bad);
      return;
    }
    ops.set(r, o.op);
    if (o.text) textCells.push(o.text);
    if (o.op.value !== null) sum = addNum(sum, o.op.value);
  }
  if (sum === null && !emptyTotals) return;
  const gapOk = (r: number): boolean => r !== target && GAP_KINDS.has(state.row(r)?.kind ?? "blank") && isBlank(state.raw(r, col.index)) && state.formulaIn(r, col.index) === null;
  const terms = sumTerms(sorted, gapOk);
  const fx: Fx = plus(terms.map((t) => termFx(t, col.index, (single, r) => ops.get(r)?.fx ?? single)));
  const value = sum === null ? 0 : toDec(sum).toNumber();
  state.want(target, col.index, { purpose, fx, value, read: sum ?? { coef: 0, decimals: 0 }, result: value, textCells, numberFormat: "#,##0" });
}
