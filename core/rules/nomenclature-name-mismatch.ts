// nomenclature-name-mismatch: a known code whose name differs from the official one (warning), ignoring
// case, spacing, punctuation and the Kabupaten/Kota wording; X.XX entries match the sheet's own bidang.
import type { Finding } from "../model.js";
import type { Choose } from "../nomenclature/rules.js";
import { displayCode, type Rule } from "../table.js";
import { kodeColumn } from "./unlisted-codes.js";

/**
 * The rule for one choice of catalogue: the official name is the finding's `expected`, the sheet's its `actual`.
 * @example checkGrid(grid, {}, nomenclatureRules(catalogue)).report.issues[0].expected // "Penyediaan Permakanan"
 */
export function nomenclatureNameMismatchRule(choose: Choose): Rule {
  return {
    id: "nomenclature-name-mismatch",
    severity: "warning",
    check(t) {
      const out: Finding[] = [];
      const col = t.columnsOf("name")[0] ?? kodeColumn(t);
      const { index, use } = choose(t);
      for (const m of index.matchTree(t.tree)) {
        if (m.entry === null) continue;
        const written = m.node.row.name;
        if (written === "" || index.sameName(written, m.entry)) continue;
        const expected = m.entry.entry.name;
        const params = { code: displayCode(m.node.code ?? ""), version: use.version, actual: written, expected };
        const at = col ? { row: m.node.row.index, col } : { row: m.node.row.index };
        out.push(t.finding("nomenclature-name-mismatch", "warning", at, params, { expected, actual: written, expectedValue: expected, actualValue: written }));
      }
      return out;
    },
  };
}
