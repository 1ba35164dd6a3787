// unit-mismatch: target and realisation of one row in different units (`4 Layanan` vs `12 Laporan`).
import { parsedIn } from "../calc/cell-number.js";
import { ratioPairs } from "../calc/ratio-pairs.js";
import { ROLE_DEFS } from "../layout/roles.js";
import type { Column, Finding, RoleId } from "../model.js";
import type { CheckedTable, Rule } from "../table.js";

const FOLD = /[^a-z%]/g;

/** Units compared without case, spacing or punctuation. */
export function sameUnit(a: string, b: string): boolean {
  return a.toLowerCase().replace(FOLD, "") === b.toLowerCase().replace(FOLD, "");
}

/** Realisation columns and the target each is measured against, when no ratio column pairs them. */
const REFERENCE: [RoleId, RoleId][] = [
  ["realisasi-prev-k", "target-renstra"],
  ["cumulative-k", "target-renstra"],
  ["realisasi-k", "target"],
  ["tw-k", "target"],
];

function unitPairs(t: CheckedTable): { realisation: Column; target: Column }[] {
  const pairs = ratioPairs(t).filter((p) => ROLE_DEFS[p.realisation.role].measure === "quantity");
  const seen = new Set(pairs.map((p) => `${p.realisation.index}:${p.target.index}`));
  for (const [real, target] of REFERENCE) {
    const tc = t.columnsOf(target)[0];
    if (!tc) continue;
    for (const rc of t.columnsOf(real)) {
      const key = `${rc.index}:${tc.index}`;
      if (!seen.has(key)) pairs.push({ ratio: rc, realisation: rc, target: tc, source: "header" });
      seen.add(key);
    }
  }
  return pairs;
}

export const unitMismatch: Rule = {
  id: "unit-mismatch",
  severity: "warning",
  check(t) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const pair of unitPairs(t)) {
      for (const row of t.tree.rows) {
        if (row.kind !== "node") continue;
        const r = parsedIn(row, pair.realisation);
        const g = parsedIn(row, pair.target);
        if (r.kind !== "number" || g.kind !== "number" || !r.unit || !g.unit || r.unit === g.unit || sameUnit(r.unit, g.unit)) continue;
        const key = `${row.index}:${pair.realisation.index}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(t.finding("unit-mismatch", "warning", { row: row.index, col: pair.realisation }, { column: t.columnLabel(pair.realisation), expected: g.unit, actual: r.unit }, { expected: g.unit, actual: r.unit }));
      }
    }
    return out;
  },
};
