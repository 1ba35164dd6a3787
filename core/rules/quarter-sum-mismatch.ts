// quarter-sum-mismatch: the realisation total differs from TW I + II + III + IV (or the last quarter for % indicators).
import { numIn, parsedIn } from "../calc/cell-number.js";
import { eqNum, toDec } from "../calc/num.js";
import { inQuarterOrder, isLevelIndicator, quarterTotal } from "../calc/quarters.js";
import type { Finding } from "../model.js";
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
      for (const row of t.tree.rows) {
        if (row.kind !== "node") continue;
        const stated = numIn(row, totalCol);
        if (stated === null) continue;
        const p = parsedIn(row, totalCol);
        const unit = p.kind === "number" ? p.unit : null;
        const lastOnly = !pair.money && isLevelIndicator(row.indicator, unit);
        const q = quarterTotal(row, quarters, lastOnly);
        if (!q || eqNum(q.value, stated)) continue;
        const values = t.amounts(toDec(q.value), toDec(stated), pair.money ? "money" : "number");
        const { expected, actual } = values;
        const how = q.how === "sum" ? (lang === "id" ? "jumlah" : "sum") : lang === "id" ? "triwulan terakhir" : "last reported quarter";
        out.push(t.finding("quarter-sum-mismatch", "error", { row: row.index, col: totalCol }, { column: t.columnLabel(totalCol), how, expected, actual }, values));
      }
    }
    return out;
  },
};
