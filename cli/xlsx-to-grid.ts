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
    if ("formula" in v && typeof v.formula === "string") return `=${v.formula}`;
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
    const [a, b] = ref.split(":");
    const ma = CELL_REF.exec(a ?? "");
    const mb = CELL_REF.exec(b ?? a ?? "");
    if (!ma || !mb) continue;
    out.push({ top: Number(ma[2]) - 1, left: columnIndex(ma[1] ?? "A"), bottom: Number(mb[2]) - 1, right: columnIndex(mb[1] ?? "A") });
  }
  return out;
}

/**
 * Reads a worksheet into a Grid.
 * @example worksheetToGrid(workbook.getWorksheet("Tabel 3.1")!).rows.length
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const bold: boolean[][] = [];
  const fills: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const merges = mergesOf(ws);
  const hasMerges = merges.length > 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // exceljs hands every cell of a merge the master's value; the sheet shows it once, in the master.
      if (hasMerges && cell.isMerged && cell.master !== cell) return;
      const raw = cell.value;
      values[c] = plainValue(raw);
      const f = formulaOf(raw);
      if (f) (formulas[r] ??= [])[c] = f;
      const style = cell.style;
      if (style.font?.bold) (bold[r] ??= [])[c] = true;
      const fill = style.fill;
      if (fill && fill.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb) (fills[r] ??= [])[c] = `#${fill.fgColor.argb.slice(-6).toUpperCase()}`;
      if (style.numFmt && style.numFmt !== "General") (numberFormats[r] ??= [])[c] = style.numFmt;
    });
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = null;
    rows[r] = values;
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: ws.name, rows, formulas, bold, fills, numberFormats, merges };
}
