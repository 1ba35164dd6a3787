// Templates: recognised as their family, totals planned by auto-total, clean with the built-in nomenclature.
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import { builtinCatalogue, nomenclatureRules } from "../../../core/nomenclature/index.js";
import { applyPatchToGrid } from "../../../core/plan/apply-to-grid.js";
import { TEMPLATE_FAMILIES, templatePatch, templateTable } from "../../../core/plan/template.js";

describe.each(TEMPLATE_FAMILIES)("template %s", (family) => {
  it("is recognised as its family, with its numbering row", () => {
    const t = templateTable(family);
    const report = checkGrid(t.grid).report;
    expect(report.family).toBe(family);
    expect(report.headerRows).toEqual(t.headerRows.map((r) => r + 1));
    expect(report.summary).toMatchObject({ program: 1, kegiatan: 1, subKegiatan: 2 });
  });

  it("gets its totals from auto-total: formulas on the program, the kegiatan and TOTAL, never on a sub kegiatan's inputs", () => {
    const t = templateTable(family);
    const patch = templatePatch(t);
    const [program, kegiatan, sub1, sub2, total] = t.exampleRows as [number, number, number, number, number];
    const totals = patch.writes.filter((w) => w.purpose === "total" || w.purpose === "grand-total");
    expect(new Set(totals.map((w) => w.row))).toEqual(new Set([program, kegiatan, total]));
    expect(totals.every((w) => w.formula?.startsWith("="))).toBe(true);
    const subInputs = patch.writes.filter((w) => (w.row === sub1 || w.row === sub2) && (w.purpose === "total" || w.purpose === "grand-total"));
    expect(subInputs).toEqual([]);
    expect(patch.held).toEqual([]);
  });

  it("has no finding once filled in, with the nomenclature rules on", () => {
    const t = templateTable(family);
    const filled = applyPatchToGrid(t.grid, templatePatch(t));
    expect(checkGrid(filled, {}, nomenclatureRules(builtinCatalogue())).report.issues).toEqual([]);
  });
});
