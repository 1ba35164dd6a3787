// The hidden sheet `_renja_flags` that keeps what flagging changed (fills and notes with what they replaced), so
// that "Hapus tanda" restores them in a later session and for every editor. The lines are the Excel pane's
// format, so a workbook flagged in one host can be cleared in the other.
import { decodeStore, encodeStore, keptFor, STORE_SHEET, withSheet, type KeptSheetFlags } from "../../core/plan/flag-store-format.js";
import type { Calls } from "./calls.js";
import { isHeld, recallOrRead, remember } from "./doc-cache.js";
import type { WriteTarget } from "./protection.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export { STORE_SHEET, type KeptSheetFlags };

export interface FlagStore {
  /** Kept flags of every sheet. */
  sheets: KeptSheetFlags[];
  /** Rows and columns the store sheet holds now (the next write blanks what it no longer needs). */
  rows: number;
  cols: number;
  /** Lines that could not be read (someone edited the hidden sheet). */
  damaged: number;
}

/** The cache key of the store's cells as last written or read (a copy: the sheet stays what counts). */
const MIRROR = "renja.flags.cells";

/**
 * Reads the store: nothing when the sheet does not exist; else its cells as this add-on last wrote or read them
 * (document cache, every editor's runs keep it current), or one `getValues` when the cache no longer has them.
 * @example const store = readFlagStore(SpreadsheetApp.getActive(), calls); keptFlagsOf(store, sheet)
 */
export function readFlagStore(ss: Spreadsheet, calls: Calls): FlagStore {
  const values = flagStoreCells(ss, calls);
  if (!values) return { sheets: [], rows: 0, cols: 0, damaged: 0 };
  const { sheets, damaged } = decodeStore(values);
  return { sheets, rows: values.length, cols: values[0]?.length ?? 0, damaged };
}

/**
 * The store sheet's cells, from the cache or with one `getValues` (kept in the cache then); null without the
 * sheet. A check calls it when `flagStoreHeld` says no, so that the flagging after it finds them in the cache.
 */
export function flagStoreCells(ss: Spreadsheet, calls: Calls): unknown[][] | null {
  const sheet = ss.getSheetByName(STORE_SHEET);
  if (!sheet) return null;
  return recallOrRead(MIRROR, () => calls.onStore(() => sheet.getDataRange().getValues()));
}

/** True when reading the store costs no batch call now: there is no store sheet, or the cache has its cells. */
export function flagStoreHeld(ss: Spreadsheet): boolean {
  return !ss.getSheetByName(STORE_SHEET) || isHeld(MIRROR);
}

/** Where writing the store writes: its sheet, anywhere (none yet: the sheet made on first use is the add-on's). */
export function storeTargets(ss: Spreadsheet): WriteTarget[] {
  const sheet = ss.getSheetByName(STORE_SHEET);
  return sheet ? [{ sheet }] : [];
}

/** The kept flags of a sheet (by id, else by name). */
export function keptFlagsOf(store: FlagStore, sheet: Sheet): KeptSheetFlags | undefined {
  return keptFor(store.sheets, sheetKey(sheet), sheet.getName());
}

/**
 * Writes the store with one sheet's flags replaced (`kept`) or removed (null): one `setValues` over the marker
 * row and one JSON line per cell (column A), blanking what the old content used beyond the new. Creates and
 * hides the sheet on first use.
 */
export function writeFlagStore(ss: Spreadsheet, store: FlagStore, sheet: Sheet, kept: KeptSheetFlags | null, calls: Calls): void {
  const sheets = withSheet(store.sheets, sheetKey(sheet), sheet.getName(), kept);
  const lines = sheets.length > 0 ? encodeStore(sheets) : [];
  const height = Math.max(lines.length, store.rows);
  const width = Math.max(1, store.cols, ...lines.map((l) => l.length));
  if (height === 0) return;
  let target = ss.getSheetByName(STORE_SHEET);
  if (!target) {
    target = ss.insertSheet(STORE_SHEET, ss.getNumSheets());
    // insertSheet makes the new sheet active: give the user back the sheet they were on, then hide it.
    sheet.activate();
    target.hideSheet();
  }
  const cells: (string | number)[][] = [];
  for (let r = 0; r < height; r++) {
    const line = lines[r] ?? [];
    const row: (string | number)[] = [];
    for (let c = 0; c < width; c++) row.push(line[c] ?? "");
    cells.push(row);
  }
  const range = target.getRange(1, 1, height, width);
  calls.onStore(() => range.setValues(cells));
  remember(MIRROR, cells);
}

/** The id the store keys a sheet by (Sheets' numeric sheet id, stable across renames). */
export function sheetKey(sheet: Sheet): string {
  return String(sheet.getSheetId());
}
