// Property tests of the whole check: consistent generated tables are clean; one changed leaf gives one total-mismatch at its kegiatan.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../core/check.js";
import type { CellValue } from "../../core/grid.js";
import { columnLetter } from "../../core/grid.js";
import { generateRencana, type Shape } from "../support/generate-renja.js";

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  programs: fc.array(fc.record({ kegiatan: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
  pagu: fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 30 }),
  moneyAsText: fc.boolean(),
});

describe("generated rencana tables", () => {
  it("a consistent table gives no error finding", () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const t = generateRencana(shape);
        const report = checkGrid({ name: "Gen", rows: t.rows }).report;
        expect(report.family).toBe("rencana");
        expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(report.summary.subKegiatan).toBe(t.leaves.length);
      }),
      { numRuns: 60 },
    );
  });

  it("changing one sub kegiatan's pagu gives exactly one total-mismatch, at its kegiatan", () => {
    fc.assert(
      fc.property(shapeArb, fc.nat(), fc.integer({ min: 1, max: 999_999 }), (shape, pick, delta) => {
        const t = generateRencana(shape);
        const leaf = t.leaves[pick % t.leaves.length];
        if (!leaf) return;
        const row = t.rows[leaf.row] as CellValue[];
        const old = row[t.paguColumn];
        const oldValue = typeof old === "number" ? old : Number(String(old).replace(/\./g, ""));
        const changed = oldValue + delta * 1000;
        row[t.paguColumn] = typeof old === "number" ? changed : new Intl.NumberFormat("id-ID").format(changed);
        const errors = checkGrid({ name: "Gen", rows: t.rows }).report.issues.filter((i) => i.severity === "error");
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatchObject({ rule: "total-mismatch", row: leaf.parent + 1, column: columnLetter(t.paguColumn) });
      }),
      { numRuns: 60 },
    );
  });
});
