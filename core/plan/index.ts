// Public API of the planning layer: what hosts write (auto-total, flags, clear, templates) and the patch they apply.
export { planAutoTotal, type AutoTotalOptions } from "./auto-total.js";
export { planFlags, noteText, FLAG_PALETTE, type FlagOptions } from "./flags.js";
export { planClear, type KeptFlags } from "./clear.js";
export { applyPatchToGrid } from "./apply-to-grid.js";
export { formulaSyntax, renderFormula, sameFormula, EN_US_SYNTAX, type FormulaSyntax, type FormulaHost } from "./formula-syntax.js";
export { templateTable, templatePatch, filledTemplate, TEMPLATE_FAMILIES, type TemplateFamily, type TemplateTable } from "./template.js";
export { emptyPatch, type Patch, type CellWrite, type FillWrite, type NoteWrite, type FlagRecord, type SkippedCell, type WritePurpose } from "./patch.js";
