// Rows after the header that repeat one of its rows (page-break copies), found without folding every data cell.
import type { Grid } from "../grid.js";
import { normalizeHeader } from "./normalize.js";

const REPEAT_LIKENESS = 0.6;
/** Longer cells are never taken for a label. */
const MAX_LABEL = 300;

/** The labels one column has in the header rows, folded cheaply (trim, lower case), with what a data cell is tested against. */
interface ColumnLabels {
  texts: Set<string>;
  /** 1 at each length a label has (labels are at most MAX_LABEL long): the first, cheapest test of a cell. */
  lengths: Uint8Array;
  /** Labels that are a number as JavaScript writes it (`2024`): a number cell repeats them. */
  numbers: Set<number>;
}

function normalizedCells(row: readonly unknown[]): string[] {
  return row.map((v) => (typeof v === "string" ? normalizeHeader(v) : typeof v === "number" ? String(v) : ""));
}

/** A cell folded cheaply (trim, lower case; numbers as written). */
function quickText(v: unknown): string {
  if (typeof v === "string") {
    const t = v.trim();
    return t.length > MAX_LABEL ? "" : t.toLowerCase();
  }
  return typeof v === "number" ? String(v) : "";
}

function columnLabels(grid: Grid, headerRows: readonly number[]): (ColumnLabels | undefined)[] {
  const out: (ColumnLabels | undefined)[] = [];
  for (const r of headerRows) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = quickText(row[c]);
      if (t === "") continue;
      const labels = (out[c] ??= { texts: new Set(), lengths: new Uint8Array(MAX_LABEL + 1), numbers: new Set() });
      labels.texts.add(t);
      labels.lengths[t.length] = 1;
      const n = Number(t);
      if (String(n) === t) labels.numbers.add(n);
    }
  }
  return out;
}

/** Length of a string once trimmed; no copy when it starts and ends with a printable ASCII character (the common case). */
function trimmedLength(v: string): number {
  const a = v.charCodeAt(0);
  const z = v.charCodeAt(v.length - 1);
  if (a > 0x20 && a < 0x7f && z > 0x20 && z < 0x7f) return v.length;
  return v.trim().length;
}

/** True when some cell of the row holds, folded cheaply, the label its column has in one of the header rows. */
function sharesALabel(row: readonly unknown[], labels: readonly (ColumnLabels | undefined)[]): boolean {
  const width = Math.min(row.length, labels.length);
  for (let c = 0; c < width; c++) {
    const own = labels[c];
    if (own === undefined) continue;
    const v = row[c];
    if (typeof v === "number") {
      if (own.numbers.has(v)) return true;
    } else if (typeof v === "string" && v !== "") {
      if (own.lengths[trimmedLength(v)] === 1 && own.texts.has(v.trim().toLowerCase())) return true;
    }
  }
  return false;
}

/** Share of a header row's labelled cells that the candidate repeats in the same columns. */
function likeness(candidate: string[], header: string[]): number {
  let labelled = 0;
  let same = 0;
  for (let c = 0; c < header.length; c++) {
    if ((header[c] ?? "") === "") continue;
    labelled++;
    if (candidate[c] === header[c]) same++;
  }
  return labelled < 2 ? 0 : same / labelled;
}

/**
 * Rows after the header that repeat one of its rows (page-break copies), allowing small edits
 * ("s/d tahun 2024" → "s/d tahun berjalan 2024") in any column: most labels in the same columns.
 * Only rows that repeat at least one label as it stands are compared label by label.
 * @example repeatedHeaders(grid, [3, 4], 6) // Set { 812, 813 } when the print repeats its header on a new page
 */
export function repeatedHeaders(grid: Grid, headerRows: readonly number[], dataStart: number): Set<number> {
  const headers = headerRows.map((r) => normalizedCells(grid.rows[r] ?? []));
  const labels = columnLabels(grid, headerRows);
  const out = new Set<number>();
  for (let r = dataStart; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (!sharesALabel(row, labels)) continue;
    const cells = normalizedCells(row);
    if (headers.some((h) => likeness(cells, h) >= REPEAT_LIKENESS)) out.add(r);
  }
  return out;
}
