// The nomenclature rules for one catalogue or source, to pass to checkGrid as extraRules.
import { nomenclatureNameMismatchRule } from "../rules/nomenclature-name-mismatch.js";
import { nomenclatureRenamedRule } from "../rules/nomenclature-renamed.js";
import { nomenclatureUnitRule } from "../rules/nomenclature-unit.js";
import { nomenclatureUnknownRule } from "../rules/nomenclature-unknown.js";
import type { CheckedTable, Rule } from "../table.js";
import type { NomenclatureIndex } from "./lookup.js";
import { catalogueSource, type Chosen, type NomenclatureSource } from "./source.js";
import type { Catalogue } from "./types.js";

/** Picks the catalogue of a table once per checked table, for all the rules that share it. */
export type Choose = (t: CheckedTable) => Chosen;

/**
 * `nomenclature-unknown`, `nomenclature-renamed`, `nomenclature-name-mismatch` and `nomenclature-unit-mismatch`,
 * sharing one choice of catalogue per checked table (and one index per catalogue, built once). Each rule also
 * says in the sheet report which version it checked against (`notes`).
 * @example const rules = nomenclatureRules(builtinSource()); checkGrid(grid, {}, rules);
 */
export function nomenclatureRules(from: Catalogue | NomenclatureIndex | NomenclatureSource): Rule[] {
  const source = "choose" in from ? from : catalogueSource(from);
  const chosen = new WeakMap<CheckedTable, Chosen>();
  const choose: Choose = (t) => {
    let c = chosen.get(t);
    if (!c) {
      c = source.choose(t);
      chosen.set(t, c);
    }
    return c;
  };
  const rules = [nomenclatureUnknownRule(choose), nomenclatureRenamedRule(choose), nomenclatureNameMismatchRule(choose), nomenclatureUnitRule(choose)];
  return rules.map((r) => ({ ...r, notes: (t: CheckedTable) => ({ nomenclature: choose(t).use }) }));
}
