// Reads one .xlsx with both readers (exceljs's full load and the streaming path) and normalises the grids for comparison.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Grid } from "../../core/grid.js";
import { keptCatalogue, openXlsx } from "../../cli/read-file.js";
import { streamable, streamWorkbook } from "../../cli/stream-workbook.js";
import { guardXlsx } from "../../cli/xlsx-guard.js";
import { worksheetToGrid } from "../../cli/xlsx-to-grid.js";

/** A grid with trailing nulls, empty rows and empty layer rows dropped: what the core reads the same either way. */
export function normalGrid(g: Grid): object {
  const trim = <T>(row: readonly T[] | undefined): T[] => {
    const out = [...(row ?? [])].map((v) => (v === undefined ? null : v)) as T[];
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  };
  const layer = <T>(rows: readonly (readonly T[] | undefined)[] | undefined): T[][] => {
    const out = Array.from(rows ?? [], (r) => trim(r));
    while (out.length > 0 && (out[out.length - 1] as T[]).length === 0) out.pop();
    return out;
  };
  const merges = [...(g.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left);
  return { name: g.name, rows: layer(g.rows), formulas: layer(g.formulas), bold: layer(g.bold), fills: layer(g.fills), numberFormats: layer(g.numberFormats), merges };
}

export interface BothReads {
  /** Every sheet as the full load reads it (normalised). */
  full: object[];
  /** Every sheet as the streaming path reads it; null when the file is not `streamable` (or the path gave up). */
  stream: object[] | null;
  fullCatalogue: unknown;
  streamCatalogue: unknown;
  plain: boolean;
}

/** The file read both ways. */
export async function readBothWays(file: string): Promise<BothReads> {
  const bytes = readFileSync(file);
  const facts = await guardXlsx(file, bytes);
  const wb = await openXlsx(file);
  const full = wb.worksheets.map((ws) => normalGrid(worksheetToGrid(ws)));
  const plain = streamable(facts);
  const read = plain ? await streamWorkbook(bytes, facts) : null;
  return { full, stream: read ? read.grids.map(normalGrid) : null, fullCatalogue: keptCatalogue(wb), streamCatalogue: read?.catalogue ?? null, plain };
}

/** Writes a grid as a one-sheet workbook: values, formulas (with the value as cached result), bold, fills, number formats, merges. */
export async function writeGrid(grid: Grid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.name ?? "Sheet1");
  for (const m of grid.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  grid.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      const formula = grid.formulas?.[r]?.[c];
      if (formula) cell.value = { formula: formula.replace(/^=/, ""), result: v ?? undefined } as ExcelJS.CellValue;
      else if (v !== null && v !== undefined) cell.value = v;
      if (grid.bold?.[r]?.[c]) cell.font = { bold: true };
      const fill = grid.fills?.[r]?.[c];
      if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fill.slice(1)}` } };
      const format = grid.numberFormats?.[r]?.[c];
      if (format) cell.numFmt = format;
    });
  });
  await wb.xlsx.writeFile(file);
}
