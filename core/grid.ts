// The only input the core knows: a sheet as rows of cells, plus optional formulas, bold, fills and merges.

/** One cell value as a spreadsheet host hands it over. */
export type CellValue = string | number | boolean | null;

/** A merged block, 0-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A sheet as the core sees it. All indices are 0-based; rows may be ragged
 * (a missing cell is `null`). Optional layers have the same shape as `rows`
 * where present; a missing row or cell in them means "nothing known".
 *
 * @example
 * const grid: Grid = { name: "Tabel 3.1", rows: [["Kode", "Uraian"], ["1.06", "SOSIAL"]] };
 */
export interface Grid {
  name?: string;
  rows: readonly (readonly CellValue[])[];
  /** en-US formulas such as `=SUM(R5:R12)`, `null` where the cell holds a plain value. */
  formulas?: readonly (readonly (string | null)[] | undefined)[];
  /** true where the cell is bold. */
  bold?: readonly (readonly boolean[] | undefined)[];
  /** Background fill as `#RRGGBB`, `null` for none. */
  fills?: readonly (readonly (string | null)[] | undefined)[];
  /** Number formats (`0.00%`, `#,##0`), `null` for General. */
  numberFormats?: readonly (readonly (string | null)[] | undefined)[];
  /** Font colour as `#RRGGBB`, `null` for automatic (read by hosts that flag cells, so that clearing restores it). */
  fontColors?: readonly (readonly (string | null)[] | undefined)[];
  /** Cell notes (Excel notes, Sheets notes), `null` for none. */
  notes?: readonly (readonly (string | null)[] | undefined)[];
  merges?: readonly MergeRange[];
}

/** The cell at (row, col), `null` when outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/** Widest row length of the grid. */
export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const r of grid.rows) if (r.length > w) w = r.length;
  return w;
}

/** True when the cell holds nothing visible (null, empty or blank string). */
export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** Column letters for a 0-based column index: 0 → A, 27 → AB. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index for letters: A → 0, AB → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Text of a cell as shown, trimmed; numbers in plain JS form. */
export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v.trim();
  return String(v);
}
