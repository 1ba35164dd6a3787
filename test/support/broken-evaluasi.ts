// A large generated evaluasi sheet with a few broken leaves (findings to flag) and a few emptied parents (totals
// to write): the sheet the Sheets add-on's budget test and its benchmark run on.
import type { CellValue, Grid } from "../../core/grid.js";
import { generateEvaluasi, type GeneratedTable } from "./generate-renja.js";

/** The money columns of a parent that are emptied (pagu, realisasi per quarter …): auto-total fills them again. */
const EMPTIED_COLUMNS = [4, 6, 8, 10, 12, 14];

/**
 * `subKegiatan` sub kegiatan; every 2,000th leaf's pagu is 1 (a total mismatch at its parent) and every
 * 5,000th leaf's parent has its money cells emptied.
 * @example const { grid, gen } = brokenEvaluasi(20_000);
 */
export function brokenEvaluasi(subKegiatan: number): { grid: Grid; gen: GeneratedTable } {
  const gen = generateEvaluasi(subKegiatan);
  const rows = gen.rows.map((r) => [...r]);
  for (const leaf of gen.leaves.filter((_, i) => i % 2_000 === 7)) (rows[leaf.row] as CellValue[])[gen.paguColumn] = 1;
  for (const leaf of gen.leaves.filter((_, i) => i % 5_000 === 3)) for (const c of EMPTIED_COLUMNS) (rows[leaf.parent] as CellValue[])[c] = null;
  return { grid: { name: "Evaluasi", rows }, gen };
}
