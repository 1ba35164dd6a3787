// Which cells of a table hold a formula that refers to a deleted cell (`#REF!`), shared by formula-broken and not-a-number.
import type { Grid } from "../grid.js";
import type { Layout } from "../model.js";

const REF_ERROR = /#REF!/i;

/**
 * True when a formula refers to a deleted cell.
 * @example refersToDeletedCell("=SUM(#REF!)") // true
 */
export function refersToDeletedCell(formula: string): boolean {
  return REF_ERROR.test(formula);
}

/**
 * Calls `visit` for every data-row cell of the table whose formula holds `#REF!` (also when `IFERROR`
 * hides it behind an empty value). Grids without formulas (CSV, a host that did not read them) have none.
 * @example forEachBrokenFormula(grid, layout, (r, c, f) => console.log(r, c, f))
 */
export function forEachBrokenFormula(grid: Grid, layout: Layout, visit: (row: number, col: number, formula: string) => void): void {
  const formulas = grid.formulas;
  if (!formulas) return;
  for (let r = layout.dataStart; r < formulas.length; r++) {
    const line = formulas[r];
    if (!line || layout.repeatedHeaderRows.has(r)) continue;
    for (let c = 0; c < line.length; c++) {
      const f = line[c];
      if (f && refersToDeletedCell(f)) visit(r, c, f);
    }
  }
}

/** The cells with a broken formula, as `row:col` keys. */
export function brokenFormulaCells(grid: Grid, layout: Layout): Set<string> {
  const out = new Set<string>();
  forEachBrokenFormula(grid, layout, (r, c) => out.add(`${r}:${c}`));
  return out;
}
