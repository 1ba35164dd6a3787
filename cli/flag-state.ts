// The kept flag state inside the workbook: a very hidden sheet `_renja_flags`, so clear works in a later session and on another host.
import type ExcelJS from "exceljs";
import { keptCellSchema, STORE_MARKER, STORE_SHEET, STORE_VERSION } from "../core/plan/flag-store-format.js";
import type { KeptCell } from "./apply-patch.js";

export const FLAG_SHEET = STORE_SHEET;

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
    if (parsed.success) out.push(parsed.data as unknown as KeptCell);
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
  ws.getCell(1, 1).value = STORE_MARKER;
  ws.getCell(1, 2).value = STORE_VERSION;
  ws.getCell(1, 3).value = "Kept by `renja fix --flags`: the fills, fonts and notes the flags replaced. `renja clear` restores them.";
  kept.forEach((k, i) => {
    ws.getCell(i + 2, 1).value = JSON.stringify(k);
  });
}

/** Removes the flag state sheet, if any. */
export function removeFlagState(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet(FLAG_SHEET);
  if (ws) wb.removeWorksheet(ws.id);
}
