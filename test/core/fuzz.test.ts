// Fuzz: random and malformed grids never make the check throw, and every finding is well-formed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../core/check.js";
import type { CellValue, Grid } from "../../core/grid.js";
import { sheetReportSchema } from "../../core/report.js";
import { generateRencana } from "../support/generate-renja.js";

const nasty = fc.oneof(
  fc.constantFrom<CellValue>("#REF!", "#DIV/0!", "-", "(35.000.000)", "418.441,900,00", "0.000.000.000.00", "Rp.27.649.042.320,-", "🙂📊", "1.06.04.2.01.0001", "2.013.04", "TOTAL", "Kode", "Pagu Indikatif (Rp)", "10=(5+7+9)", "8= (7/6)", "=SUM(A1:A3)", "Sangat Tinggi", "100 %", "", "  ", null, true, false, 0, -1, NaN, Infinity, 1e21, 2.1),
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: 200, maxLength: 210 }).map((s) => `1.06.${s}`),
  fc.double(),
  fc.integer(),
);

const gridArb: fc.Arbitrary<Grid> = fc.array(fc.array(nasty, { maxLength: 14 }), { maxLength: 30 }).map((rows) => ({ name: "Fuzz", rows }));

describe("fuzz", () => {
  it("random grids never throw and give schema-valid reports", () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const report = checkGrid(grid).report;
        expect(sheetReportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("a real table with random cells broken never throws", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), nasty), { maxLength: 25 }), (edits) => {
        const t = generateRencana({ programs: [{ kegiatan: [3, 2] }, { kegiatan: [1] }], pagu: [1250, 3000, 77], moneyAsText: true });
        for (const [r, c, v] of edits) {
          const row = t.rows[r % t.rows.length] as CellValue[];
          row[c % 9] = v;
        }
        const report = checkGrid({ rows: t.rows }).report;
        expect(sheetReportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("10,000 columns of nothing, ragged rows and formulas do not throw", () => {
    const wide: CellValue[] = new Array(10_000).fill(null);
    const grid: Grid = {
      rows: [wide, ["Kode", "Program", "Pagu (Rp)"], [], ["1.06.01", "PROGRAM X", "=SUM(C4:C9)"], [true, false], wide],
      formulas: [undefined, undefined, undefined, [null, null, "=SUM(C4:C9)"]],
    };
    expect(() => checkGrid(grid)).not.toThrow();
    expect(checkGrid({ rows: [] }).report.issues[0]?.rule).toBe("header-not-found");
  });
});
