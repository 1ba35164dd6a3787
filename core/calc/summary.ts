// Counts, total pagu, average capaian and predikat of a table: the sentence every Renja writes.
import type { CheckedTable } from "../table.js";
import { numIn } from "./cell-number.js";
import { addNum, toDec, type Num } from "./num.js";
import { predikatFor } from "./predikat.js";
import { effectiveValue } from "./totals.js";

export interface TableSummary {
  program: number;
  kegiatan: number;
  subKegiatan: number;
  /** Total pagu of the table (after the change for perubahan tables), formatted. */
  totalPagu?: string;
  /** Mean capaian (%) of the rows that have one, formatted. */
  averageCapaian?: string;
  predikat?: string;
}

/**
 * Summary figures of a checked table.
 * @example summarize(table) // { program: 9, kegiatan: 19, subKegiatan: 57, totalPagu: "29.098.722.620" }
 */
export function summarize(t: CheckedTable): TableSummary {
  const s: TableSummary = { program: 0, kegiatan: 0, subKegiatan: 0 };
  for (const n of t.tree.nodes) {
    if (n.level === 3) s.program++;
    else if (n.level === 4) s.kegiatan++;
    else if (n.level === 5) s.subKegiatan++;
  }
  const pagu = t.columnsOf("pagu")[0] ?? t.columnsOf("pagu-after")[0];
  if (pagu) {
    let sum: Num | null = null;
    for (const r of t.tree.roots) {
      const v = effectiveValue(r, pagu);
      if (v !== null) sum = addNum(sum, v);
    }
    if (sum !== null) s.totalPagu = t.money(toDec(sum));
  }
  const capaian = t.columnsOf("capaian-k")[0] ?? t.columnsOf("ratio")[0];
  if (capaian) {
    let sum: Num | null = null;
    let n = 0;
    for (const node of t.tree.nodes) {
      const v = numIn(node.row, capaian);
      if (v === null) continue;
      sum = addNum(sum, v);
      n++;
    }
    if (sum !== null && n > 0) {
      const total = toDec(sum);
      const avg = (capaian.times100 === false ? total.times(100) : total).div(n);
      s.averageCapaian = `${t.number(avg.toDecimalPlaces(2))}%`;
      s.predikat = predikatFor(avg, t.options.predikatBands).label;
    }
  }
  return s;
}
