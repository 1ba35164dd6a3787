// Which columns a percentage column divides: from the numbering row's formula, else from header roles and groups.
import type { Column, RoleId } from "../model.js";
import type { CheckedTable } from "../table.js";
import { columnsByNumber } from "./written-formula.js";
import { closestInHeader } from "../layout/header-group.js";
import { ROLE_DEFS } from "../layout/roles.js";

export interface RatioPair {
  ratio: Column;
  realisation: Column;
  target: Column;
  source: "formula" | "header";
}

const REALISATION_K: RoleId[] = ["realisasi-k", "cumulative-k", "tw-k"];
const REALISATION_RP: RoleId[] = ["realisasi-rp", "cumulative-rp", "tw-rp"];
const TARGET_K: RoleId[] = ["target", "target-after", "target-before", "target-renstra"];
const TARGET_RP: RoleId[] = ["pagu", "pagu-after", "pagu-before", "pagu-renstra"];

/**
 * Ratio columns with the realisation and target they are computed from.
 * @example ratioPairs(table) // [{ ratio: H, realisation: G, target: F, source: "formula" }]
 */
export function ratioPairs(t: CheckedTable): RatioPair[] {
  const pairs: RatioPair[] = [];
  const byNumber = columnsByNumber(t.layout.columns);
  const declared = new Set<number>();
  for (const f of t.layout.formulas) {
    const ratio = byNumber.get(f.target);
    if (!ratio) continue;
    declared.add(ratio.index);
    let e = f.expr;
    if (e.op === "*" && e.right.op === "num") e = e.left;
    if (e.op !== "/" || e.left.op !== "col" || e.right.op !== "col") continue;
    const realisation = byNumber.get(e.left.n);
    const target = byNumber.get(e.right.n);
    if (realisation && target) pairs.push({ ratio, realisation, target, source: "formula" });
  }
  const cols = t.layout.columns;
  for (const ratio of cols) {
    if (ROLE_DEFS[ratio.role].measure !== "percent" || declared.has(ratio.index)) continue;
    const money = ratio.role === "capaian-rp";
    const realisation = partner(cols, ratio, money ? REALISATION_RP : REALISATION_K);
    if (!realisation) continue;
    const renstra = /renstra/.test(ratio.header) ? partner(cols, realisation, [money ? "pagu-renstra" : "target-renstra"]) : undefined;
    const target = renstra ?? partner(cols, realisation, money ? TARGET_RP : TARGET_K);
    if (target) pairs.push({ ratio, realisation, target, source: "header" });
  }
  return pairs;
}

/**
 * The column of one of `roles` that `from` is computed with: the one closest in the header's grouping and wording (then the
 * nearest), so a sheet with its groups laid out in another order pairs the same columns.
 */
function partner(cols: Column[], from: Column, roles: RoleId[]): Column | undefined {
  return closestInHeader(
    from,
    cols.filter((c) => c.index !== from.index && roles.includes(c.role)),
  );
}

/** True when the column holds the realisation of the evaluated year (not a cumulative or earlier one). */
export function isYearRealisation(c: Column): boolean {
  return c.role === "realisasi-k" || c.role === "realisasi-rp" || c.role === "tw-k" || c.role === "tw-rp";
}
