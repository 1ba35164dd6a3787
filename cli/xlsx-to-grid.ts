// exceljs worksheet → core Grid: values, formulas, bold, fills, number formats and merges, in one pass.
import type ExcelJS from "exceljs";
import type { CellValue, Grid, MergeRange } from "../core/grid.js";
import { columnIndex } from "../core/grid.js";

type Raw = ExcelJS.CellValue;

/** The plain value a spreadsheet shows for an exceljs cell value (formula results, rich text, errors as their text). */
export function plainValue(v: Raw): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((p) => p.text).join("");
    if ("error" in v && v.error) return String(v.error);
    if ("formula" in v || "sharedFormula" in v) return plainValue((v as { result?: Raw }).result ?? null);
    if ("text" in v && typeof v.text === "string") return v.text;
  }
  return null;
}

function formulaOf(v: Raw): string | null {
  if (v && typeof v === "object" && !(v instanceof Date)) {
    // A shared formula's other cells: exceljs's full load gives no formula text, its streaming reader an empty one.
    if ("formula" in v && typeof v.formula === "string") return v.formula === "" ? null : `=${v.formula}`;
    if ("sharedFormula" in v && typeof (v as { formula?: string }).formula === "string") return `=${(v as { formula: string }).formula}`;
  }
  return null;
}

const CELL_REF = /^([A-Z]+)(\d+)$/;

/** exceljs keeps merges in `_merges` (master address → range with 1-based top/left/bottom/right). */
interface MergeRangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Merged ranges of a worksheet as 0-based ranges. Read from exceljs's merge table: the public
 * `worksheet.model` would rebuild the whole sheet model (half a second on 50,000 rows) to list them.
 */
export function mergesOf(ws: ExcelJS.Worksheet): MergeRange[] {
  const table = (ws as unknown as { _merges?: Record<string, MergeRangeLike> })._merges;
  if (!table) return mergesFromModel(ws);
  return Object.values(table).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

/** Fallback for an exceljs without `_merges`: the model's "A1:E2" strings. */
function mergesFromModel(ws: ExcelJS.Worksheet): MergeRange[] {
  const out: MergeRange[] = [];
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const m = mergeFromRef(ref);
    if (m) out.push(m);
  }
  return out;
}

/** A grid being filled cell by cell: values and the optional layers. */
export interface GridBuilder {
  rows: CellValue[][];
  formulas: (string | null)[][];
  bold: boolean[][];
  fills: (string | null)[][];
  numberFormats: (string | null)[][];
}

export function newGridBuilder(): GridBuilder {
  return { rows: [], formulas: [], bold: [], fills: [], numberFormats: [] };
}

/** Puts one exceljs cell (0-based row and column) into the grid: its shown value, formula, bold, fill and number format. */
export function addCell(g: GridBuilder, values: CellValue[], r: number, c: number, cell: ExcelJS.Cell): void {
  const raw = cell.value;
  values[c] = plainValue(raw);
  const f = formulaOf(raw);
  if (f) (g.formulas[r] ??= [])[c] = f;
  const style = cell.style;
  if (style.font?.bold) (g.bold[r] ??= [])[c] = true;
  const fill = style.fill;
  if (fill && fill.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb) (g.fills[r] ??= [])[c] = `#${fill.fgColor.argb.slice(-6).toUpperCase()}`;
  if (style.numFmt && style.numFmt !== "General") (g.numberFormats[r] ??= [])[c] = style.numFmt;
}

/** A row's values with its gaps filled with null, stored at row `r`. */
export function putRow(g: GridBuilder, r: number, values: CellValue[]): void {
  for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = null;
  g.rows[r] = values;
}

/** The finished grid: rows never written are empty. */
export function finishGrid(g: GridBuilder, name: string, merges: MergeRange[]): Grid {
  for (let r = 0; r < g.rows.length; r++) g.rows[r] ??= [];
  return { name, rows: g.rows, formulas: g.formulas, bold: g.bold, fills: g.fills, numberFormats: g.numberFormats, merges };
}

/**
 * Reads a worksheet into a Grid.
 * @example worksheetToGrid(workbook.getWorksheet("Tabel 3.1")!).rows.length
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const g = newGridBuilder();
  const merges = mergesOf(ws);
  const hasMerges = merges.length > 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // exceljs hands every cell of a merge the master's value; the sheet shows it once, in the master.
      if (hasMerges && cell.isMerged && cell.master !== cell) return;
      addCell(g, values, r, colNumber - 1, cell);
    });
    putRow(g, r, values);
  });
  return finishGrid(g, ws.name, merges);
}

/**
 * A merge as written (`A1:C2`, or one cell `B4`) as a 0-based range; null when it is not a range.
 * @example mergeFromRef("A1:C2") // { top: 0, left: 0, bottom: 1, right: 2 }
 */
export function mergeFromRef(ref: string): MergeRange | null {
  const [a, b] = ref.toUpperCase().split(":");
  const ma = CELL_REF.exec(a ?? "");
  const mb = CELL_REF.exec(b ?? a ?? "");
  if (!ma || !mb) return null;
  return { top: Number(ma[2]) - 1, left: columnIndex(ma[1] ?? "A"), bottom: Number(mb[2]) - 1, right: columnIndex(mb[1] ?? "A") };
}
