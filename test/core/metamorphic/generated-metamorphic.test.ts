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

/**
 * Known gaps on evaluasi tables, left out of the random combinations and asserted below to still differ (remove an entry once
 * the reader is fixed):
 * - header-1-row / header-2-rows: `Realisasi Kinerja Pada Triwulan I` joined with its `I` names no quarter any more (the seed
 *   suite's KNOWN_GAPS `dumai-evaluasi-2-1 × header-1-row / header-2-rows`; core/layout/header-words.ts QUARTER_SEGMENT);
 * - columns-reordered: a capaian (%) column is paired with the nearest realisation and target to its LEFT
 *   (core/calc/ratio-pairs.ts nearestLeft), so with the groups reversed its ratio-mismatch is lost.
 */
const EVALUASI_GAPS = ["header-1-row", "header-2-rows", "columns-reordered"];

/**
 * Known gap on perubahan tables: `Bertambah/Berkurang (Rp) Bertambah` flattened into one label holds both words and becomes
 * one signed change column (the seed suite's KNOWN_GAPS `dumai-perubahan-3-1 × header-1-row`).
 */
const PERUBAHAN_GAPS = ["header-1-row"];

const idsArb = (leaveOut: readonly string[]) =>
  fc.shuffledSubarray(
    TRANSFORMS.map((t) => t.id).filter((id) => !leaveOut.includes(id)),
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
      fc.property(shapeArb, plantArb, idsArb([]), (shape, plant, ids) => keepsFindings(plantedRencana(shape, plant), ids)),
      { numRuns: 60 },
    );
  });

  it("evaluasi tables (three-row merged header) keep their findings under any combination", () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 40 }), plantArb, fc.boolean(), idsArb(EVALUASI_GAPS), (n, plant, slip, ids) => keepsFindings(plantedEvaluasi(n, plant, slip), ids)),
      { numRuns: 40 },
    );
  });

  it("perubahan tables (bertambah / berkurang pair, code in one cell or split) keep their findings under any combination", () => {
    fc.assert(
      fc.property(shapeArb, plantArb, fc.boolean(), idsArb(PERUBAHAN_GAPS), (shape, plant, split, ids) => keepsFindings(plantedPerubahan(shape, plant, split), ids)),
      { numRuns: 40 },
    );
  });

  it.each(PERUBAHAN_GAPS)("known gap: %s still changes the findings of a perubahan table (remove it from PERUBAHAN_GAPS once fixed)", (id) => {
    const base = describeSheet(plantedPerubahan({ programs: [{ kegiatan: [2, 1] }], pagu: [1250, 40_000, 775], moneyAsText: true }, { leaves: [1], delta: 5 }, true));
    const diff = compareFindings(base, applyAll(base, [id]));
    expect(diff.missing.length + diff.extra.length).toBeGreaterThan(0);
  });

  it.each(EVALUASI_GAPS)("known gap: %s still changes the findings of an evaluasi table (remove it from EVALUASI_GAPS once fixed)", (id) => {
    const base = describeSheet(plantedEvaluasi(4, { leaves: [0], delta: 170 }, true));
    const diff = compareFindings(base, applyAll(base, [id]));
    expect(diff.missing.length + diff.extra.length).toBeGreaterThan(0);
  });
});
