// Helpers of the plan tests: evaluate a patch's formulas on the grid it is applied to, and read the seed fixtures.
import { join } from "node:path";
import { readGrids } from "../../../cli/read-file.js";
import type { Grid } from "../../../core/grid.js";
import { applyPatchToGrid } from "../../../core/plan/apply-to-grid.js";
import type { Patch } from "../../../core/plan/patch.js";
import { gridReader, type CellReader } from "../../support/formula-eval.js";

export const XLSX = join(import.meta.dirname, "../../fixtures/xlsx");

/** The grid after the patch, and a reader that computes every formula in it (ours and the sheet's own). */
export function evaluated(grid: Grid, patch: Patch): { grid: Grid; read: CellReader } {
  const after = applyPatchToGrid(grid, patch);
  const read = gridReader(after.rows, (r, c) => after.formulas?.[r]?.[c] ?? null, patch.syntax.argSep);
  return { grid: after, read };
}

/** The one table sheet of a seed fixture .xlsx, read as the CLI reads it. */
export async function fixtureGrid(id: string): Promise<Grid> {
  const grids = await readGrids(join(XLSX, `${id}.xlsx`));
  const grid = grids[0];
  if (!grid) throw new Error(`${id} has no sheet`);
  return grid;
}

/** Numbers compared as spreadsheets store them (doubles), with a relative tolerance for divisions. */
export function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return (a ?? "") === (b ?? "");
}
