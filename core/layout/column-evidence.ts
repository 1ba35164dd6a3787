// What a column's data cells hold: whether they are mostly numbers (evidence for loose header wording, and for unread columns).
import { cellText, isBlank, type CellValue, type Grid } from "../grid.js";
import { parseQuantityText } from "../values/index.js";

const SAMPLE_ROWS = 400;

export interface NumberEvidence {
  /** Data cells that hold something. */
  filled: number;
  /** Of those, cells that read as one number (with or without a unit, in either convention). */
  numbers: number;
}

/**
 * Counts filled and numeric cells of one column below the header (rows in `skip` are left out).
 * @example numberEvidence(grid, 7, 6, new Set()) // { filled: 40, numbers: 38 }
 */
export function numberEvidence(grid: Grid, col: number, dataStart: number, skip: ReadonlySet<number>): NumberEvidence {
  let filled = 0;
  let numbers = 0;
  for (const v of dataCells(grid, col, dataStart, skip)) {
    if (typeof v === "boolean") continue;
    filled++;
    if (typeof v === "number" || readsAsNumber(cellText(v))) numbers++;
  }
  return { filled, numbers };
}

/** The filled cells of a column below the header, in the sampled rows, rows in `skip` left out. */
function* dataCells(grid: Grid, col: number, dataStart: number, skip: ReadonlySet<number>): Iterable<CellValue> {
  const end = Math.min(grid.rows.length, dataStart + SAMPLE_ROWS);
  for (let r = dataStart; r < end; r++) {
    const v = grid.rows[r]?.[col] ?? null;
    if (!skip.has(r) && !isBlank(v)) yield v;
  }
}

function readsAsNumber(t: string): boolean {
  if (t.trim() === "-") return false;
  return parseQuantityText(t, "id").kind === "number" || parseQuantityText(t, "en").kind === "number";
}

/** A column holds numbers: at least two, and at least half of its filled cells. */
export function holdsNumbers(e: NumberEvidence): boolean {
  return e.numbers >= 2 && e.numbers * 2 >= e.filled;
}

/** Loose wording keeps its role unless the data say otherwise (mostly text). */
export function numbersAllowRole(e: NumberEvidence): boolean {
  return e.filled === 0 || e.numbers * 2 >= e.filled;
}

/**
 * A column that only counts its rows (`1, 2, 3 …`, restarting at 1 in each block): a `No` column, whatever its header.
 * @example isRunningNumber(grid, 0, 6, new Set()) // true for 1, 2, 3 on the program rows
 */
export function isRunningNumber(grid: Grid, col: number, dataStart: number, skip: ReadonlySet<number>): boolean {
  let last = 0;
  let seen = 0;
  for (const v of dataCells(grid, col, dataStart, skip)) {
    const m = /^(\d{1,4})\.?$/.exec(cellText(v).trim());
    const n = m ? Number(m[1]) : NaN;
    if (n !== last + 1 && n !== 1) return false;
    last = n;
    seen++;
  }
  return seen >= 2;
}
