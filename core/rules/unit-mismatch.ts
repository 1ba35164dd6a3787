// unit-mismatch: target and realisation of one row in different units (`4 Layanan` vs `12 Laporan`).
import { parsedIn } from "../calc/cell-number.js";
import { ratioPairs } from "../calc/ratio-pairs.js";
import { ROLE_DEFS } from "../layout/roles.js";
import type { Finding } from "../model.js";
import type { Rule } from "../table.js";

const FOLD = /[^a-z%]/g;

/** Units compared without case, spacing or punctuation. */
export function sameUnit(a: string, b: string): boolean {
  return a.toLowerCase().replace(FOLD, "") === b.toLowerCase().replace(FOLD, "");
}

export const unitMismatch: Rule = {
  id: "unit-mismatch",
  severity: "warning",
  check(t) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const pair of ratioPairs(t)) {
      if (ROLE_DEFS[pair.realisation.role].measure !== "quantity") continue;
      for (const row of t.tree.rows) {
        if (row.kind !== "node") continue;
        const r = parsedIn(row, pair.realisation);
        const g = parsedIn(row, pair.target);
        if (r.kind !== "number" || g.kind !== "number" || !r.unit || !g.unit || sameUnit(r.unit, g.unit)) continue;
        const key = `${row.index}:${pair.realisation.index}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(t.finding("unit-mismatch", "warning", { row: row.index, col: pair.realisation }, { column: t.columnLabel(pair.realisation), expected: g.unit, actual: r.unit }, { expected: g.unit, actual: r.unit }));
      }
    }
    return out;
  },
};
