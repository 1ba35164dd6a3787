// formula-broken: a parent or computed cell whose formula refers to a deleted cell (#REF!), even hidden by IFERROR.
import { expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import type { CellValue } from "../../../core/grid.js";
import { renjaGrid, type RenjaGrid } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const rows = [
  { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar Penyandang Disabilitas", indicator: "Jumlah orang", target: "20 Orang", pagu: 30000 },
  { kode: "1.06.04.2.01.0001", name: "Penyediaan Permakanan", indicator: "Jumlah orang", target: "10 Orang", pagu: 10000 },
  { kode: "1.06.04.2.01.0002", name: "Penyediaan Sandang", indicator: "Jumlah orang", target: "10 Orang", pagu: 20000 },
];

/** The rencana grid above with formulas laid over it: [data row, field, formula, value shown]. */
function withFormulas(cells: [number, string, string, CellValue][]): RenjaGrid {
  const grid = renjaGrid("rencana", rows);
  const formulas: (string | null)[][] = [];
  const values = grid.rows.map((r) => [...r]);
  for (const [at, field, formula, value] of cells) {
    const r = grid.row(at) - 1;
    const c = grid.col(field).charCodeAt(0) - 65;
    (formulas[r] ??= [])[c] = formula;
    (values[r] as CellValue[])[c] = value;
  }
  return Object.assign(grid, { rows: values, formulas });
}

const valid: ValidCase[] = [
  { name: "a parent's live SUM", family: "rencana", grid: withFormulas([[0, "pagu", "=SUM(F10:F11)", 30000]]) },
  { name: "no formulas read (CSV)", family: "rencana", grid: renjaGrid("rencana", rows) },
];

const invalid: InvalidCase[] = [
  {
    name: "a parent total over a deleted row shows #REF!",
    family: "rencana",
    grid: withFormulas([[0, "pagu", "=SUM(#REF!)", "#REF!"]]),
    errors: [{ at: 0, field: "pagu", actual: "=SUM(#REF!)" }],
    messages: { id: /merujuk ke sel yang sudah dihapus \(#REF!\): =SUM\(#REF!\)/, en: /refers to a deleted cell \(#REF!\): =SUM\(#REF!\)/ },
  },
  {
    name: "IFERROR hides the broken reference as an empty cell",
    family: "rencana",
    grid: withFormulas([[0, "pagu", '=IFERROR(F10+#REF!,"")', ""]]),
    errors: [{ at: 0, field: "pagu" }],
  },
];

runRuleTests("formula-broken", "error", { valid, invalid });

it("says a #REF! shown by a broken formula once (formula-broken), not also as not-a-number", () => {
  const issues = checkGrid(withFormulas([[0, "pagu", "=SUM(#REF!)", "#REF!"]])).report.issues;
  expect(issues.filter((i) => i.rule === "not-a-number")).toEqual([]);
  expect(issues.filter((i) => i.rule === "formula-broken")).toMatchObject([{ actualValue: "=SUM(#REF!)" }]);
});
