// The well-formed codes a table's nomenclature version does not list, with where a finding about each points: shared
// by nomenclature-unknown and nomenclature-renamed.
import type { Column, Finding } from "../model.js";
import type { NodeMatch } from "../nomenclature/lookup.js";
import type { Choose } from "../nomenclature/rules.js";
import type { Chosen } from "../nomenclature/source.js";
import type { CheckedTable } from "../table.js";

/** The one kode column a nomenclature finding points at; split codes (several cells) get a row-level finding. */
export function kodeColumn(t: CheckedTable): Column | undefined {
  const single = t.columnsOf("kode");
  return single.length === 1 && t.columnsOf("kode-part").length === 0 ? single[0] : undefined;
}

/** Where a nomenclature finding about a row points: its one kode column, or the row for a split code. */
export type FindingAt = Parameters<CheckedTable["finding"]>[2];

/**
 * The findings `visit` makes of every well-formed code of the table that the chosen version does not list, in tree order (null: no finding).
 * @example findUnlisted(t, choose, (m, chosen, at) => t.finding(…))
 */
export function findUnlisted(t: CheckedTable, choose: Choose, visit: (m: NodeMatch, chosen: Chosen, at: FindingAt) => Finding | null): Finding[] {
  const out: Finding[] = [];
  const col = kodeColumn(t);
  const chosen = choose(t);
  for (const m of chosen.index.matchTree(t.tree)) {
    if (m.entry !== null || !m.wellFormed) continue;
    const f = visit(m, chosen, col ? { row: m.node.row.index, col } : { row: m.node.row.index });
    if (f) out.push(f);
  }
  return out;
}
