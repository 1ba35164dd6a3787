// The active sheet read and checked: the step every action starts with.
import { checkGrid, type SheetCheck, type SheetReport } from "../../core/check.js";
import type { Rule } from "../../core/table.js";
import type { Settings } from "../shared/api.js";
import { Calls } from "./calls.js";
import { nomenclatureRulesOf } from "./catalogue-store.js";
import { flagStoreCells, flagStoreHeld, STORE_SHEET } from "./flag-store.js";
import { tryDocumentLock } from "./lock.js";
import { readSheet, type LayoutReuse, type SheetRead } from "./sheet-read.js";
import { serverWords, UserError } from "./words.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet the user is on; never the bookkeeping sheet. */
export function activeSheet(settings: Settings): Sheet {
  const sheet = SpreadsheetApp.getActiveSheet();
  const words = serverWords(settings.lang);
  if (!sheet) throw new UserError(words.noSheet);
  if (sheet.getName() === STORE_SHEET) throw new UserError(words.storeSheet);
  return sheet;
}

export interface CheckedSheet {
  read: SheetRead;
  check: SheetCheck;
  /** The nomenclature rules the check ran, for a check again after writing. */
  rules: Rule[];
}

/**
 * Reads a sheet (values, number formats, merges, formulas; readSheet says what the cache saves) and checks it as
 * the CLI does: every rule, the nomenclature rules included (the spreadsheet's own catalogue, else the built-in one).
 * @example const { check } = checkSheetOf(sheet, settings, calls); check.report.issues
 */
export function checkSheetOf(sheet: Sheet, settings: Settings, calls: Calls, layers: { formulas?: boolean; reuse?: LayoutReuse } = {}): CheckedSheet {
  const read = readSheet(sheet, calls, layers);
  const rules = nomenclatureRulesOf(SpreadsheetApp.getActive(), calls, settings.nomenclatureVersion);
  const check = checkGrid(read.grid, { lang: settings.lang }, rules);
  return { read, check, rules };
}

/**
 * Periksa: the active sheet's report. The `_renja_flags` record is read too when the cache lost it (one call), so
 * that Tandai right after finds everything it needs in the cache and stays within its budget. That read and its
 * copy in the cache are made under the document lock: without it, another editor's Tandai could write the record
 * between the read and the copy, and the older copy would win. When the lock is busy, the check skips it.
 */
export function checkActiveSheet(settings: Settings): SheetReport {
  const calls = new Calls();
  const { report } = checkSheetOf(activeSheet(settings), settings, calls).check;
  const ss = SpreadsheetApp.getActive();
  if (!flagStoreHeld(ss)) tryDocumentLock(() => flagStoreCells(ss, calls));
  return report;
}
