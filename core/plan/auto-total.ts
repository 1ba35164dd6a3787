// Auto-total: the patch that makes every parent, TOTAL row and computed cell a live formula (leaf inputs untouched).
import { ROLE_DEFS } from "../layout/roles.js";
import type { CheckedTable } from "../table.js";
import { EN_US_SYNTAX, type FormulaSyntax } from "./formula-syntax.js";
import type { Patch } from "./patch.js";
import { PlanState } from "./plan-state.js";
import { planPredikat } from "./predikat-values.js";
import { rowColumns } from "./row-formulas.js";
import { planGrandTotals, planParentTotals } from "./total-formulas.js";

export interface AutoTotalOptions {
  /** Replace values the user typed (otherwise those writes are `held` and counted in `replacedTypedValues`). */
  force?: boolean;
  /**
   * Write the numeric value into the numbers stored as text that the formulas read, so that the formulas can
   * stay live. Without it, a cell whose inputs include such text gets the computed value instead of a formula.
   */
  convertTextNumbers?: boolean;
  /** The host's formula syntax; en-US (Excel, .xlsx) by default. */
  syntax?: FormulaSyntax;
  /** Write formulas even where every input is empty (templates); otherwise such cells are left alone. */
  emptyTotals?: boolean;
}

/**
 * Plans auto-total for a checked table:
 * - every parent in every summable money column: `=SUM(R13:R17)` over a block of children, `+` over children apart;
 * - TOTAL rows: the sum of the top-level rows;
 * - per row, on every level: the numbering row's own formulas, changes (`=R12-Q12`; the bertambah/berkurang
 *   pair `=MAX(R12-Q12,0)` / `=MAX(Q12-R12,0)`), quarter totals, ratios (`=IF(F12=0,"",G12/F12*100)`);
 * - predikat labels as values.
 * Input cells of leaf rows are never written, except the numbers-as-text conversion when asked for.
 * @example
 * const { table } = checkGrid(grid);
 * const patch = planAutoTotal(table!, { force: false });
 * patch.writes.length; patch.replacedTypedValues; patch.numbersAsText.length;
 */
export function planAutoTotal(table: CheckedTable, options: AutoTotalOptions = {}): Patch {
  const state = new PlanState(table, { force: options.force ?? false, convertTextNumbers: options.convertTextNumbers ?? false, syntax: options.syntax ?? EN_US_SYNTAX });
  const emptyTotals = options.emptyTotals ?? false;
  const computed = rowColumns(state);
  const perRow = new Set(computed.map((c) => c.col.index));
  const summable = table.layout.columns.filter((c) => ROLE_DEFS[c.role].summable);
  const summed = summable.filter((c) => !perRow.has(c.index));
  // Parents first, bottom-up: the computed columns of a parent row read its totals.
  planParentTotals(state, summed, emptyTotals);
  planGrandTotals(state, summed, emptyTotals);
  for (const row of table.tree.rows) {
    if (row.kind !== "node" && row.kind !== "total") continue;
    for (const rc of computed) if (row.kind === "node" || rc.onTotals) rc.plan(state, row, emptyTotals);
  }
  // A TOTAL row is the sum of the top-level rows in every money column, computed ones included (domain §6).
  planGrandTotals(state, summable.filter((c) => perRow.has(c.index)), emptyTotals);
  planPredikat(state);
  return state.finish();
}
