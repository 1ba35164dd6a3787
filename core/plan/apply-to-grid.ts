// Applies a patch to a Grid (a copy): what the sheet will hold, for checking it again without a host.
import type { CellValue, Grid } from "../grid.js";
import type { Patch } from "./patch.js";

type Layer<T> = (T[] | undefined)[];

/**
 * A copy of `grid` with the patch's writes (formulas with their current result), fills, font colours and notes.
 * @example checkGrid(applyPatchToGrid(grid, planAutoTotal(table, { force: true }))).report.issues // no total-mismatch
 */
export function applyPatchToGrid(grid: Grid, patch: Patch): Grid {
  const rows: CellValue[][] = grid.rows.map((r) => [...r]);
  const formulas = copy(grid.formulas);
  const numberFormats = copy(grid.numberFormats);
  const fills = copy(grid.fills);
  const fontColors = copy(grid.fontColors);
  const notes = copy(grid.notes);
  for (const w of patch.writes) {
    const value: CellValue = w.formula !== undefined ? (w.result ?? null) : (w.value ?? null);
    set(rows, w.row, w.col, value, null);
    set(formulas, w.row, w.col, w.formula ?? null, null);
    if (w.numberFormat && (numberFormats[w.row]?.[w.col] ?? null) === null) set(numberFormats, w.row, w.col, w.numberFormat, null);
  }
  for (const f of patch.fills) {
    set(fills, f.row, f.col, f.fill, null);
    if (f.font !== null || f.setFont) set(fontColors, f.row, f.col, f.font, null);
  }
  for (const n of patch.notes) set(notes, n.row, n.col, n.note, null);
  const out: Grid = { ...grid, rows, formulas, numberFormats, fills, fontColors, notes };
  return out;
}

function copy<T>(layer: readonly (readonly T[] | undefined)[] | undefined): Layer<T> {
  return layer ? layer.map((r) => (r ? [...r] : undefined)) : [];
}

function set<T>(layer: Layer<T> | T[][], row: number, col: number, v: T, fill: T): void {
  for (let r = layer.length; r <= row; r++) layer[r] = [];
  let r = layer[row];
  if (!r) r = layer[row] = [];
  for (let c = r.length; c < col; c++) r[c] = fill;
  r[col] = v;
}
