// unit-mismatch, nomenclature help: where the catalogue knows the unit of a code's indicator, a target
// written in another unit (`1500 KK` for Penyediaan Makanan, counted in Orang) is a warning.
import { parsedIn } from "../calc/cell-number.js";
import { TARGET_ROLES, targetColumnLevel } from "../layout/target-levels.js";
import type { Column, Finding, KodeLevel } from "../model.js";
import type { NomenclatureIndex } from "../nomenclature/lookup.js";
import type { CheckedTable, Rule } from "../table.js";

const SOURCE = { id: "nomenklatur", en: "nomenclature" } as const;

function targetColumns(t: CheckedTable): { col: Column; level: KodeLevel | null }[] {
  return TARGET_ROLES.flatMap((r) => t.columnsOf(r)).map((col) => ({ col, level: targetColumnLevel(col.header) }));
}

/**
 * The rule for one catalogue; its id is `unit-mismatch`, its `expected` the catalogue's unit. Only the
 * target columns of the row's own level are read (Dumai's table has program, kegiatan and sub kegiatan
 * targets side by side); percentages are compared as the unit `%`.
 * @example checkGrid(grid, {}, [nomenclatureUnitRule(index)]).report.issues.filter((i) => i.rule === "unit-mismatch")
 */
export function nomenclatureUnitRule(index: NomenclatureIndex): Rule {
  return {
    id: "unit-mismatch",
    severity: "warning",
    check(t) {
      const cols = targetColumns(t);
      if (cols.length === 0) return [];
      const out: Finding[] = [];
      const source = SOURCE[t.options.lang];
      for (const m of index.matchTree(t.tree)) {
        const e = m.entry;
        if (e === null || e.unit === null) continue;
        const unit = e.entry.unit ?? "";
        for (const { col, level } of cols) {
          if (level !== null && level !== m.node.level) continue;
          const p = parsedIn(m.node.row, col);
          if (p.kind !== "number") continue;
          const written = p.unit ?? (p.percent ? "%" : null);
          if (!written || index.sameUnit(written, e)) continue;
          out.push(t.finding("unit-mismatch", "warning", { row: m.node.row.index, col }, { column: t.columnLabel(col), expected: `${unit} (${source})`, actual: written }, { expected: unit, actual: written }));
        }
      }
      return out;
    },
  };
}
