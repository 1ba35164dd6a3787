// A catalogue kept inside a document, so that every editor's add-in checks against the same nomenclature: the
// JSON text of `renja nomenclature import`, checked on the way in and on the way out, and laid out for a hidden
// sheet `_renja_nomenclature` (A1 marker, B1 version, then the JSON in column A, cut into cell-sized pieces).
import { parseCatalogue } from "./schema.js";
import type { Catalogue } from "./types.js";

export const CATALOGUE_SHEET = "_renja_nomenclature";
const MARKER = "renja-nomenclature";
const VERSION = 1;
/** Below Excel's 32,767 and Sheets' 50,000 characters per cell. */
const PIECE = 30_000;

export type CatalogueResult = { ok: true; catalogue: Catalogue } | { ok: false; message: string };

/**
 * A catalogue from its JSON text (as `renja nomenclature import` writes it), or what is wrong with it.
 * @example catalogueFromJson('{"version":"v","entries":[]}') // { ok: true, catalogue: { version: "v", entries: [] } }
 */
export function catalogueFromJson(text: string): CatalogueResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, message: `not JSON (${(e as Error).message}); make one with "renja nomenclature import LAMPIRAN.xlsx -o catalogue.json"` };
  }
  const parsed = parseCatalogue(raw);
  return parsed.ok ? parsed : { ok: false, message: `not a catalogue: ${parsed.message}` };
}

/**
 * The cells of the hidden sheet for a catalogue: the marker row, then the JSON in pieces down column A.
 * @example catalogueSheetCells(c)[0] // ["renja-nomenclature", 1, "…"]
 */
export function catalogueSheetCells(catalogue: Catalogue): (string | number)[][] {
  const text = JSON.stringify(catalogue);
  const rows: (string | number)[][] = [[MARKER, VERSION, `Nomenclature catalogue used by the Renja checker: ${catalogue.version}, ${catalogue.entries.length} entries.`]];
  for (let i = 0; i < text.length; i += PIECE) rows.push([text.slice(i, i + PIECE), "", ""]);
  return rows;
}

/**
 * The catalogue kept in the hidden sheet's cells; an error when the sheet is not ours or was edited.
 * @example catalogueFromSheetCells(catalogueSheetCells(c)) // { ok: true, catalogue: c }
 */
export function catalogueFromSheetCells(values: readonly (readonly unknown[])[]): CatalogueResult {
  if (values[0]?.[0] !== MARKER) return { ok: false, message: `the sheet ${CATALOGUE_SHEET} does not hold a catalogue (no "${MARKER}" in A1)` };
  const text = values
    .slice(1)
    .map((r) => r[0])
    .filter((v): v is string => typeof v === "string")
    .join("");
  const result = catalogueFromJson(text);
  return result.ok ? result : { ok: false, message: `the catalogue in ${CATALOGUE_SHEET} is damaged: ${result.message}` };
}
