// Large sheets and the budget of 6 batch calls per server call: an action that had to read more than the values
// (its sheet changed since the last check, or the cache lost the layout, catalogue or flag record) stops after
// checking, with all of that now in the document cache; called again, it does its work within the budget.
import type { Calls } from "./calls.js";
import { catalogueHeld } from "./catalogue-store.js";
import { flagStoreHeld } from "./flag-store.js";
import { layoutHeld } from "./layout-memo.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Data ranges of at least this many cells are worked in two server calls when the cache is cold. Below it, the
 * two or three extra batch calls cost a second or two and one call does everything.
 */
export const STAGED_CELLS = 100_000;

export interface StageQuestion {
  ss: Spreadsheet;
  sheet: Sheet;
  /** Rows × columns of the data range that was read. */
  cells: number;
  calls: Calls;
  /** The batch calls the action's reads take when everything else comes from the cache (values, formulas …). */
  cachedReads: number;
  /** The action reads the `_renja_flags` record (flagging), which the cache must then hold too. */
  usesFlagStore: boolean;
  /** This call continues an earlier one that stopped after checking: do the work, whatever it costs. */
  afterCheck: boolean;
}

/**
 * True when the action should stop after its check: a large sheet, more reads than the cached path needs, and the
 * cache now holding what the next call needs (when the cache cannot hold it, stopping would gain nothing).
 * @example if (stopAfterCheck({ ss, sheet, cells, calls, cachedReads: 1, usesFlagStore: true, afterCheck })) return { stage: "checked", … };
 */
export function stopAfterCheck(q: StageQuestion): boolean {
  if (q.afterCheck || q.cells < STAGED_CELLS || q.calls.total() <= q.cachedReads) return false;
  return layoutHeld(String(q.sheet.getSheetId())) && catalogueHeld(q.ss) && (!q.usesFlagStore || flagStoreHeld(q.ss));
}
