// Loading and saving the .xlsx workbooks that fix, clear and template change, and reading a sheet with its font colours and notes.
import { extname } from "node:path";
import ExcelJS from "exceljs";
import type { Grid } from "../core/grid.js";
import { openXlsx, ReadError } from "./read-file.js";
import { writeOutput, type OutputTarget } from "./safe-write.js";
import { worksheetToGrid } from "./xlsx-to-grid.js";

/** Sheets of ours (kept flag state) that are never checked or fixed. */
export const OWN_SHEET_PREFIX = "_renja";

/**
 * Loads an .xlsx workbook to change it; unreadable files raise a ReadError with a sentence.
 * @example const wb = await loadWorkbook("tabel.xlsx");
 */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  fixableFile(path);
  return openXlsx(path);
}

/** Raises a ReadError unless the file is a workbook fix and clear can change (.xlsx, .xlsm). */
export function fixableFile(path: string): void {
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return;
  const why = ext === ".csv" || ext === ".tsv" ? " (a .csv has no formulas or colours)" : `, not ${ext || "a file without an extension"}`;
  throw new ReadError(`${path}: only .xlsx workbooks can be fixed${why}; save it as .xlsx first`);
}

/** The worksheets a command works on: visible or hidden ones, not our own bookkeeping sheets. */
export function userSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets.filter((ws) => ws.state !== "veryHidden" && !ws.name.startsWith(OWN_SHEET_PREFIX));
}

/**
 * Writes the workbook to a claimed output (safe-write.ts: a temporary file renamed over the target, so a failed
 * write never leaves half a file and an in-place fix never destroys its input). Excel recalculates every
 * formula when it opens the file.
 * @example await saveWorkbook(wb, await claimOutput("tabel-diperbaiki.xlsx", { overwrite: false, inPlace: false, lang: "id" }));
 */
export async function saveWorkbook(wb: ExcelJS.Workbook, target: OutputTarget): Promise<void> {
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const buf = await wb.xlsx.writeBuffer();
  await writeOutput(target, Buffer.from(buf as ArrayBuffer));
}

/**
 * A worksheet as a Grid, with the font colours and notes that flagging keeps for clear.
 * @example sheetGrid(wb.getWorksheet("Tabel 3.1")!).notes
 */
export function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const grid = worksheetToGrid(ws);
  const fontColors: (string | null)[][] = [];
  const notes: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // Empty cells too: a note or a font colour may sit on a cell without a value.
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const argb = cell.style.font?.color?.argb;
      if (argb) (fontColors[rowNumber - 1] ??= [])[colNumber - 1] = `#${argb.slice(-6).toUpperCase()}`;
      const note = noteText(cell.note);
      if (note !== null) (notes[rowNumber - 1] ??= [])[colNumber - 1] = note;
    });
  });
  return { ...grid, fontColors, notes };
}

/** The text of an exceljs note (a string, or rich text parts). */
export function noteText(note: ExcelJS.Comment | string | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: string }[] }).texts;
  return texts ? texts.map((t) => t.text ?? "").join("") : null;
}
