// Property: random combinations of the metamorphic transformations keep the findings of generated Renja tables with planted mistakes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Grid } from "../../../core/grid.js";
import type { Shape } from "../../support/generate-renja.js";
import { compareFindings, findingKeys } from "./compare-findings.js";
import { plantedEvaluasi, plantedPerubahan, plantedRencana, type Plant } from "./generated-tables.js";
import { describeSheet, type Sheet } from "./sheet.js";
import { TRANSFORMS, transformById } from "./transforms.js";

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  programs: fc.array(fc.record({ kegiatan: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
  pagu: fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 12 }),
  moneyAsText: fc.boolean(),
});
const plantArb: fc.Arbitrary<Plant> = fc.record({ leaves: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), delta: fc.integer({ min: 1, max: 999_999 }) });

const idsArb = () =>
  fc.shuffledSubarray(
    TRANSFORMS.map((t) => t.id),
    { minLength: 1, maxLength: 4 },
  );

/** Applies the transformations in order (those with nothing to work on are skipped). */
function applyAll(base: Sheet, ids: readonly string[]): Sheet {
  let s = base;
  for (const id of ids) s = transformById(id).apply(s) ?? s;
  return s;
}

function keepsFindings(grid: Grid, ids: readonly string[]): void {
  const base = describeSheet(grid);
  expect(findingKeys(base).length, "the planted mistakes give findings").toBeGreaterThan(0);
  const out = applyAll(base, ids);
  expect(compareFindings(base, out), ids.join(" → ")).toEqual({ missing: [], extra: [] });
}

describe("metamorphic transformations of generated tables", () => {
  it("rencana tables keep their findings under any combination", () => {
    fc.assert(
      fc.property(shapeArb, plantArb, idsArb(), (shape, plant, ids) => keepsFindings(plantedRencana(shape, plant), ids)),
      { numRuns: 60 },
    );
  });

  it("evaluasi tables (three-row merged header) keep their findings under any combination", () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 40 }), plantArb, fc.boolean(), idsArb(), (n, plant, slip, ids) => keepsFindings(plantedEvaluasi(n, plant, slip), ids)),
      { numRuns: 40 },
    );
  });

  it("perubahan tables (bertambah / berkurang pair, code in one cell or split) keep their findings under any combination", () => {
    fc.assert(
      fc.property(shapeArb, plantArb, fc.boolean(), idsArb(), (shape, plant, split, ids) => keepsFindings(plantedPerubahan(shape, plant, split), ids)),
      { numRuns: 40 },
    );
  });
});
