// Header labels per column: merged labels carried across their merge, joined top to bottom.
import { columnLetter, type Grid } from "../grid.js";
import { normalizeHeader } from "./normalize.js";
import { cutFlatLabels } from "./flat-labels.js";
import type { HeaderText } from "./match-role.js";

/**
 * The header path of every column of a header block.
 * Merges from the grid are honoured; without them an empty upper cell takes its left
 * neighbour's label when both lower cells have labels of their own (a merge across columns).
 * @example headerPaths(grid, [3, 4], 6)[5] // { leaf: "sebelum perubahan", path: "pagu indikatif (rp) > sebelum perubahan" }
 */
export function headerPaths(grid: Grid, textRows: number[], width: number): HeaderText[] {
  const labels: string[][] = textRows.map((r) => {
    const row = grid.rows[r] ?? [];
    const out: string[] = [];
    for (let c = 0; c < width; c++) out.push(normalizeHeader(row[c] ?? null));
    return out;
  });
  for (const m of grid.merges ?? []) {
    const hi = textRows.indexOf(m.top);
    if (hi < 0) continue;
    const master = labels[hi]?.[m.left] ?? "";
    for (let r = m.top; r <= m.bottom; r++) {
      const row = labels[textRows.indexOf(r)];
      if (!row) continue;
      for (let c = m.left; c <= m.right && c < width; c++) row[c] = master;
    }
  }
  if (!grid.merges || grid.merges.length === 0) carryAcross(labels);
  const cut = cutFlatLabels(labels);
  const paths: HeaderText[] = [];
  for (let c = 0; c < width; c++) {
    const whole = joined(labels.map((row) => [row[c] ?? ""]));
    const parts = joined(labels.map((row, h) => (fresh(labels, h, c) ? (cut[h]?.[c] ?? [""]) : [""])));
    paths.push(parts.path === whole.path ? whole : { ...whole, split: parts });
  }
  return paths;
}

function carryAcross(labels: string[][]): void {
  for (let h = labels.length - 2; h >= 0; h--) {
    const row = labels[h] ?? [];
    const below = labels[h + 1] ?? [];
    for (let c = 1; c < row.length; c++) {
      if (row[c] !== "" || below[c] === "") continue;
      if (row[c - 1] !== "" && below[c - 1] !== "") row[c] = row[c - 1] ?? "";
    }
  }
}

/** True when the column's label in row h is not the one above it (a label merged down is read once). */
function fresh(labels: readonly (readonly string[])[], h: number, c: number): boolean {
  const label = labels[h]?.[c] ?? "";
  for (let r = h - 1; r >= 0; r--) {
    const above = labels[r]?.[c] ?? "";
    if (above !== "") return above !== label;
  }
  return true;
}

/** A column's labels from the top, each as its parts, repeats and blanks dropped: the leaf is the last part. */
function joined(rows: readonly (readonly string[])[]): { leaf: string; path: string } {
  const segs: string[] = [];
  for (const parts of rows) for (const s of parts) if (s !== "" && segs[segs.length - 1] !== s) segs.push(s);
  return { leaf: segs[segs.length - 1] ?? "", path: segs.join(" > ") };
}

/** Letter of a column, re-exported for layout users. */
export const letterOf = columnLetter;
