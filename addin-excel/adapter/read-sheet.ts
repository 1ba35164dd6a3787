// Reads the active sheet's used range into a core Grid, in row blocks of one context.sync each, under 5 MB.
import type { CellValue, Grid, MergeRange } from "../../core/grid.js";
import { BlockSizer, isPayloadError, jsonBytes } from "./blocks.js";
import type { XlCell, XlContext, XlRange, XlRangeAreas, XlWorksheet } from "./excel-api.js";
import { MergeReads } from "./merge-reads.js";
import { noProgress, type OnProgress } from "./progress.js";

/** Where the grid came from: enough to write back into the same sheet and to tell whether it changed. */
export interface SheetSource {
  id: string;
  name: string;
  /** Used range address when read (`Tabel 3.1!A1:R20004`), empty for an empty sheet. */
  address: string;
  /** 0-based first row and column of the used range; the grid itself is in sheet coordinates. */
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export interface ReadOptions {
  /** ExcelApi 1.13: merged header cells (read per block, cheap); without it the core guesses merges. */
  merges: boolean;
  onProgress?: OnProgress;
  /** Queued with the first block (saves a sync for a small extra read, such as the flag store). */
  withFirstBlock?: (context: XlContext) => void;
}

export interface SheetRead {
  grid: Grid;
  source: SheetSource;
  /** Blocks read (one context.sync each), for the pane's log line. */
  blocks: number;
  /** `withFirstBlock` was read with the first block (false: it was refused as too large, or there was no block). */
  extrasRead: boolean;
  /** Excel refused the merged areas even one row at a time: the grid has none and the core guesses them. */
  mergesLeftOut?: boolean;
}

/** Queues the loads of the active sheet and its used range; read the result after one sync. */
export function queueSheetHead(context: XlContext): () => { sheet: XlWorksheet; source: SheetSource } {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("id,name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address,rowIndex,columnIndex,rowCount,columnCount");
  return () => {
    const source: SheetSource = used.isNullObject
      ? { id: sheet.id, name: sheet.name, address: "", top: 0, left: 0, rows: 0, columns: 0 }
      : { id: sheet.id, name: sheet.name, address: used.address, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount };
    return { sheet, source };
  };
}

/**
 * Reads the sheet's used range: values, formulas (en-US) and number formats, plus merged areas when supported.
 * The first sync learns the used range (skipped when the caller already did, `head`); then one sync per block.
 * @example const { grid } = await readActiveSheet(context, { merges: true });
 */
export async function readActiveSheet(context: XlContext, options: ReadOptions, head?: { sheet: XlWorksheet; source: SheetSource }): Promise<SheetRead> {
  const onProgress = options.onProgress ?? noProgress;
  if (!head) {
    const collect = queueSheetHead(context);
    await context.sync();
    head = collect();
  }
  const { sheet, source } = head;
  const rows: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const merges = new Map<string, MergeRange>();
  for (let r = 0; r < source.top; r++) rows.push([]);
  const sizer = new BlockSizer(source.columns);
  const mergeReads = new MergeReads();
  let done = 0;
  let blocks = 0;
  let extrasTried = false;
  let extrasRead = false;
  onProgress({ phase: "read", done: 0, total: source.rows });
  while (done < source.rows) {
    let n = sizer.next(source.rows - done);
    let range: XlRange;
    let areas: XlRangeAreas[];
    for (;;) {
      const top = source.top + done;
      range = sheet.getRangeByIndexes(top, source.left, n, source.columns);
      range.load(["values", "formulas", "numberFormat"]);
      areas = options.merges ? mergeReads.queue(sheet, top, source.left, n, source.columns) : [];
      // The extra reads ride with the first try only: if that is refused, the caller reads them on their own.
      const withExtras = !extrasTried && options.withFirstBlock !== undefined;
      if (withExtras) {
        extrasTried = true;
        options.withFirstBlock?.(context);
      }
      try {
        await context.sync();
        extrasRead ||= withExtras;
        break;
      } catch (e) {
        if (isPayloadError(e)) {
          if (withExtras) continue;
          if (n <= 1) throw e;
          n = Math.min(sizer.refused(n), Math.max(1, Math.floor(n / 2)));
        } else if (areas.length > 0) mergeReads.refused();
        else throw e;
      }
    }
    blocks++;
    const values = range.values;
    const fx = range.formulas;
    const nf = range.numberFormat;
    sizer.measured(n, jsonBytes(values) + jsonBytes(fx) + jsonBytes(nf));
    for (let i = 0; i < n; i++) {
      const r = source.top + done + i;
      rows[r] = rowOf(values[i] ?? [], source.left);
      const f = formulaRow(fx[i] ?? [], source.left);
      if (f) formulas[r] = f;
      const fmt = formatRow(nf[i] ?? [], source.left);
      if (fmt) numberFormats[r] = fmt;
    }
    mergeReads.collect(areas, merges);
    done += n;
    onProgress({ phase: "read", done, total: source.rows });
  }
  const grid: Grid = { name: source.name, rows, formulas, numberFormats };
  if (merges.size > 0) grid.merges = [...merges.values()];
  return { grid, source, blocks, extrasRead, ...(mergeReads.gaveUp ? { mergesLeftOut: true } : {}) };
}

/** Excel hands empty cells over as `""`; the core (like the CLI) knows them as null. */
function rowOf(values: readonly XlCell[], left: number): CellValue[] {
  const out: CellValue[] = new Array<CellValue>(left + values.length);
  for (let c = 0; c < left; c++) out[c] = null;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    out[left + c] = v === "" || v === undefined ? null : (v as CellValue);
  }
  return out;
}

function formulaRow(row: readonly XlCell[], left: number): (string | null)[] | null {
  let out: (string | null)[] | null = null;
  for (let c = 0; c < row.length; c++) {
    const f = row[c];
    if (typeof f === "string" && f.startsWith("=")) (out ??= [])[left + c] = f;
  }
  return out ? fillHoles(out) : null;
}

function formatRow(row: readonly (string | null)[], left: number): (string | null)[] | null {
  let out: (string | null)[] | null = null;
  for (let c = 0; c < row.length; c++) {
    const f = row[c];
    if (typeof f === "string" && f !== "" && f !== "General") (out ??= [])[left + c] = f;
  }
  return out ? fillHoles(out) : null;
}

/** Sparse arrays read as `undefined`; the Grid layers say `null` for "nothing here". */
function fillHoles<T>(a: (T | null)[]): (T | null)[] {
  for (let i = 0; i < a.length; i++) if (a[i] === undefined) a[i] = null;
  return a;
}
