// Large sheets and the budget of 6 batch calls per server call: an action whose reads went past what the cache
// saves (its sheet changed since the last check, or the cache lost the layout with its broken formulas, the
// catalogue or the flag record: each miss is a read counted in `calls`, the formulas' included), so that its
// writes would take it over 6, stops after checking, with all of that now in the document cache; called again,
// it does its work within the budget.
import type { Calls } from "./calls.js";
import { catalogueHeld } from "./catalogue-store.js";
import { flagStoreHeld } from "./flag-store.js";
import { layoutHeld } from "./layout-memo.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Batch calls one server call may make. */
export const CALL_BUDGET = 6;

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
  /** The most batch calls the rest of the action can still make (the reads and writes after the check). */
  rest: number;
  /** The action reads the `_renja_flags` record (flagging), which the cache must then hold too. */
  usesFlagStore: boolean;
  /** This call continues an earlier one that stopped after checking: do the work, whatever it costs. */
  afterCheck: boolean;
}

/**
 * True when the action should stop after its check: a large sheet, finishing now would go over the budget, and
 * the cache now holds what the next call needs (when the cache cannot hold it, stopping would gain nothing).
 * @example if (stopAfterCheck({ ss, sheet, cells, calls, rest: 5, usesFlagStore: true, afterCheck })) return { stage: "checked", … };
 */
export function stopAfterCheck(q: StageQuestion): boolean {
  if (q.afterCheck || q.cells < STAGED_CELLS || q.calls.total() + q.rest <= CALL_BUDGET) return false;
  return layoutHeld(String(q.sheet.getSheetId())) && catalogueHeld(q.ss) && (!q.usesFlagStore || flagStoreHeld(q.ss));
}
