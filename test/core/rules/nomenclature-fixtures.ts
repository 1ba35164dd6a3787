// Shared by the nomenclature rule tests: seed fixtures read as the CLI reads them, and a small rencana grid (of 2024).
import { join } from "node:path";
import { readGrids } from "../../../cli/read-file.js";
import { checkGrid } from "../../../core/check.js";
import type { CellValue, Grid } from "../../../core/grid.js";
import { builtinCatalogue } from "../../../core/nomenclature/builtin.js";
import { buildIndex } from "../../../core/nomenclature/lookup.js";
import { nomenclatureRules } from "../../../core/nomenclature/rules.js";
import { builtinSource } from "../../../core/nomenclature/source.js";
import type { CheckOptions } from "../../../core/options.js";

/** The 1317/2023 kabupaten/kota list (the seeds' version). */
export const builtinIndex = buildIndex(builtinCatalogue());
/** The built-in lists, each table against the version of its year. */
export const builtinRules = nomenclatureRules(builtinSource());

const XLSX = join(import.meta.dirname, "../../fixtures/xlsx");

/** The findings of one seed fixture (its first sheet) with the built-in catalogue's rules. */
export async function fixtureIssues(id: string, options: Partial<CheckOptions> = {}) {
  const [grid] = await readGrids(join(XLSX, `${id}.xlsx`));
  if (!grid) throw new Error(`${id}.xlsx has no sheet`);
  return checkGrid(grid, options, builtinRules).report.issues;
}

/** One data row of a rencana table: kode, name, indicator, target, pagu. */
export type Row = [kode: CellValue, name: string, indicator?: string, target?: string | null, pagu?: number | null];

/**
 * A rencana sheet (Kode | Uraian | Indikator | Lokasi | Target | Pagu | Sumber Dana) with a numbering
 * row; data starts on sheet row 5.
 */
export function rencana(rows: Row[]): Grid {
  return {
    name: "Rencana",
    rows: [
      ["RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2024"],
      [],
      ["Kode", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Lokasi", "Target Capaian Kinerja", "Pagu Indikatif (Rp)", "Sumber Dana"],
      [1, 2, 3, 4, 5, 6, 7],
      ...rows.map(([kode, name, indicator = "Jumlah layanan", target = "1 Dokumen", pagu = 1_000_000]) => [kode, name, indicator, "Kota", target, pagu, "APBD"]),
    ],
  };
}

/** Sheet row (1-based) of the i-th data row of `rencana`. */
export const rowOf = (i: number) => i + 5;
