// Predikat cells: the label of the band the row's capaian falls in, written as a value (configurable bands).
import { bandRank, predikatFor, samePredikat } from "../calc/predikat.js";
import { cellText } from "../grid.js";
import { KNOWN_SCALES, nearestPercentLeft } from "../rules/predikat-mismatch.js";
import type { PlanState } from "./plan-state.js";

/**
 * Plans the predikat of every row whose capaian is known (after the planned ratio formulas), leaving labels
 * the predikat-mismatch rule accepts. A value, not a formula: nested IFs over five bands would need the
 * host's argument separator and hard-code the bands; re-run auto-total after changing capaian.
 * @example planPredikat(state)
 */
export function planPredikat(state: PlanState): void {
  const t = state.table;
  const bands = t.options.predikatBands;
  for (const pc of t.columnsOf("predikat")) {
    const capaianCol = nearestPercentLeft(t, pc);
    if (!capaianCol) continue;
    for (const row of t.tree.rows) {
      if (row.kind !== "node") continue;
      const capaian = state.cell(row.index, capaianCol.index).value;
      if (capaian === null) continue;
      const band = predikatFor(capaian, bands);
      const stated = cellText(state.raw(row.index, pc.index));
      if (stated !== "" && accepted(stated, band.label, bandRank(band, bands), bands.length)) continue;
      state.want(row.index, pc.index, { purpose: "predikat", value: band.label, read: null, result: band.label, textCells: [] });
    }
  }
}

function accepted(stated: string, label: string, rank: number, bandCount: number): boolean {
  return samePredikat(stated, label) || KNOWN_SCALES.some((s) => s.length === bandCount && samePredikat(s[rank] ?? "", stated));
}
