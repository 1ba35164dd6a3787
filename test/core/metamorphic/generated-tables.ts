// Generated Renja tables for the metamorphic property test: consistent tables with a few planted mistakes, so that there are findings to keep.
import type { CellValue, Grid } from "../../../core/grid.js";
import { generateEvaluasi, generateRencana, type GeneratedTable, type Shape } from "../../support/generate-renja.js";

/** Where to plant mistakes: indices into the table's leaves (cycled) and a rupiah amount. */
export interface Plant {
  leaves: number[];
  delta: number;
}

function plant(t: GeneratedTable, p: Plant, blankColumn: number): CellValue[][] {
  const rows = t.rows.map((r) => [...r]);
  p.leaves.forEach((pick, i) => {
    const leaf = t.leaves[pick % t.leaves.length];
    const row = leaf ? rows[leaf.row] : undefined;
    if (!row) return;
    if (i % 2 === 1) {
      row[blankColumn] = null;
      return;
    }
    const old = row[t.paguColumn];
    const value = typeof old === "number" ? old : Number(String(old).replace(/\./g, ""));
    const changed = value + p.delta * 1000;
    row[t.paguColumn] = typeof old === "number" ? changed : new Intl.NumberFormat("id-ID").format(changed);
  });
  return rows;
}

/** A rencana table with a changed pagu (total-mismatch above it) and a blanked target (missing-target) per two plants. */
export function plantedRencana(shape: Shape, p: Plant): Grid {
  const t = generateRencana(shape);
  return { name: "Rencana", rows: plant(t, p, 4), merges: t.merges };
}

/**
 * An evaluasi table (three-row merged header) with a changed target pagu (total-mismatch above it, ratio-mismatch on its
 * capaian) and a blanked target K (missing-target); `quarterSlip` also raises the first leaf's TW I Rp (quarter-sum-mismatch).
 */
export function plantedEvaluasi(subKegiatan: number, p: Plant, quarterSlip = false): Grid {
  const t = generateEvaluasi(subKegiatan);
  const rows = plant(t, p, 3);
  const first = t.leaves[0] ? rows[t.leaves[0].row] : undefined;
  if (quarterSlip && first && typeof first[6] === "number") first[6] += 1000;
  return { name: "Evaluasi", rows, merges: t.merges };
}
