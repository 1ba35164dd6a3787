// nomenclature-unit-mismatch: where the nomenclature gives the unit of a code's indicator, a row's own target
// written in another unit (`180 Lembar` where the catalogue counts Laporan) is info.
import { parsedIn } from "../calc/cell-number.js";
import { ownTargetColumns } from "../layout/target-levels.js";
import type { Column, Finding, KodeLevel } from "../model.js";
import type { Choose } from "../nomenclature/rules.js";
import { displayCode, type Rule } from "../table.js";

/**
 * The rule for one choice of catalogue; its `expected` is the catalogue's unit. Only the target columns of the
 * row's own level are read (`ownTargetColumns`: never a program's outcome target carried on every row);
 * percentages are compared as the unit `%`, and units agree through their other names (`persen` = `%`).
 * @example checkGrid(grid, {}, nomenclatureRules(catalogue)).report.issues.filter((i) => i.rule === "nomenclature-unit-mismatch")
 */
export function nomenclatureUnitRule(choose: Choose): Rule {
  return {
    id: "nomenclature-unit-mismatch",
    severity: "info",
    check(t) {
      const out: Finding[] = [];
      const { index, use } = choose(t);
      // The own-level target columns, once per level.
      const byLevel = new Map<KodeLevel, Column[]>();
      const columnsAt = (level: KodeLevel): Column[] => {
        let cols = byLevel.get(level);
        if (!cols) byLevel.set(level, (cols = ownTargetColumns(t, level)));
        return cols;
      };
      for (const m of index.matchTree(t.tree)) {
        const e = m.entry;
        if (e === null || e.unit === null) continue;
        const unit = e.entry.unit ?? "";
        for (const col of columnsAt(m.node.level)) {
          const p = parsedIn(m.node.row, col);
          if (p.kind !== "number") continue;
          const written = p.unit ?? (p.percent ? "%" : null);
          if (!written || index.sameUnit(written, e)) continue;
          const params = { column: t.columnLabel(col), code: displayCode(m.node.code ?? ""), version: use.version, expected: unit, actual: written };
          out.push(t.finding("nomenclature-unit-mismatch", "info", { row: m.node.row.index, col }, params, { expected: unit, actual: written, expectedValue: unit, actualValue: written }));
        }
      }
      return out;
    },
  };
}
