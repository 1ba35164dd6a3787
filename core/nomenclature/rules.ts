// The nomenclature rules for one catalogue, to pass to checkGrid as extraRules.
import { nomenclatureNameMismatchRule } from "../rules/nomenclature-name-mismatch.js";
import { nomenclatureUnitRule } from "../rules/nomenclature-unit.js";
import { nomenclatureUnknownRule } from "../rules/nomenclature-unknown.js";
import type { Rule } from "../table.js";
import { buildIndex, type NomenclatureIndex } from "./lookup.js";
import type { Catalogue } from "./types.js";

/**
 * `nomenclature-unknown`, `nomenclature-name-mismatch` and the catalogue's `unit-mismatch`, sharing one
 * index (built here, once) and one code lookup per checked table.
 * @example const rules = nomenclatureRules(builtinCatalogue()); checkGrid(grid, {}, rules);
 */
export function nomenclatureRules(catalogue: Catalogue | NomenclatureIndex): Rule[] {
  const index = "entries" in catalogue ? buildIndex(catalogue) : catalogue;
  return [nomenclatureUnknownRule(index), nomenclatureNameMismatchRule(index), nomenclatureUnitRule(index)];
}
