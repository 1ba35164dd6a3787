// Finds the header block: rows of Renja header wording, down to the numbering row when there is one.
import { cellText, isBlank, type Grid } from "../grid.js";
import { normalizeHeader } from "./normalize.js";
import { readNumberingCell, type NumberingCell } from "./written-formula.js";

const HEADER_WORDS =
  /\b(kode|program|kegiatan|indikator|target|pagu|realisasi|lokasi|uraian|urusan|anggaran|capaian|triwulan|satuan|catatan|sumber dana|prakiraan|sebelum|sesudah|bertambah|berkurang|tingkat|predikat|kinerja|keluaran|sasaran)\b/;
const MONEY_FIGURE = /\d{1,3}([.,]\d{3}){2,}/;
const SCAN_LIMIT = 120;
const MAX_HEADER_ROWS = 4;

export interface HeaderBlock {
  /** Rows of header text (0-based), top to bottom. */
  textRows: number[];
  numberingRow: number | null;
  numbering: Map<number, NumberingCell>;
}

/** Counts the cells of a row that read like Renja header wording. */
export function headerScore(row: readonly unknown[]): number {
  let n = 0;
  for (const v of row) {
    if (typeof v !== "string" || v.length > 300) continue;
    if (HEADER_WORDS.test(normalizeHeader(v))) n++;
  }
  return n;
}

/** Column number cells of a numbering row (`1 2 3 …`, `(1) (2) …`, `8 = (7/6)`), or null when the row is not one. */
export function readNumberingRow(row: readonly unknown[]): Map<number, NumberingCell> | null {
  const cells = new Map<number, NumberingCell>();
  let nonEmpty = 0;
  let last = 0;
  let lastCol = -2;
  let ascending = 0;
  const distinct = new Set<number>();
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
    nonEmpty++;
    if (typeof v !== "string" && typeof v !== "number") continue;
    const cell = readNumberingCell(typeof v === "number" ? String(v) : v);
    if (!cell || !Number.isInteger(cell.number)) continue;
    // A number repeated in the next column is one cell spanning several (`2` over the five split code cells, merges filled in).
    if (cell.number > last || (cell.number === last && c === lastCol + 1)) ascending++;
    last = cell.number;
    lastCol = c;
    distinct.add(cell.number);
    cells.set(c, cell);
  }
  if (distinct.size < 3 || cells.size < nonEmpty * 0.8 || ascending < cells.size * 0.8) return null;
  const first = [...cells.values()][0];
  if (!first || first.number > 2) return null;
  return cells;
}

/**
 * Finds the first header block of a grid.
 * @example findHeader(grid) // { textRows: [3, 4], numberingRow: 5, numbering: Map(…) }
 */
export function findHeader(grid: Grid, from = 0): HeaderBlock | null {
  const end = Math.min(grid.rows.length, from + SCAN_LIMIT);
  for (let r = from; r < end; r++) {
    const row = grid.rows[r] ?? [];
    const numbering = readNumberingRow(row);
    if (numbering) {
      const textRows = textRowsAbove(grid, r, from);
      if (textRows.length > 0) return { textRows, numberingRow: r, numbering };
      continue;
    }
    if (headerScore(row) < 2) continue;
    // A header start: extend down through header-like rows, stop at the numbering row or data.
    const textRows = [r];
    for (let h = r + 1; h < Math.min(end, r + MAX_HEADER_ROWS + 1); h++) {
      const next = grid.rows[h] ?? [];
      const nextNumbering = readNumberingRow(next);
      if (nextNumbering) return { textRows, numberingRow: h, numbering: nextNumbering };
      if ((!looksLikeHeaderRow(next) && !underHeaderMerge(grid, h, r)) || textRows.length >= MAX_HEADER_ROWS) break;
      textRows.push(h);
    }
    return { textRows, numberingRow: null, numbering: new Map() };
  }
  return null;
}

function textRowsAbove(grid: Grid, numberingRow: number, from: number): number[] {
  const rows: number[] = [];
  for (let h = numberingRow - 1; h >= Math.max(from, numberingRow - MAX_HEADER_ROWS); h--) {
    const row = grid.rows[h] ?? [];
    if (row.every(isBlank)) {
      if (rows.length > 0) break;
      continue;
    }
    if (!looksLikeHeaderRow(row) && rows.length > 0) break;
    rows.unshift(h);
  }
  return rows;
}

/** An empty row that the header's labels are merged down over (a three-row header whose labels all stop at the second row). */
function underHeaderMerge(grid: Grid, row: number, headerTop: number): boolean {
  if (!(grid.rows[row] ?? []).every(isBlank)) return false;
  return (grid.merges ?? []).some((m) => m.top >= headerTop && m.top < row && m.bottom >= row);
}

/** A dotted code at the start of a cell (`1.06.04`, `1.06.04.2.01.0001 - Nama`): a data row, never a header label. */
const DOTTED_CODE = /^\s*\d{1,2}\s*\.\s*\d{1,3}(\s*\.\s*\d+)*\s*(?:$|[\s\-–:])/;

/** A header row holds only short text labels, no money figures and no codes. */
function looksLikeHeaderRow(row: readonly unknown[]): boolean {
  let text = 0;
  for (const v of row) {
    if (typeof v === "number") return false;
    const t = typeof v === "string" ? cellText(v) : "";
    if (t === "") continue;
    if (MONEY_FIGURE.test(t) || DOTTED_CODE.test(t)) return false;
    text++;
  }
  return text > 0;
}
