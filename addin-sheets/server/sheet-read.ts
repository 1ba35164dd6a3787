// Reads a sheet into a core Grid with one batch call per layer: values, number formats, merges and formulas for a
// check (all formulas for auto-total, the ones that refer to `#REF!` for formula-broken), and the fills and notes
// of one rectangle for flags.
import type { CellValue, Grid, MergeRange } from "../../core/grid.js";
import { brokenFormulasOf, formulaLayerOf } from "./broken-formulas.js";
import type { Calls } from "./calls.js";
import { recallLayout, rememberLayout } from "./layout-memo.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A 0-based rectangle of the sheet. */
export interface Box {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** The grid the core checks, built here, so its layers can be filled in later (fills and notes for flags). */
export interface MutableGrid extends Grid {
  rows: CellValue[][];
  formulas?: ((string | null)[] | undefined)[];
  numberFormats?: (string | null)[][];
  fills?: (string | null)[][];
  notes?: (string | null)[][];
  merges: MergeRange[];
}

export interface SheetRead {
  sheet: Sheet;
  grid: MutableGrid;
  /** Values exactly as `getValues` gave them (numbers, Dates), to write untouched cells back unchanged. */
  raw: unknown[][];
  /** Number formats as `getNumberFormats` gave them, for the same reason. */
  formats: string[][];
  /** Formulas as `getFormulas` gave them (`""` for none); null when the check took the broken ones from the cache. */
  formulas: string[][] | null;
  rows: number;
  cols: number;
}

/** Formats Sheets reports for cells nobody formatted. */
const GENERAL = new Set(["", "General", "general", "0.###############"]);

/**
 * Which layers an action takes from the last check of the very same values (cached), instead of reading them:
 * `formats-and-merges` takes the formulas that refer to `#REF!` too (the only ones a check needs).
 */
export type LayoutReuse = "none" | "merges" | "formats-and-merges";

/**
 * Reads the data range (A1 to the last cell with content) in one call per layer: values, number formats, merged
 * ranges and formulas. Merged ranges cost one getter call each for their corners. With `reuse`, the merges (and
 * formats, and broken formulas) a check read for the very same values are taken from the cache. Formats are read
 * afresh by actions that write them back (auto-total), so that a format set since the check is kept; so are all
 * formulas when asked for (`formulas`: auto-total rewrites the cells around its own).
 * @example const read = readSheet(SpreadsheetApp.getActiveSheet(), new Calls(), { formulas: true });
 */
export function readSheet(sheet: Sheet, calls: Calls, layers: { formulas?: boolean; reuse?: LayoutReuse } = {}): SheetRead {
  const range = sheet.getDataRange();
  const raw = calls.onSheet(() => range.getValues()) as unknown[][];
  const id = String(sheet.getSheetId());
  const reuse = layers.reuse ?? "none";
  // Right after a check of the same values, its formats, merges and broken formulas are still right: up to three calls saved.
  const kept = reuse === "none" ? null : recallLayout(id, raw);
  const formats = kept && reuse === "formats-and-merges" ? kept.formats : calls.onSheet(() => range.getNumberFormats());
  let merges = kept?.merges;
  if (!merges) {
    const merged = calls.onSheet(() => range.getMergedRanges());
    merges = merged.map((m) => ({ top: m.getRow() - 1, left: m.getColumn() - 1, bottom: m.getLastRow() - 1, right: m.getLastColumn() - 1 }));
  }
  // formula-broken needs the formulas that refer to `#REF!`: kept by the check of these values, else read (all).
  const keptBroken = layers.formulas || reuse !== "formats-and-merges" ? null : (kept?.broken ?? null);
  const formulas = keptBroken ? null : calls.onSheet(() => range.getFormulas());
  const broken = keptBroken ?? brokenFormulasOf(formulas ?? []);
  // Keep what was read for the next action (when everything came from the memo, it already holds it).
  if (!keptBroken) rememberLayout(id, raw, formats, merges, broken);
  const rows: CellValue[][] = raw.map((r) => r.map(cellValue));
  const numberFormats = formats.map((r) => r.map((f) => (GENERAL.has(f) ? null : f)));
  const grid: MutableGrid = { name: sheet.getName(), rows, numberFormats, merges };
  // The core gets every formula read, as the CLI gives it; from the memo, the broken ones (the same report).
  grid.formulas = formulas ? formulas.map((r) => r.map((f) => (f === "" ? null : f))) : formulaLayerOf(broken);
  return { sheet, grid, raw, formats, formulas, rows: raw.length, cols: raw[0]?.length ?? 0 };
}

/** The backgrounds and notes of a rectangle, as `getBackgrounds`/`getNotes` gave them. */
export interface BoxLayers {
  box: Box;
  fills: string[][];
  notes: string[][];
}

/** Reads the backgrounds and notes of a rectangle: two calls. */
export function readFillsAndNotes(sheet: Sheet, box: Box, calls: Calls): BoxLayers {
  const range = sheet.getRange(box.top + 1, box.left + 1, box.rows, box.cols);
  const fills = calls.onSheet(() => range.getBackgrounds());
  const notes = calls.onSheet(() => range.getNotes());
  return { box, fills, notes };
}

/** The fill (normalised, see `normalFill`) and note (null for none) of a cell of the rectangle, in sheet coordinates. */
export function marksAt(layers: BoxLayers, row: number, col: number): { fill: string | null; note: string | null } {
  const r = row - layers.box.top;
  const c = col - layers.box.left;
  const note = layers.notes[r]?.[c] ?? "";
  return { fill: normalFill(layers.fills[r]?.[c] ?? null), note: note === "" ? null : note };
}

/**
 * A background as the core writes it: `#RRGGBB` upper case, null for none. Sheets reports "no fill" as white,
 * so white reads as none (an explicit white fill is indistinguishable through this API).
 * @example normalFill("#ffc7ce") // "#FFC7CE"
 */
export function normalFill(css: string | null): string | null {
  if (css === null || css === "") return null;
  const up = css.toUpperCase();
  return up === "#FFFFFF" || up === "WHITE" ? null : up;
}

/** A value from getValues as the core's cell: "" is empty, a Date is its calendar day, anything else as it is. */
function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  // Dates come from another realm in tests and from Apps Script's own in production: test the tag, not instanceof.
  if (Object.prototype.toString.call(v) === "[object Date]") {
    const d = v as Date;
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  }
  return String(v);
}
