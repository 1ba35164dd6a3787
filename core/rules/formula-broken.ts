// formula-broken: a cell of the table whose formula refers to a deleted cell (`#REF!`), even when IFERROR hides it as an empty cell.
import { columnLetter } from "../grid.js";
import type { Finding } from "../model.js";
import type { Rule } from "../table.js";
import { forEachBrokenFormula } from "./broken-formula-cells.js";

/** Longest formula text quoted in a message. */
const QUOTE_MAX = 120;

export const formulaBroken: Rule = {
  id: "formula-broken",
  severity: "error",
  check(t) {
    const out: Finding[] = [];
    const byIndex = new Map(t.layout.columns.map((c) => [c.index, c]));
    forEachBrokenFormula(t.grid, t.layout, (row, index, formula) => {
      const col = byIndex.get(index);
      const quoted = formula.length > QUOTE_MAX ? `${formula.slice(0, QUOTE_MAX - 1)}…` : formula;
      const column = col ? t.columnLabel(col) : columnLetter(index);
      out.push(t.finding("formula-broken", "error", { row, col: col ?? index }, { column, actual: quoted }, { actual: quoted, actualValue: formula }));
    });
    return out;
  },
};
