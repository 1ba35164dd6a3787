// Merged areas of a row block, asked for in row slices small enough for Excel: `getMergedAreasOrNullObject` fails
// on a range with more than 512 merged areas (a table converted from PDF merges a cell on every row).
import type { MergeRange } from "../../core/grid.js";
import { parseAreas } from "./address.js";
import type { XlRangeAreas, XlWorksheet } from "./excel-api.js";

/** Rows per slice after each refusal: whole block, then 256 rows (two merges a row), 16, 1; then merges are left out. */
const SLICE_ROWS = [Number.POSITIVE_INFINITY, 256, 16, 1];

/**
 * Queues merged-area reads per block and learns from refusals: the slice height that worked is kept for the
 * following blocks (merges are spread alike through a sheet), so a dense sheet costs one refused sync, not one per
 * block. When even single rows fail, merges are left out and the core guesses them, as on an Excel without 1.13.
 * @example const m = new MergeReads(); const areas = m.queue(sheet, 5, 0, 1600, 18); … m.collect(areas, into)
 */
export class MergeReads {
  private step = 0;

  /** Merges could not be read (even single rows were refused): the grid has none from Excel. */
  get gaveUp(): boolean {
    return this.step >= SLICE_ROWS.length;
  }

  /** Queues the reads for one block; an empty list once merges are given up. */
  queue(sheet: XlWorksheet, top: number, left: number, rows: number, columns: number): XlRangeAreas[] {
    const slice = SLICE_ROWS[this.step];
    if (slice === undefined) return [];
    const out: XlRangeAreas[] = [];
    for (let r = 0; r < rows; r += slice) {
      const areas = sheet.getRangeByIndexes(top + r, left, Math.min(slice, rows - r), columns).getMergedAreasOrNullObject();
      areas.load("address");
      out.push(areas);
    }
    return out;
  }

  /** A sync with merge reads failed for a reason other than size: the next try asks in smaller slices, or for none. */
  refused(): void {
    this.step++;
  }

  /** After the sync: the areas read, added to `into` (keyed, so an area two slices share counts once). */
  collect(areas: readonly XlRangeAreas[], into: Map<string, MergeRange>): void {
    for (const a of areas) if (!a.isNullObject) for (const m of parseAreas(a.address)) into.set(`${m.top}:${m.left}:${m.bottom}:${m.right}`, m);
  }
}
