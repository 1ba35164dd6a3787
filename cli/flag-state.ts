// The kept flag state inside the workbook: a very hidden sheet `_renja_flags`, so clear works in a later session and on another host.
import type ExcelJS from "exceljs";
import { keptCellSchema, STORE_MARKER, STORE_SHEET, STORE_VERSION } from "../core/plan/flag-store-format.js";
import type { KeptCell } from "./apply-patch.js";
import type { StyleCounts } from "./package/style-table.js";

export const FLAG_SHEET = STORE_SHEET;
const CELL_LIMIT = 32_767;

/**
 * The kept cells of a workbook, [] when it has no flag state. Rows that do not parse are skipped (the sheet
 * is ours, but a user may have unhidden and edited it).
 * @example const kept = readFlagState(wb);
 */
export function readFlagState(wb: ExcelJS.Workbook): KeptCell[] {
  const ws = wb.getWorksheet(FLAG_SHEET);
  if (!ws || ws.getCell(1, 1).value !== STORE_MARKER) return [];
  const out: KeptCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const text = row.getCell(1).value;
    if (typeof text !== "string") return;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return;
    }
    // The one line format of all hosts; lines the add-ins wrote carry more fields, which the CLI leaves alone.
    const parsed = keptCellSchema.safeParse(raw);
    if (!parsed.success) return;
    const k = parsed.data as unknown as KeptCell;
    // The .xlsx writer's own fields, which the shared format does not list.
    const own = raw as { xf?: unknown; ourXf?: unknown; xfXml?: unknown; noteXml?: unknown };
    const index = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;
    if (index(own.xf) && index(own.ourXf) && typeof own.xfXml === "string") {
      k.xf = own.xf;
      k.ourXf = own.ourXf;
      k.xfXml = own.xfXml;
    }
    if (typeof own.noteXml === "string") k.noteXml = own.noteXml;
    out.push(k);
  });
  return out;
}

/**
 * Replaces the flag state with `kept` (removes it when empty). The sheet is very hidden: Excel's UI does not
 * list it, `renja check` skips it.
 * @example writeFlagState(wb, applyFlags(ws, patch));
 */
export function writeFlagState(wb: ExcelJS.Workbook, kept: readonly KeptCell[]): void {
  removeFlagState(wb);
  if (kept.length === 0) return;
  const ws = wb.addWorksheet(FLAG_SHEET, { state: "veryHidden" });
  storeRows(kept).forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
}

/**
 * The cells of the flag state sheet: the marker row (with, from the .xlsx writer, the style list sizes before the
 * first flagging in D1), then one JSON line per kept cell in column A.
 * @example storeRows(kept)[0] // ["renja-flags", 1, "Kept by …"]
 */
export function storeRows(kept: readonly KeptCell[], counts?: StyleCounts): (string | number)[][] {
  const head: (string | number)[] = [STORE_MARKER, STORE_VERSION, "Kept by `renja fix --flags`: the fills, fonts and notes the flags replaced. `renja clear` restores them."];
  if (counts) head.push(JSON.stringify(counts));
  // Excel holds at most 32,767 characters in a cell: a line too long for one drops the earlier note's XML (clear
  // then puts the earlier note back from its text).
  const rows: (string | number)[][] = [head];
  for (const k of kept) {
    const line = JSON.stringify(k);
    rows.push([line.length <= CELL_LIMIT ? line : JSON.stringify({ ...k, noteXml: undefined })]);
  }
  return rows;
}

/** The style list sizes the .xlsx writer noted before the first flagging (D1 of the store), undefined when absent. */
export function readStyleCounts(wb: ExcelJS.Workbook): StyleCounts | undefined {
  const ws = wb.getWorksheet(FLAG_SHEET);
  const text = ws?.getCell(1, 4).value;
  if (!ws || ws.getCell(1, 1).value !== STORE_MARKER || typeof text !== "string") return undefined;
  try {
    const c = JSON.parse(text) as Partial<StyleCounts>;
    const ok = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 0;
    if (!ok(c.xfs) || !ok(c.fills) || !ok(c.fonts) || !ok(c.numFmts)) return undefined;
    const counts: StyleCounts = { xfs: c.xfs as number, fills: c.fills as number, fonts: c.fonts as number, numFmts: c.numFmts as number };
    if (typeof c.vmlDefault === "boolean") counts.vmlDefault = c.vmlDefault;
    return counts;
  } catch {
    return undefined;
  }
}

/** Removes the flag state sheet, if any. */
export function removeFlagState(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet(FLAG_SHEET);
  if (ws) wb.removeWorksheet(ws.id);
}
