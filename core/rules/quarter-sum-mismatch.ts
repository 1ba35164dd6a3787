// quarter-sum-mismatch: the realisation total differs from TW I + II + III + IV (or the last quarter for % indicators).
// A parent whose total is its children's totals, above a child that does not add up, echoes that child: said once, there.
import { numIn, parsedIn } from "../calc/cell-number.js";
import { eqNum, NumSum, toDec } from "../calc/num.js";
import { inQuarterOrder, isLevelIndicator, quarterTotal } from "../calc/quarters.js";
import type { Column, Finding, Node, TableRow } from "../model.js";
import type { Rule } from "../table.js";

const PAIRS = [
  { total: "realisasi-k", quarter: "tw-k", money: false },
  { total: "realisasi-rp", quarter: "tw-rp", money: true },
] as const;

export const quarterSumMismatch: Rule = {
  id: "quarter-sum-mismatch",
  severity: "error",
  check(t) {
    const out: Finding[] = [];
    const lang = t.options.lang;
    for (const pair of PAIRS) {
      const totalCol = t.columnsOf(pair.total)[0];
      const quarters = inQuarterOrder(t.columnsOf(pair.quarter));
      if (!totalCol || quarters.length < 2) continue;
      const mismatch = (row: TableRow) => {
        const stated = numIn(row, totalCol);
        if (stated === null) return null;
        const p = parsedIn(row, totalCol);
        const unit = p.kind === "number" ? p.unit : null;
        const lastOnly = !pair.money && isLevelIndicator(row.indicator, unit);
        const q = quarterTotal(row, quarters, lastOnly);
        return !q || eqNum(q.value, stated) ? null : { stated, q };
      };
      let nodeOf: Map<number, Node> | null = null;
      for (const row of t.tree.rows) {
        if (row.kind !== "node") continue;
        const m = mismatch(row);
        if (!m) continue;
        const { stated, q } = m;
        nodeOf ??= new Map(t.tree.nodes.map((n) => [n.row.index, n]));
        const node = nodeOf.get(row.index);
        if (node && echoesChild(node, totalCol, stated, (r) => mismatch(r) !== null)) continue;
        const values = t.amounts(toDec(q.value), toDec(stated), pair.money ? "money" : "number");
        const { expected, actual } = values;
        const how = q.how === "sum" ? (lang === "id" ? "jumlah" : "sum") : lang === "id" ? "triwulan terakhir" : "last reported quarter";
        out.push(t.finding("quarter-sum-mismatch", "error", { row: row.index, col: totalCol }, { column: t.columnLabel(totalCol), how, expected, actual }, values));
      }
    }
    return out;
  },
};

/** True when a parent's total is the sum of its children's and one of them is itself off its quarters. */
function echoesChild(node: Node, totalCol: Column, stated: ReturnType<typeof numIn> & object, childOff: (row: TableRow) => boolean): boolean {
  if (node.children.length === 0) return false;
  const sum = new NumSum();
  for (const c of node.children) {
    const v = numIn(c.row, totalCol);
    if (v !== null) sum.add(v);
  }
  const total = sum.value;
  return total !== null && eqNum(total, stated) && node.children.some((c) => childOff(c.row));
}
