// The functions the sidebar calls (google.script.run): arguments checked with zod at this edge, work delegated.
import { columnIndex } from "../../core/grid.js";
import { z } from "zod";
import type { CatalogueStatus, ClearResult, FlagResult, Settings, SheetReport, TemplateResult, TotalsResult } from "../shared/api.js";
import { Calls } from "./calls.js";
import { catalogueStatusOf, removeCatalogue as removeStoredCatalogue, storeCatalogue } from "./catalogue-store.js";
import { checkActiveSheet } from "./check-sheet.js";
import { clearActiveSheet, flagActiveSheet } from "./flag-actions.js";
import { withDocumentLock } from "./lock.js";
import { loadSettings, storeSettings } from "./settings.js";
import { insertTemplateSheet } from "./template-action.js";
import { totalActiveSheet } from "./total-action.js";
import { serverWords, UserError } from "./words.js";

/** A catalogue JSON as the sidebar reads it from a file: text, at most 20 MB. */
const catalogueTextSchema = z.string().min(1).max(20_000_000);
const familySchema = z.enum(["rencana", "perubahan", "evaluasi"]);
/** An optional yes/no argument (force, afterCheck). */
const flagSchema = z.boolean().optional();
const cellSchema = z.object({
  row: z.number().int().min(1),
  column: z.union([z.number().int().min(1), z.string().regex(/^[A-Za-z]{1,3}$/)]),
  sheet: z.string().min(1).optional(),
});

/** The user's settings (language, predikat colours). */
export function getSettings(): Settings {
  return loadSettings();
}

/** Stores part of the settings and returns them all. */
export function saveSettings(settings: Partial<Settings>): Settings {
  return storeSettings(settings);
}

/** Checks the active sheet: the report of domain §8 (one element of the CLI's `sheets`). */
export function checkSheet(): SheetReport {
  return checkActiveSheet(loadSettings());
}

/**
 * Flags the active sheet's findings (fills and notes), replacing its earlier flags. A large sheet changed since
 * its last check is only checked (stage "checked"); `afterCheck` continues it.
 */
export function applyFlags(afterCheck?: boolean): FlagResult {
  const again = flagSchema.parse(afterCheck) === true;
  return withDocumentLock(() => flagActiveSheet(loadSettings(), again));
}

/** Restores the fills and notes the active sheet had before it was flagged. */
export function clearFlags(): ClearResult {
  return withDocumentLock(() => clearActiveSheet(loadSettings()));
}

/**
 * Writes live totals; typed values are replaced only with `force` (otherwise they are counted as held). Like
 * applyFlags, a large changed sheet is only checked first (stage "checked"); `afterCheck` continues it.
 */
export function applyTotals(force?: boolean, afterCheck?: boolean): TotalsResult {
  const mode = flagSchema.parse(force) === true ? "all" : "safe";
  const again = flagSchema.parse(afterCheck) === true;
  return withDocumentLock(() => totalActiveSheet(loadSettings(), mode, again));
}

/** Inserts a new sheet with the standard table of a family. */
export function insertTemplate(family: string): TemplateResult {
  return insertTemplateSheet(familySchema.parse(family));
}

/** Selects a cell (1-based row, column letter or number), on the named sheet when given. */
export function selectCell(row: number, column: string | number, sheet?: string): void {
  const at = cellSchema.parse({ row, column, ...(sheet !== undefined ? { sheet } : {}) });
  const words = serverWords(loadSettings().lang);
  const ss = SpreadsheetApp.getActive();
  const target = at.sheet !== undefined ? ss.getSheetByName(at.sheet) : ss.getActiveSheet();
  if (!target) throw new UserError(words.noSheetNamed(at.sheet ?? ""));
  const col = typeof at.column === "number" ? at.column : columnIndex(at.column) + 1;
  if (at.row > target.getMaxRows() || col > target.getMaxColumns()) throw new UserError(words.badCell(at.row, typeof at.column === "string" ? at.column : String(col)));
  target.getRange(at.row, col).activate();
}

/** Which nomenclature catalogue the checks use. */
export function catalogueStatus(): CatalogueStatus {
  return catalogueStatusOf(SpreadsheetApp.getActive(), new Calls());
}

/** Keeps a catalogue (the JSON of `renja nomenclature import`) in the spreadsheet for every editor's checks. */
export function loadCatalogue(json: string): CatalogueStatus {
  const text = catalogueTextSchema.parse(json);
  return withDocumentLock(() => storeCatalogue(SpreadsheetApp.getActive(), text, serverWords(loadSettings().lang), new Calls()));
}

/** Removes the spreadsheet's own catalogue: the checks use the built-in one again. */
export function removeCatalogue(): CatalogueStatus {
  return withDocumentLock(() => removeStoredCatalogue(SpreadsheetApp.getActive(), serverWords(loadSettings().lang)));
}
