// Auto-total: planned formulas evaluate to the children's sums, leaves are never written, typed values are counted, text numbers caught.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import type { CellValue, Grid } from "../../../core/grid.js";
import { planAutoTotal } from "../../../core/plan/auto-total.js";
import { formulaSyntax } from "../../../core/plan/formula-syntax.js";
import type { Patch } from "../../../core/plan/patch.js";
import { generateRencana, type Shape } from "../../support/generate-renja.js";
import { renjaGrid } from "../../support/renja-grid.js";
import { close, evaluated, fixtureGrid } from "./plan-helpers.js";

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  programs: fc.array(fc.record({ kegiatan: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
  pagu: fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 20 }),
  moneyAsText: fc.constant(false),
});

/** A generated rencana table with its parents and TOTAL left empty (nothing typed where auto-total writes). */
function emptyParents(shape: Shape): { grid: Grid; leaves: Set<number>; kegiatan: Map<number, number[]>; pagu: number; total: number } {
  const t = generateRencana(shape);
  const leafRows = new Set(t.leaves.map((l) => l.row));
  const rows = t.rows.map((r, i) => (i >= 4 && !leafRows.has(i) ? r.map((v, c) => (c === t.paguColumn ? null : v)) : r));
  const kegiatan = new Map<number, number[]>();
  for (const l of t.leaves) kegiatan.set(l.parent, [...(kegiatan.get(l.parent) ?? []), l.row]);
  return { grid: { name: "Gen", rows }, leaves: leafRows, kegiatan, pagu: t.paguColumn, total: rows.length - 1 };
}

function plan(grid: Grid, options: Parameters<typeof planAutoTotal>[1] = {}): Patch {
  const { table } = checkGrid(grid);
  if (!table) throw new Error("no table");
  return planAutoTotal(table, options);
}

const writeAt = (p: Patch, row: number, col: number) => p.writes.find((w) => w.row === row && w.col === col);

describe("auto-total on generated tables", () => {
  it("every parent and the TOTAL row evaluate to the sum of their children; leaf rows are never written", () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const g = emptyParents(shape);
        const patch = plan(g.grid);
        expect(patch.held).toEqual([]);
        expect(patch.replacedTypedValues).toBe(0);
        expect(patch.writes.filter((w) => g.leaves.has(w.row))).toEqual([]);
        const { read } = evaluated(g.grid, patch);
        const leafValue = (r: number) => g.grid.rows[r]?.[g.pagu] as number;
        let total = 0;
        const programs = new Map<number, number>();
        for (const [kegiatan, leaves] of g.kegiatan) {
          const sum = leaves.reduce((a, r) => a + leafValue(r), 0);
          expect(read(kegiatan, g.pagu)).toBe(sum);
          total += sum;
          // The program is the nearest program row above.
          let p = kegiatan - 1;
          while (g.leaves.has(p) || g.kegiatan.has(p)) p--;
          programs.set(p, (programs.get(p) ?? 0) + sum);
        }
        for (const [program, sum] of programs) expect(read(program, g.pagu)).toBe(sum);
        expect(read(g.total, g.pagu)).toBe(total);
        // Every formula's cached result is what it computes.
        for (const w of patch.writes) expect(close(read(w.row, w.col), w.result)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("a block of children is one SUM range; kegiatan that sit apart are joined with +; a TOTAL row sums the programs", () => {
    const g = emptyParents({ programs: [{ kegiatan: [3, 1, 2] }, { kegiatan: [1] }], pagu: [100, 200, 300], moneyAsText: false });
    const patch = plan(g.grid);
    const formulas = patch.writes.map((w) => `${w.row + 1}:${w.formula}`);
    expect(formulas).toEqual(["5:=F6+F10+F12", "6:=SUM(F7:F9)", "10:=F11", "12:=SUM(F13:F14)", "15:=F16", "16:=F17", "18:=F5+F15"]);
    expect(formulas.join(" ")).not.toMatch(/,|;/);
  });

  it("typed parent values are held without force, counted, and written with force", () => {
    const t = generateRencana({ programs: [{ kegiatan: [2, 2] }], pagu: [100, 200], moneyAsText: false });
    const grid = { name: "Gen", rows: t.rows };
    const careful = plan(grid);
    expect(careful.writes).toEqual([]);
    expect(careful.held.map((w) => w.row + 1)).toEqual([5, 6, 9, 12]);
    expect(careful.replacedTypedValues).toBe(4);
    expect(careful.held.every((w) => w.replaces !== null)).toBe(true);
    const forced = plan(grid, { force: true });
    expect(forced.writes.map((w) => w.row + 1)).toEqual([5, 6, 9, 12]);
    expect(forced.held).toEqual([]);
    expect(forced.replacedTypedValues).toBe(4);
  });

  it("cells that already hold the same formula are neither written nor counted as typed", () => {
    const g = emptyParents({ programs: [{ kegiatan: [2, 3] }], pagu: [10, 20, 30], moneyAsText: false });
    const first = plan(g.grid);
    const again = plan(evaluated(g.grid, first).grid);
    expect(again.writes).toEqual([]);
    expect(again.held).toEqual([]);
    expect(again.replacedTypedValues).toBe(0);
  });

  it("a different formula in a parent cell is a typed value", () => {
    const g = emptyParents({ programs: [{ kegiatan: [2] }], pagu: [10, 20], moneyAsText: false });
    const formulas: (string | null)[][] = [];
    formulas[5] = [null, null, null, null, null, "=F7"];
    const patch = plan({ ...g.grid, formulas });
    expect(patch.held.map((w) => [w.row + 1, w.replaces])).toEqual([[6, "=F7"]]);
  });
});

describe("numbers stored as text", () => {
  const textTable = () => {
    const t = generateRencana({ programs: [{ kegiatan: [2, 1] }], pagu: [1250, 40_000, 775], moneyAsText: true });
    const leaves = new Set(t.leaves.map((l) => l.row));
    const rows = t.rows.map((r, i) => (i >= 4 && !leaves.has(i) ? r.map((v, c) => (c === t.paguColumn ? null : v)) : r));
    return { grid: { name: "Teks", rows } as Grid, leaves, pagu: t.paguColumn };
  };

  it("are detected, and the parents above them get values, never a formula that would read them as 0", () => {
    const { grid, leaves, pagu } = textTable();
    const patch = plan(grid);
    expect(patch.numbersAsText.map((c) => c.row).sort()).toEqual([...leaves].sort());
    expect(patch.numbersAsText.every((c) => c.col === pagu)).toBe(true);
    const kegiatan = patch.writes.filter((w) => w.row === 5 || w.row === 8);
    expect(kegiatan.map((w) => [w.value, w.formula, w.valueBecause])).toEqual([
      [41_250_000, undefined, "numbers-as-text"],
      [775_000, undefined, "numbers-as-text"],
    ]);
    // The program reads the kegiatan values just written: a live formula is fine there.
    expect(writeAt(patch, 4, pagu)?.formula).toBe("=F6+F9");
    const { read } = evaluated(grid, patch);
    for (const w of patch.writes) if (w.formula) expect(read(w.row, w.col)).toBe(w.result);
    expect(patch.writes.filter((w) => leaves.has(w.row))).toEqual([]);
  });

  it("with convertTextNumbers, exactly those leaf cells get their numbers and the parents get live formulas", () => {
    const { grid, leaves, pagu } = textTable();
    const patch = plan(grid, { convertTextNumbers: true });
    const conversions = patch.writes.filter((w) => w.purpose === "convert-text-number");
    expect(conversions.map((w) => [w.row, w.col, w.value, w.replaces])).toEqual([
      [6, pagu, 1_250_000, "1.250.000"],
      [7, pagu, 40_000_000, "40.000.000"],
      [9, pagu, 775_000, "775.000"],
    ]);
    expect(conversions.every((w) => leaves.has(w.row) && w.numberFormat === "#,##0")).toBe(true);
    expect(patch.writes.filter((w) => leaves.has(w.row) && w.purpose !== "convert-text-number")).toEqual([]);
    expect(writeAt(patch, 5, pagu)?.formula).toBe("=SUM(F7:F8)");
    const { read } = evaluated(grid, patch);
    expect(read(4, pagu)).toBe(42_025_000);
    expect(read(10, pagu)).toBe(42_025_000);
  });
});

describe("inputs a formula cannot use as they are", () => {
  const sub = (kode: string, pagu: CellValue) => ({ kode, name: `Sub ${kode}`, indicator: "Jumlah Dokumen", target: "1 Dokumen", pagu });

  it("a lone - is wrapped in N() where it is added on its own, and counts as zero", () => {
    const grid = renjaGrid("rencana", [
      { kode: "1.06.01", name: "PROGRAM PENUNJANG", indicator: "Persentase", target: "100%" },
      { kode: "1.06.01.2.01", name: "Kegiatan satu", indicator: "Jumlah", target: "2 Dokumen", pagu: "-" },
      sub("1.06.01.2.01.0001", "-"),
      { kode: "1.06.01.2.02", name: "Kegiatan dua", indicator: "Jumlah", target: "1 Dokumen" },
      sub("1.06.01.2.02.0001", 500),
    ]);
    const patch = plan(grid, { force: true });
    const col = 5;
    // Kegiatan 1 has no value below it: left as it is (`-`), and read through N() by the program.
    expect(writeAt(patch, grid.row(1) - 1, col)).toBeUndefined();
    expect(writeAt(patch, grid.row(0) - 1, col)?.formula).toBe("=N(F7)+F9");
    const { read } = evaluated(grid, patch);
    expect(read(grid.row(0) - 1, col)).toBe(500);
  });

  it("text that is not a number, or garbage, leaves the parent alone and says why", () => {
    const grid = renjaGrid("rencana", [
      { kode: "1.06.01.2.01", name: "Kegiatan satu", indicator: "Jumlah", target: "2 Dokumen" },
      sub("1.06.01.2.01.0001", "#REF!"),
      sub("1.06.01.2.01.0002", 100),
    ]);
    const patch = plan(grid);
    expect(patch.writes.filter((w) => w.row === grid.row(0) - 1)).toEqual([]);
    expect(patch.skipped).toContainEqual({ row: grid.row(0) - 1, col: 5, purpose: "total", reason: "unreadable" });
  });
});

describe("computed columns of every row", () => {
  const sub = (kode: string, before: CellValue, after: CellValue) => ({ kode, name: `Sub ${kode}`, indicator: "Jumlah Dokumen", targetBefore: "6 Dokumen", targetAfter: "5 Dokumen", paguBefore: before, paguAfter: after });

  it("a signed change is after - before on every row, leaves included", () => {
    const grid = renjaGrid("perubahan", [{ kode: "1.06.01.2.01", name: "Kegiatan", indicator: "Jumlah", targetBefore: "2", targetAfter: "2" }, sub("1.06.01.2.01.0001", 200, 165), sub("1.06.01.2.01.0002", 100, "-")]);
    const patch = plan(grid);
    const changes = patch.writes.filter((w) => w.purpose === "change").map((w) => [w.row + 1, w.formula, w.result]);
    expect(changes).toEqual([
      [grid.row(0), "=H6-G6", -135],
      [grid.row(1), "=H7-G7", -35],
      [grid.row(2), "=N(H8)-G8", -100],
    ]);
    // The leaves' own pagu cells are inputs: never written.
    expect(patch.writes.filter((w) => w.row >= grid.row(1) - 1 && w.purpose !== "change")).toEqual([]);
  });

  it("a bertambah/berkurang pair is MAX(after-before,0) and MAX(before-after,0), rendered for the host", () => {
    const grid = renjaGrid("perubahan-pair", [sub("1.06.01.2.01.0001", 200, 165), sub("1.06.01.2.01.0002", 100, 150)]);
    const en = plan(grid);
    expect(en.writes.map((w) => `${w.row + 1}${w.col}:${w.formula}=${w.result}`)).toEqual(["68:=MAX(H6-G6,0)=0", "69:=MAX(G6-H6,0)=35", "78:=MAX(H7-G7,0)=50", "79:=MAX(G7-H7,0)=0"]);
    const sheets = plan(grid, { syntax: formulaSyntax("sheets", "in_ID") });
    expect(sheets.syntax.argSep).toBe(";");
    expect(sheets.writes.map((w) => w.formula)).toEqual(["=MAX(H6-G6;0)", "=MAX(G6-H6;0)", "=MAX(H7-G7;0)", "=MAX(G7-H7;0)"]);
    const { read } = evaluated(grid, sheets);
    expect([read(5, 8), read(5, 9), read(6, 8), read(6, 9)]).toEqual([0, 35, 50, 0]);
  });

  it("quarter totals sum TW I-IV (the last reported quarter for a percentage indicator); ratios are guarded; predikat follows", () => {
    const row = { kode: "1.06.04.2.01.0001", name: "Penyediaan Permakanan", indicator: "Jumlah Orang", targetK: 100, targetRp: 1000, tw1K: 30, tw1Rp: 300, tw2K: 20, tw2Rp: 200, tw3K: "-", tw3Rp: null, tw4K: null, tw4Rp: null };
    const level = { ...row, kode: "1.06.04.2.01.0002", indicator: "Persentase layanan", targetK: 0, targetRp: 0, tw1K: 25, tw2K: 50, tw3K: 60 };
    const grid = renjaGrid("evaluasi", [row, level]);
    const patch = plan(grid);
    const at = (i: number, field: string) => writeAt(patch, grid.row(i) - 1, grid.col(field).charCodeAt(0) - 65);
    expect(at(0, "realK")?.formula).toBe("=F7+H7+N(J7)+L7");
    expect(at(0, "realRp")?.formula).toBe("=G7+I7+K7+M7");
    expect(at(0, "capaianK")?.formula).toBe('=IF(D7=0,"",N7/D7*100)');
    expect(at(0, "capaianK")?.result).toBe(50);
    expect(at(0, "predikat")?.value).toBe("Sangat Rendah");
    expect(at(1, "realK")?.formula).toBe("=J8");
    // Target 0: the ratio gives no value, not an error, and no predikat is made up.
    expect(at(1, "capaianK")?.result).toBe("");
    expect(at(1, "predikat")).toBeUndefined();
  });

  it("the numbering row's own formulas are written with cell references (8=(7/6) as a guarded percentage, 10=(5+7+9))", () => {
    const grid = renjaGrid("formula", [{ kode: "1.06.04.2.01.0001", name: "Penyediaan Permakanan", indicator: "Jumlah Orang", renstra: 400, realPrev: 100, target: 80, real: 60, ratio: "75%", targetNext: 90, cumulative: null, capaianRenstra: null }]);
    const patch = plan(grid);
    const by = Object.fromEntries(patch.writes.map((w) => [String.fromCharCode(65 + w.col), w.formula]));
    expect(by).toEqual({ J: "=E6+G6+I6", K: '=IF(D6=0,"",J6/D6*100)' });
    const { read } = evaluated(grid, patch);
    expect(read(5, 9)).toBe(250);
    expect(read(5, 10)).toBe(62.5);
  });
});

describe("seed fixtures", () => {
  const ids = ["bengkalis-rumusan", "dumai-evaluasi-2-1", "dumai-perubahan-3-1", "kukar-apbdp", "kukar-evaluasi-1", "tarakan-evaluasi-1", "tarakan-rencana-8"];
  const TOTAL_RULES = new Set(["total-mismatch", "grand-total-mismatch", "delta-mismatch", "quarter-sum-mismatch"]);

  it.each(ids.flatMap((id) => [[id, false], [id, true]] as const))("%s (convert text numbers: %s): forced auto-total leaves no total, change or quarter mismatch", async (id, convert) => {
    const grid = await fixtureGrid(id);
    const { table } = checkGrid(grid);
    if (!table) throw new Error("no table");
    const patch = planAutoTotal(table, { force: true, convertTextNumbers: convert });
    const after = evaluated(grid, patch);
    const left = checkGrid(after.grid).report.issues.filter((i) => TOTAL_RULES.has(i.rule));
    expect(left).toEqual([]);
    // Formulas compute what they claim, and never read text as zero.
    for (const w of patch.writes) if (w.formula) expect(close(after.read(w.row, w.col), w.result), `${w.formula} at row ${w.row + 1}`).toBe(true);
    // Input cells of leaf rows are never written (conversions only when asked for).
    const leaves = new Set(table.tree.nodes.filter((n) => n.children.length === 0).map((n) => n.row.index));
    const computed = new Set(patch.writes.filter((w) => ["change", "quarter-total", "ratio", "written-formula", "predikat"].includes(w.purpose)).map((w) => w.col));
    const leafWrites = patch.writes.filter((w) => leaves.has(w.row) && !computed.has(w.col));
    expect(leafWrites.every((w) => convert && w.purpose === "convert-text-number")).toBe(true);
  });
});
