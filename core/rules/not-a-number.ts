// not-a-number: a money or percentage column holds text that is not a number (`418.441,900,00`, `#REF!`), never read
// as zero. A target that is no single quantity (`1.5.2 Dokumen`, `5,`) stays text (domain §10); only an error value there is a finding.
import type { Finding } from "../model.js";
import { ROLE_DEFS } from "../layout/roles.js";
import type { Rule } from "../table.js";
import { brokenFormulaCells } from "./broken-formula-cells.js";

export const notANumber: Rule = {
  id: "not-a-number",
  severity: "error",
  check(t) {
    const out: Finding[] = [];
    const cols = t.layout.columns;
    // A #REF! that a broken formula shows is said once, by formula-broken.
    const broken = brokenFormulaCells(t.grid, t.layout);
    for (const row of t.tree.rows) {
      if (row.kind === "repeated-header" || row.kind === "predikat-footer" || row.kind === "note-footer" || row.kind === "repeat") continue;
      const cells = row.cells;
      for (const col of cols) {
        const p = cells[col.index];
        if (p === undefined || p.kind !== "invalid" || (broken.size > 0 && broken.has(`${row.index}:${col.index}`))) continue;
        if (ROLE_DEFS[col.role].measure === "quantity" && p.reason !== "error-value") continue;
        out.push(t.finding("not-a-number", "error", { row: row.index, col }, { column: t.columnLabel(col), actual: p.text }, { actual: p.text, actualValue: p.text }));
      }
    }
    return out;
  },
};
