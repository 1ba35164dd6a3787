// expectedValue / actualValue (domain §8): on every seed fixture, written the same way under --lang id and en, numbers as plain decimals.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGrids } from "../../cli/read-file.js";
import { checkGrid } from "../../core/check.js";
import { listFixtureIds, readMeta, xlsxDir } from "../fixtures/fixture-files.js";

const NUMERIC_RULES = new Set(["total-mismatch", "grand-total-mismatch", "delta-mismatch", "quarter-sum-mismatch", "over-budget", "over-target", "formula-mismatch", "ratio-mismatch"]);
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

describe.each(listFixtureIds())("fixture %s", (id) => {
  it("gives every finding with an expected or actual value the same language-free value in both languages", async () => {
    const meta = readMeta(id);
    const grid = (await readGrids(join(xlsxDir, `${id}.xlsx`))).find((g) => g.name === meta.sheetName);
    if (!grid) throw new Error(`sheet ${meta.sheetName} missing`);
    const id_ = checkGrid(grid, { lang: "id" }).report.issues;
    const en = checkGrid(grid, { lang: "en" }).report.issues;
    expect(en.map((f) => [f.rule, f.row, f.column, f.expectedValue, f.actualValue])).toEqual(id_.map((f) => [f.rule, f.row, f.column, f.expectedValue, f.actualValue]));
    for (const f of id_) {
      if (f.expected !== undefined && f.expected !== "") expect(f.expectedValue, `${f.rule} row ${f.row}`).toBeDefined();
      if (f.actual !== undefined && f.actual !== "") expect(f.actualValue, `${f.rule} row ${f.row}`).toBeDefined();
      if (NUMERIC_RULES.has(f.rule)) {
        expect(f.expectedValue, `${f.rule} row ${f.row}`).toMatch(PLAIN_DECIMAL);
        expect(f.actualValue, `${f.rule} row ${f.row}`).toMatch(PLAIN_DECIMAL);
      }
    }
  });
});
