// Public API of the core: check a grid, read its report, and the types hosts need.
export { checkGrid, type SheetCheck, type SheetReport, type ColumnInfo } from "./check.js";
export { exitStatus, countBySeverity, fileReport, fileReportSchema, sheetReportSchema, findingSchema, type FileReport } from "./report.js";
export { resolveOptions, checkOptionsSchema, DEFAULT_PREDIKAT_BANDS, type CheckOptions, type PredikatBand } from "./options.js";
export { columnLetter, columnIndex, type Grid, type CellValue, type MergeRange } from "./grid.js";
export type { Finding, Family, Lang, RuleId, Severity } from "./model.js";
export { RULES } from "./rules/index.js";
export { nomenclatureRules, builtinCatalogue, parseCatalogue, catalogueSchema, buildIndex, normalizeName, type Catalogue, type CatalogueEntry, type NomenclatureIndex } from "./nomenclature/index.js";
export { planAutoTotal, planFlags, planClear, applyPatchToGrid, formulaSyntax, renderFormula, templateTable, templatePatch, TEMPLATE_FAMILIES, FLAG_PALETTE, EN_US_SYNTAX, type AutoTotalOptions, type FlagOptions, type KeptFlags, type FormulaSyntax, type FormulaHost, type TemplateFamily, type Patch, type CellWrite, type FillWrite, type NoteWrite, type FlagRecord, type SkippedCell } from "./plan/index.js";
