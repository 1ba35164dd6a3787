// nomenclature-unknown: a well-formed code that the table's nomenclature does not list (info), once per unlisted
// block. Made from a catalogue (nomenclatureRules), not part of the always-on RULES map.
import { renamedOf } from "../nomenclature/renamed.js";
import type { Choose } from "../nomenclature/rules.js";
import { displayCode, type Rule } from "../table.js";
import { findUnlisted } from "./unlisted-codes.js";

/** How a finding says that the rows under an unlisted code are unlisted too. */
const UNDER = {
  id: (n: number) => ` (beserta ${n} kode di bawahnya)`,
  en: (n: number) => ` (and ${n} code${n === 1 ? "" : "s"} under it)`,
} as const;

/**
 * The rule for one choice of catalogue. Only codes in an area the catalogue covers (its urusan and bidang, and the
 * cross-cutting program of any bidang) are reported, so a partial catalogue stays quiet about other bidang.
 * An unlisted code is reported once, on its highest row: the rows under it (by code) are counted in its
 * message (`Kode 1.06.05.2.07 (beserta 10 kode di bawahnya) tidak ada …`), not reported one by one. A code
 * another version maps is `nomenclature-renamed`, not this.
 * @example checkGrid(grid, {}, nomenclatureRules(builtinSource()))
 */
export function nomenclatureUnknownRule(choose: Choose): Rule {
  return {
    id: "nomenclature-unknown",
    severity: "info",
    check(t) {
      return findUnlisted(t, choose, (m, chosen, at) => {
        if (m.under === 0 && renamedOf(chosen, m.node.code ?? "")) return null;
        const code = displayCode(m.node.code ?? "");
        const shown = m.under > 0 ? code + UNDER[t.options.lang](m.under) : code;
        return t.finding("nomenclature-unknown", "info", at, { code: shown, version: chosen.use.version }, { actual: code, actualValue: code });
      });
    },
  };
}
