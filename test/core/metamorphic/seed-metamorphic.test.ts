// Metamorphic layout tests (issue 11 item 5): every seed fixture, laid out another way that means the same, gives the same findings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listFixtureIds } from "../../fixtures/fixture-files.js";
import { fixtureGrid } from "../../support/fixture-grid.js";
import { compareFindings } from "./compare-findings.js";
import { describeSheet, type Sheet } from "./sheet.js";
import { TRANSFORMS, transformById } from "./transforms.js";

const FIXTURES = listFixtureIds();

/** Pairs where the transformation has nothing to work on (it must say so by returning null). */
const NOT_APPLICABLE: Record<string, string> = {
  "bengkalis-rumusan × kode-split": "the code is already split over five cells (kode-joined covers it)",
  "dumai-perubahan-3-1 × kode-split": "the code is already split over five cells (kode-joined covers it)",
  "tarakan-rencana-8 × kode-split": "the code is already split over three cells (kode-joined covers it)",
  "dumai-evaluasi-2-1 × kode-joined": "the code is one (empty) column (kode-split covers it)",
  "kukar-apbdp × kode-joined": "the code is one cell (kode-split covers it)",
  "kukar-evaluasi-1 × kode-joined": "the code is one cell (kode-split covers it)",
  "tarakan-evaluasi-1 × kode-joined": "the code is one cell (kode-split covers it)",
  "bengkalis-rumusan × numbering-over-kode": "the table has no numbering row",
  "kukar-apbdp × numbering-over-kode": "the table has no numbering row",
  "tarakan-rencana-8 × numbering-over-kode": "the table has no numbering row",
  "dumai-evaluasi-2-1 × program-target-column": "no program row carries a target to repeat",
  "dumai-perubahan-3-1 × program-target-column": "no program row carries a target to repeat",
  "kukar-evaluasi-1 × program-target-column": "no program row carries a target to repeat",
  "dumai-evaluasi-2-1 × context-rows": "the table has no codes; SIPD repeats rows by code",
  "dumai-evaluasi-2-1 × page-break-repeat": "the table has no codes; a page-break repeat is told by its code",
  "dumai-evaluasi-2-1 × page-break-kegiatan": "the table has no codes; a page-break repeat is told by its code",
};

/**
 * Pairs the reader still gets wrong: each must STILL differ (the test fails once the reader is fixed, and the entry must go).
 * The reason names the first differing finding and where the reader goes wrong.
 */
const KNOWN_GAPS: Record<string, string> = {};

const bases = new Map<string, Sheet>();
const baseOf = (id: string): Sheet => {
  let s = bases.get(id);
  if (!s) bases.set(id, (s = describeSheet(fixtureGrid(id).grid)));
  return s;
};

describe("metamorphic layout tests on the seed fixtures", () => {
  it("the tables of known gaps and inapplicable pairs name real fixtures and transformations", () => {
    const pairs = new Set(FIXTURES.flatMap((f) => TRANSFORMS.map((t) => `${f} × ${t.id}`)));
    for (const key of [...Object.keys(KNOWN_GAPS), ...Object.keys(NOT_APPLICABLE)]) expect(pairs, key).toContain(key);
  });

  it.each(FIXTURES)("%s: the number and header forms change it in at least one way each", (id) => {
    const base = baseOf(id);
    const changed = (ids: string[]) => ids.filter((x) => JSON.stringify(TRANSFORMS.find((t) => t.id === x)?.apply(base)?.rows) !== JSON.stringify(base.rows));
    expect(changed(["numbers-as-numbers", "numbers-as-id-text", "numbers-as-en-text"]).length).toBeGreaterThanOrEqual(1);
    expect(changed(["header-1-row", "header-2-rows", "header-3-rows"]).length).toBeGreaterThanOrEqual(2);
  });

  describe.each(FIXTURES)("%s", (id) => {
    it.each(TRANSFORMS.map((t) => ({ ...t, name: t.id })))("$name gives the same findings", (t) => {
      const base = baseOf(id);
      const key = `${id} × ${t.id}`;
      const out = t.apply(base);
      if (key in NOT_APPLICABLE) {
        expect(out, `${key}: ${NOT_APPLICABLE[key]}`).toBeNull();
        return;
      }
      expect(out, `${key} should apply`).not.toBeNull();
      if (!out) return;
      if (!t.mayKeep) expect(out.rows, "the transformation changes the sheet").not.toEqual(base.rows);
      const diff = compareFindings(base, out);
      if (key in KNOWN_GAPS) {
        expect(diff.missing.length + diff.extra.length, `${key} now keeps the findings: remove it from KNOWN_GAPS`).toBeGreaterThan(0);
        return;
      }
      expect(diff, "findings lost (missing) or added (extra) by the transformation").toEqual({ missing: [], extra: [] });
    });
  });

  it("random combinations of two or three transformations keep the findings of a seed fixture (known gaps left out)", () => {
    const pick = fc.nat({ max: FIXTURES.length - 1 }).chain((i) => {
      const id = FIXTURES[i] as string;
      const usable = TRANSFORMS.map((t) => t.id).filter((t) => !(`${id} × ${t}` in KNOWN_GAPS));
      return fc.tuple(fc.constant(id), fc.shuffledSubarray(usable, { minLength: 2, maxLength: 3 }));
    });
    fc.assert(
      fc.property(pick, ([id, ids]) => {
        const base = baseOf(id);
        let s = base;
        for (const t of ids) s = transformById(t).apply(s) ?? s;
        expect(compareFindings(base, s), `${id}: ${ids.join(" → ")}`).toEqual({ missing: [], extra: [] });
      }),
      { numRuns: 40 },
    );
  });
});
