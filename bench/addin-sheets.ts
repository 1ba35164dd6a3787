// The 20,000-row sheets the add-ins' tests check (Excel pane: big-sheet.ts; Sheets: the budget test's sheet), for the core's time on them.
import type { Grid } from "../core/grid.js";
import { bigSheet } from "../test/addin-excel/support/big-sheet.js";
import { brokenEvaluasi } from "../test/support/broken-evaluasi.js";

/**
 * The two add-in test sheets as grids.
 * @example addinSheets().map((s) => s.grid.rows.length) // [19985, 22205]
 */
export function addinSheets(): { name: string; grid: Grid }[] {
  const excel = bigSheet();
  return [
    { name: "Excel pane (test/addin-excel/support/big-sheet.ts)", grid: { name: "Evaluasi", rows: excel.rows, fills: excel.fills } },
    { name: "Sheets add-on (test/addin-sheets/budget.test.ts)", grid: brokenEvaluasi(20_000).grid },
  ];
}
