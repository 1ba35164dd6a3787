// unit-mismatch: one row's indicator written in different units within the row: target and realisation
// (`4 Layanan` vs `12 Laporan`), before and after a change (`50 Jenis` vs `51 item`). The catalogue's unit
// is another rule (nomenclature-unit-mismatch).
import { parsedIn } from "../calc/cell-number.js";
import { ratioPairs } from "../calc/ratio-pairs.js";
import { closestInHeader } from "../layout/header-group.js";
import { ownTargetColumns } from "../layout/target-levels.js";
import { ROLE_DEFS } from "../layout/roles.js";
import type { Column, Finding, KodeLevel, RoleId } from "../model.js";
import type { CheckedTable, Rule } from "../table.js";

const FOLD = /[^a-z%]/g;

/** Units compared without case, spacing or punctuation. */
export function sameUnit(a: string, b: string): boolean {
  return a.toLowerCase().replace(FOLD, "") === b.toLowerCase().replace(FOLD, "");
}

/** Columns measured against a target column of the same row, when no ratio column pairs them: [measured, target]. */
const REFERENCE: [RoleId, RoleId][] = [
  ["realisasi-prev-k", "target-renstra"],
  ["cumulative-k", "target-renstra"],
  ["realisasi-k", "target"],
  ["tw-k", "target"],
  ["target-after", "target-before"],
];

interface UnitPair {
  measured: Column;
  target: Column;
}

/** The pairs that hold one indicator of a row at `level`: target columns of another level (a program's outcome target on every row) are left out. */
function unitPairs(t: CheckedTable, level: KodeLevel): UnitPair[] {
  const own = new Set(ownTargetColumns(t, level).map((c) => c.index));
  const isTarget = (c: Column) => ROLE_DEFS[c.role].measure === "quantity" && c.role.startsWith("target");
  const usable = (c: Column) => !isTarget(c) || own.has(c.index);
  const pairs: UnitPair[] = [];
  const seen = new Set<string>();
  const add = (measured: Column, target: Column) => {
    const key = `${measured.index}:${target.index}`;
    if (seen.has(key) || !usable(measured) || !usable(target)) return;
    seen.add(key);
    pairs.push({ measured, target });
  };
  for (const p of ratioPairs(t)) if (ROLE_DEFS[p.realisation.role].measure === "quantity") add(p.realisation, p.target);
  for (const [measured, target] of REFERENCE) {
    const targets = t.columnsOf(target).filter(usable);
    for (const mc of t.columnsOf(measured)) {
      const tc = closestInHeader(mc, targets);
      if (tc) add(mc, tc);
    }
  }
  return pairs;
}

export const unitMismatch: Rule = {
  id: "unit-mismatch",
  severity: "warning",
  check(t) {
    const out: Finding[] = [];
    const byLevel = new Map<KodeLevel, UnitPair[]>();
    for (const n of t.tree.nodes) {
      let pairs = byLevel.get(n.level);
      if (!pairs) byLevel.set(n.level, (pairs = unitPairs(t, n.level)));
      // Made on a row's first mismatch: most rows have none.
      let flagged: Set<number> | null = null;
      for (const pair of pairs) {
        const r = parsedIn(n.row, pair.measured);
        const g = parsedIn(n.row, pair.target);
        if (r.kind !== "number" || g.kind !== "number" || !r.unit || !g.unit || r.unit === g.unit || sameUnit(r.unit, g.unit)) continue;
        flagged ??= new Set<number>();
        if (flagged.has(pair.measured.index)) continue;
        flagged.add(pair.measured.index);
        const values = { expected: g.unit, actual: r.unit, expectedValue: g.unit, actualValue: r.unit };
        out.push(t.finding("unit-mismatch", "warning", { row: n.row.index, col: pair.measured }, { column: t.columnLabel(pair.measured), expected: g.unit, actual: r.unit }, values));
      }
    }
    return out;
  },
};
