// Nomenclature: the official codes and names, a catalogue format, and the rules that compare a sheet with them.
export type { Catalogue, CatalogueEntry, NomenclatureUse, Pemda } from "./types.js";
export { catalogueSchema, catalogueEntrySchema, parseCatalogue } from "./schema.js";
export { canonicalCatalogueCode, catalogueLevel, isCrossCutting, CROSS_CUTTING } from "./code.js";
export { normalizeName, nameKey, tidyOfficialText } from "./normalize.js";
export { buildIndex, unitKey, unitHead, type NomenclatureIndex, type IndexedEntry, type NodeMatch } from "./lookup.js";
export { nomenclatureRules } from "./rules.js";
export { builtinCatalogue, builtinSets, builtinEntryCount, type EntrySetInfo } from "./builtin.js";
export { builtinSource, catalogueSource, findBuiltinVersion, builtinVersions, type NomenclatureSource } from "./source.js";
export { CATALOGUE_SHEET, catalogueFromJson, catalogueFromSheetCells, catalogueSheetCells, type CatalogueResult } from "./stored-catalogue.js";
