// The nomenclature catalogue kept in the workbook (very hidden sheet `_renja_nomenclature`, the format of
// core/nomenclature/stored-catalogue.ts, shared with the Sheets add-on): found with the check's first sync,
// read with its first block, written in parts under 5 MB.
import { CATALOGUE_SHEET, catalogueFromSheetCells, catalogueSheetCells, type Catalogue, type CatalogueResult } from "../../core/nomenclature/index.js";
import { blocksOf, jsonBytes } from "./blocks.js";
import type { XlContext, XlRange, XlWorksheet } from "./excel-api.js";

/** Pieces (30,000 characters each) read along with the sheet's first block: up to about 0.9 MB. */
const PIECES_WITH_BLOCK = 30;
/** Pieces per sync when reading the rest of a large catalogue, or writing one: about 3 MB. */
const PIECES_PER_SYNC = 100;

/** Queues the lookup of the catalogue sheet; after the sync, `collect()` gives it, or null when there is none. */
export function queueCatalogueProbe(context: XlContext): () => XlWorksheet | null {
  const ws = context.workbook.worksheets.getItemOrNullObject(CATALOGUE_SHEET);
  ws.load("name");
  return () => (ws.isNullObject ? null : ws);
}

export interface CatalogueHead {
  /** Rows the sheet uses. */
  rows: number;
  /** Its first rows (all of a catalogue up to about 0.9 MB). */
  values: unknown[][];
}

/** Queues the read of the catalogue sheet's size and first pieces (with another read's sync); collect after it. */
export function queueCatalogueHead(ws: XlWorksheet): () => CatalogueHead {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowCount");
  const head = ws.getRangeByIndexes(0, 0, PIECES_WITH_BLOCK, 1);
  head.load("values");
  return () => ({ rows: used.isNullObject ? 0 : used.rowCount, values: head.values });
}

/**
 * The catalogue from its sheet: the pieces read with the head, and the rest (a catalogue over about 0.9 MB) in
 * parts of about 3 MB, one sync each. Returns it with the syncs it took.
 */
export async function finishCatalogue(context: XlContext, ws: XlWorksheet, head: CatalogueHead): Promise<{ result: CatalogueResult; syncs: number }> {
  const values = head.values.slice(0, Math.min(head.rows, PIECES_WITH_BLOCK));
  let syncs = 0;
  for (let top = PIECES_WITH_BLOCK; top < head.rows; top += PIECES_PER_SYNC) {
    const range = ws.getRangeByIndexes(top, 0, Math.min(PIECES_PER_SYNC, head.rows - top), 1);
    range.load("values");
    await context.sync();
    syncs++;
    for (const row of range.values) values.push(row);
  }
  return { result: catalogueFromSheetCells(values), syncs };
}

/**
 * Replaces the workbook's catalogue with `catalogue` (very hidden sheet, text cells), or removes it (null).
 * Returns the syncs it took.
 */
export async function writeCatalogue(context: XlContext, catalogue: Catalogue | null): Promise<number> {
  const old = context.workbook.worksheets.getItemOrNullObject(CATALOGUE_SHEET);
  old.load("name");
  await context.sync();
  let syncs = 1;
  if (!old.isNullObject) {
    // Excel refuses to delete a very hidden sheet (InvalidOperation): make it merely hidden first, same batch.
    old.visibility = "Hidden";
    old.delete();
  }
  if (!catalogue) {
    await context.sync();
    return syncs + 1;
  }
  const ws = context.workbook.worksheets.add(CATALOGUE_SHEET);
  ws.visibility = "VeryHidden";
  const rows = catalogueSheetCells(catalogue).map((cells, row) => ({ row, cells }));
  for (const part of blocksOf(rows, (r) => r.row, (r) => jsonBytes(r.cells) + 8, PIECES_PER_SYNC)) {
    const first = part[0];
    if (!first) continue;
    const range: XlRange = ws.getRangeByIndexes(first.row, 0, part.length, 3);
    // Text format first: a piece of JSON must stay the text it is.
    range.numberFormat = part.map(() => ["@", "@", "@"]);
    range.values = part.map((r) => r.cells);
    await context.sync();
    syncs++;
  }
  return syncs;
}
