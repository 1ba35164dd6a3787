// The nomenclature catalogue this spreadsheet's checks use: one loaded from the sidebar and kept in the
// spreadsheet (hidden sheet `_renja_nomenclature`, so every editor checks against it), else the built-in one.
import { builtinEntryCount, builtinSource, builtinVersions, findBuiltinVersion, CATALOGUE_SHEET, catalogueFromJson, catalogueFromSheetCells, catalogueSheetCells, nomenclatureRules, type Catalogue } from "../../core/nomenclature/index.js";
import type { Rule } from "../../core/table.js";
import type { CatalogueStatus } from "../shared/api.js";
import type { Calls } from "./calls.js";
import { forget, isHeld, recall, recallOrRead, remember } from "./doc-cache.js";
import { tryDocumentLock } from "./lock.js";
import { assertWritable } from "./protection.js";
import { UserError, type ServerWords } from "./words.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The cache key of the catalogue sheet's cells as last written or read (a copy: the sheet stays what counts). */
const MIRROR = "renja.catalogue.cells";

interface InUse {
  /** The spreadsheet's own catalogue; null: the built-in lists (each table against the version of its year). */
  catalogue: Catalogue | null;
  status: CatalogueStatus;
}

/** The built-in lists, said without decoding them (the sidebar asks at every open). */
function builtinStatus(): CatalogueStatus {
  const versions = builtinVersions();
  return { source: "builtin", version: versions.join(" / "), entries: builtinEntryCount(), versions };
}

/**
 * The catalogue in use: the spreadsheet's own (from the document cache, else one `getValues` on its sheet), else
 * the built-in one.
 */
function catalogueInUse(ss: Spreadsheet, calls: Calls): InUse {
  const sheet = ss.getSheetByName(CATALOGUE_SHEET);
  if (!sheet) return { catalogue: null, status: builtinStatus() };
  // The copy is refreshed under the document lock, so that it never replaces a newer one another editor's load
  // just wrote; when the lock is busy, the sheet is read without keeping a copy.
  const read = () => calls.onStore(() => sheet.getDataRange().getValues());
  const cells = recall<unknown[][]>(MIRROR) ?? tryDocumentLock(() => recallOrRead(MIRROR, read)) ?? read();
  const kept = catalogueFromSheetCells(cells);
  // A damaged catalogue is said in the sidebar; the checks go on with the built-in one.
  if (!kept.ok) return { catalogue: null, status: { ...builtinStatus(), problem: kept.message } };
  return { catalogue: kept.catalogue, status: statusOf(kept.catalogue, "document") };
}

function statusOf(c: Catalogue, source: CatalogueStatus["source"]): CatalogueStatus {
  return { source, version: c.version, entries: c.entries.length };
}

/** The nomenclature rules of a check, with the catalogue in use (the built-in `version` for every table when set). */
export function nomenclatureRulesOf(ss: Spreadsheet, calls: Calls, version = ""): Rule[] {
  // A version the built-in lists no longer have (a setting saved by an older add-on) falls back to the year's.
  return nomenclatureRules(catalogueInUse(ss, calls).catalogue ?? builtinSource({ version: findBuiltinVersion(version) ?? undefined }));
}

/** True when finding the catalogue costs no batch call now: none is kept in the spreadsheet, or the cache has it. */
export function catalogueHeld(ss: Spreadsheet): boolean {
  return !ss.getSheetByName(CATALOGUE_SHEET) || isHeld(MIRROR);
}

/** Which catalogue the checks use now. */
export function catalogueStatusOf(ss: Spreadsheet, calls: Calls): CatalogueStatus {
  return catalogueInUse(ss, calls).status;
}

/**
 * Keeps a catalogue (the JSON of `renja nomenclature import`) in the spreadsheet, replacing an earlier one;
 * text that is not a catalogue is refused with the reason, and nothing is written.
 */
export function storeCatalogue(ss: Spreadsheet, text: string, words: ServerWords, calls: Calls): CatalogueStatus {
  const parsed = catalogueFromJson(text);
  if (!parsed.ok) throw new UserError(words.catalogueRefused(parsed.message));
  const cells = catalogueSheetCells(parsed.catalogue);
  const active = ss.getActiveSheet();
  let sheet = ss.getSheetByName(CATALOGUE_SHEET);
  if (sheet) assertWritable([{ sheet }], words);
  if (sheet) sheet.clearContents();
  else {
    sheet = ss.insertSheet(CATALOGUE_SHEET, ss.getNumSheets());
    // insertSheet makes the new sheet active: give the user back the sheet they were on, then hide it.
    active.activate();
    sheet.hideSheet();
  }
  const target = sheet.getRange(1, 1, cells.length, 3);
  // setValues reads text as typed: a piece of JSON starting with `'` would lose it, one starting with `=`, `+` or
  // `-` would become a formula. Cells formatted as plain text (`@`) first take it as it is.
  calls.onStore(() => target.setNumberFormats(cells.map((row) => row.map(() => "@"))));
  calls.onStore(() => target.setValues(cells));
  remember(MIRROR, cells);
  return statusOf(parsed.catalogue, "document");
}

/** Removes the spreadsheet's own catalogue: the checks use the built-in one again. */
export function removeCatalogue(ss: Spreadsheet, words: ServerWords): CatalogueStatus {
  const sheet = ss.getSheetByName(CATALOGUE_SHEET);
  if (sheet) assertWritable([{ sheet }], words);
  if (sheet) ss.deleteSheet(sheet);
  forget(MIRROR);
  return builtinStatus();
}
