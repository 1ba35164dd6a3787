// nomenclature-renamed: a code the table's nomenclature version does not list, where a version maps it
// (SIPD's SUBKEGIATAN SEBELUMNYA): says the code and name it has there (info).
import { renamedOf } from "../nomenclature/renamed.js";
import type { Choose } from "../nomenclature/rules.js";
import { displayCode, type Rule } from "../table.js";
import { findUnlisted } from "./unlisted-codes.js";

/** How the expected value names the code the entry had before, when the other version lists the same code. */
const FORMERLY = { id: "sebelumnya", en: "formerly" } as const;

/**
 * The rule for one choice of catalogue: `expected` is `code "official name"` in the version that maps the code.
 * @example checkGrid(grid, {}, nomenclatureRules(builtinSource())).report.issues.filter((i) => i.rule === "nomenclature-renamed")
 */
export function nomenclatureRenamedRule(choose: Choose): Rule {
  return {
    id: "nomenclature-renamed",
    severity: "info",
    check(t) {
      return findUnlisted(t, choose, (m, chosen, at) => {
        // An unlisted block (code with rows under it) is nomenclature-unknown; only a code on its own is looked up.
        if (m.under > 0) return null;
        const r = renamedOf(chosen, m.node.code ?? "");
        if (!r) return null;
        const written = m.node.code ?? "";
        const code = displayCode(written);
        const e = r.entry.entry;
        // A cross-cutting entry is shown with the sheet's own bidang (or none, as the sheet writes it).
        const newCode = e.code.startsWith("X.XX") ? displayCode(written.slice(0, 4) + e.code.slice(4)) : e.code;
        const formerly = r.same && e.previousCode ? ` (${FORMERLY[t.options.lang]} ${e.previousCode})` : "";
        const expected = `${newCode} "${e.name}"${formerly}`;
        return t.finding("nomenclature-renamed", "info", at, { code, version: chosen.use.version, otherVersion: r.version, expected }, { expected, actual: code, expectedValue: newCode, actualValue: code });
      });
    },
  };
}
