// predikat-mismatch: a stated predikat differs from the band its capaian falls in (row cells and footer rows).
import { numIn } from "../calc/cell-number.js";
import { isZeroNum, mulNum, numOf, toDec, type Num } from "../calc/num.js";
import { ratioPairs } from "../calc/ratio-pairs.js";
import { bandRank, predikatFor, samePredikat } from "../calc/predikat.js";
import type { Column, Finding, TableRow } from "../model.js";
import { cellText } from "../grid.js";
import { ROLE_DEFS } from "../layout/roles.js";
import { parsePercent } from "../values/index.js";
import type { CheckedTable, Rule } from "../table.js";

/** Scales offices use, best band first; a label matching the right band of any of them is accepted. */
export const KNOWN_SCALES = [
  ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"],
  ["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"],
];

export const predikatMismatch: Rule = {
  id: "predikat-mismatch",
  severity: "warning",
  check(t) {
    const out: Finding[] = [];
    const predikatCols = t.columnsOf("predikat");
    for (const pc of predikatCols) {
      const capaianCol = nearestPercentLeft(t, pc);
      if (!capaianCol) continue;
      const pair = ratioPairs(t).find((p) => p.ratio.index === capaianCol.index);
      for (const row of t.tree.rows) {
        if (row.kind !== "node") continue;
        const stated = cellText(t.grid.rows[row.index]?.[pc.index] ?? null);
        const capaian = capaianPercent(row, capaianCol);
        if (stated === "" || capaian === null) continue;
        const f = compare(t, row.index, pc, stated, capaian);
        // A predikat right for the capaian the row's figures give is not wrong: a mistyped capaian is ratio-mismatch's.
        if (f && !(pair && fitsComputed(t, row, pair.realisation, pair.target, stated))) out.push(f);
      }
    }
    for (const f of footerPredikat(t)) out.push(f);
    return out;
  },
};

const HUNDRED: Num = { coef: 100, decimals: 0 };

/** True when the stated predikat is the band of realisation ÷ target × 100 on the row. */
function fitsComputed(t: CheckedTable, row: TableRow, real: Column, target: Column, stated: string): boolean {
  const num = numIn(row, real);
  const den = numIn(row, target);
  if (num === null || den === null || isZeroNum(den)) return false;
  const computed = toDec(num).div(toDec(den)).times(100);
  return compare(t, row.index, real, stated, computed) === null;
}

/**
 * A row's capaian in percent: a column that writes the bare ratio (0,9762, decided per column by ratio-mismatch,
 * which runs first) is scaled ×100, unless the cell itself says `%`.
 */
function capaianPercent(row: TableRow, col: Column): Num | null {
  const v = numIn(row, col);
  if (v === null || col.times100 !== false) return v;
  const p = row.cells[col.index];
  return p?.kind === "number" && p.percent ? v : mulNum(v, HUNDRED);
}

/**
 * The capaian a predikat rates: the nearest kinerja (K) capaian to its left, else the nearest percentage to its
 * left; a sheet whose predikat stands before its percentages takes the nearest ones to its right.
 */
export function nearestPercentLeft(t: CheckedTable, pc: Column): Column | undefined {
  const percents = t.layout.columns.filter((c) => ROLE_DEFS[c.role].measure === "percent");
  const left = percents.filter((c) => c.index < pc.index);
  const side = left.length > 0 ? left.reverse() : percents.filter((c) => c.index > pc.index);
  return side.find((c) => c.role !== "capaian-rp") ?? side[0];
}

/** `Predikat Kinerja` footer rows: each label under a percentage of the `Rata-rata capaian` row above. */
function footerPredikat(t: CheckedTable): Finding[] {
  const out: Finding[] = [];
  let average: TableRow | null = null;
  for (const row of t.tree.rows) {
    if (row.kind === "average") average = row;
    if (row.kind !== "predikat-footer" || !average) continue;
    const cells = t.grid.rows[row.index] ?? [];
    const avgCells = t.grid.rows[average.index] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const stated = cellText(cells[c] ?? null);
      if (stated === "" || /predikat/i.test(stated)) continue;
      const p = parsePercent(avgCells[c] ?? null, { convention: t.layout.convention });
      const capaian = numOf(p);
      if (capaian === null || p.kind !== "number" || !p.percent) continue;
      const f = compare(t, row.index, c, stated, capaian);
      if (f) out.push(f);
    }
  }
  return out;
}

function compare(t: CheckedTable, row: number, col: Column | number, stated: string, capaian: Num): Finding | null {
  const band = predikatFor(capaian, t.options.predikatBands);
  if (samePredikat(stated, band.label)) return null;
  const rank = bandRank(band, t.options.predikatBands);
  if (KNOWN_SCALES.some((s) => s.length === t.options.predikatBands.length && samePredikat(s[rank] ?? "", stated))) return null;
  const capaianText = `${t.number(toDec(capaian).toDecimalPlaces(2))}%`;
  return t.finding("predikat-mismatch", "warning", { row, col }, { actual: stated, expected: band.label, capaian: capaianText }, { expected: band.label, actual: stated, expectedValue: band.label, actualValue: stated });
}
