// Flags and clear: palette fills on the finding's cell (the row for row-level findings), one note per cell, and an exact undo.
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import type { Grid } from "../../../core/grid.js";
import type { Finding } from "../../../core/model.js";
import { applyPatchToGrid } from "../../../core/plan/apply-to-grid.js";
import { planClear } from "../../../core/plan/clear.js";
import { FLAG_PALETTE, planFlags } from "../../../core/plan/flags.js";
import { renjaGrid } from "../../support/renja-grid.js";
import { fixtureGrid } from "./plan-helpers.js";

const finding = (f: Partial<Finding> & Pick<Finding, "rule" | "severity" | "row">): Finding => ({ message: `${f.rule} message`, ...f });

function table(grid: Grid) {
  const c = checkGrid(grid);
  if (!c.table) throw new Error("no table");
  return c.table;
}

const grid = renjaGrid("rencana", [
  { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase", target: "100%", pagu: 300 },
  { kode: "1.06.04.2.01", name: "Kegiatan", indicator: "Jumlah", target: "2 Dokumen", pagu: 200 },
  { kode: "1.06.04.2.01.0001", name: "Sub", indicator: "Jumlah", target: "2 Dokumen", pagu: 100 },
]);

describe("planFlags", () => {
  it("fills an error's cell Bad and a warning's Neutral, with the palette's font colours; info gets a note but no fill", () => {
    const patch = planFlags(table(grid), [
      finding({ rule: "total-mismatch", severity: "error", row: 6, column: "F" }),
      finding({ rule: "missing-target", severity: "warning", row: 7, column: "E" }),
      finding({ rule: "nomenclature-unknown", severity: "info", row: 8, column: "A" }),
    ]);
    expect(patch.fills.map((f) => [f.row + 1, f.col, f.fill, f.font])).toEqual([
      [6, 5, FLAG_PALETTE.error?.fill, "#9C0006"],
      [7, 4, "#FFEB9C", "#9C5700"],
    ]);
    expect(patch.notes.map((n) => [n.row + 1, n.col])).toEqual([
      [6, 5],
      [7, 4],
      [8, 0],
    ]);
    expect(patch.flags).toHaveLength(3);
  });

  it("colours the whole table row for a row-level finding and puts its note on the row's first cell", () => {
    const patch = planFlags(table(grid), [finding({ rule: "kode-orphan", severity: "warning", row: 7 })]);
    expect(patch.fills.map((f) => f.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(patch.fills.every((f) => f.row === 6 && f.fill === "#FFEB9C")).toBe(true);
    expect(patch.notes.map((n) => [n.row, n.col])).toEqual([[6, 0]]);
  });

  it("several findings on one cell make one note listing them, and the worst severity's fill", () => {
    const patch = planFlags(table(grid), [finding({ rule: "missing-target", severity: "warning", row: 6, column: "F" }), finding({ rule: "total-mismatch", severity: "error", row: 6, column: "F", message: "jumlah salah" })], { lang: "id" });
    expect(patch.fills).toHaveLength(1);
    expect(patch.fills[0]?.fill).toBe("#FFC7CE");
    expect(patch.notes).toHaveLength(1);
    expect(patch.notes[0]?.note).toBe("Pemeriksa Renja\n• PERINGATAN missing-target: missing-target message\n• KESALAHAN total-mismatch: jumlah salah");
  });

  it("keeps the fill, font colour and note each cell had, and keeps the user's note visible below ours", () => {
    const fills: (string | null)[][] = [];
    fills[5] = [null, null, null, null, null, "#00FF00"];
    const fontColors: (string | null)[][] = [];
    fontColors[5] = [null, null, null, null, null, "#123456"];
    const notes: (string | null)[][] = [];
    notes[5] = [null, null, null, null, null, "cek lagi"];
    const patch = planFlags(table({ ...grid, fills, fontColors, notes }), [finding({ rule: "total-mismatch", severity: "error", row: 6, column: "F" })], { lang: "en" });
    expect(patch.fills[0]).toMatchObject({ previousFill: "#00FF00", previousFont: "#123456" });
    expect(patch.notes[0]?.previous).toBe("cek lagi");
    expect(patch.notes[0]?.note).toMatch(/^Renja checker\n• ERROR total-mismatch: total-mismatch message\n\nEarlier note:\ncek lagi$/);
  });

  it("can colour predikat cells by band", () => {
    const ev = renjaGrid("evaluasi", [{ kode: "1.06.04.2.01.0001", name: "Sub", indicator: "Jumlah", targetK: 10, realK: 10, capaianK: "100%", predikat: "Sangat Tinggi" }]);
    const patch = planFlags(table(ev), [], { predikatColours: true });
    expect(patch.fills.map((f) => [f.col, f.fill])).toEqual([[17, "#1E7B34"]]);
  });
});

describe("planClear", () => {
  it("restores every fill, font colour and note a flag patch changed, on a seed fixture", async () => {
    const base = await fixtureGrid("dumai-perubahan-3-1");
    // Some cells had their own fill, font colour and note before flagging.
    const fills = base.fills?.map((r) => (r ? [...r] : r)) ?? [];
    fills[49] = Array.from({ length: 20 }, () => "#DDEBF7");
    const fontColors: (string | null)[][] = [];
    fontColors[49] = Array.from({ length: 20 }, () => "#0000FF");
    const notes: (string | null)[][] = [];
    notes[49] = Array.from({ length: 20 }, (_, i) => (i === 17 ? "angka dari Bappeda" : null));
    const original: Grid = { ...base, fills, fontColors, notes };
    const check = checkGrid(original);
    if (!check.table) throw new Error("no table");
    const flags = planFlags(check.table, check.report.issues);
    expect(flags.fills.length).toBeGreaterThan(5);
    const flagged = applyPatchToGrid(original, flags);
    expect(flagged.fills?.[49]?.[17]).toBe("#FFC7CE");
    const cleared = applyPatchToGrid(flagged, planClear({ sheet: flags.sheet, fills: flags.fills, notes: flags.notes }));
    for (const f of flags.fills) {
      expect(cleared.fills?.[f.row]?.[f.col] ?? null).toBe(original.fills?.[f.row]?.[f.col] ?? null);
      expect(cleared.fontColors?.[f.row]?.[f.col] ?? null).toBe(original.fontColors?.[f.row]?.[f.col] ?? null);
    }
    for (const n of flags.notes) expect(cleared.notes?.[n.row]?.[n.col] ?? null).toBe(original.notes?.[n.row]?.[n.col] ?? null);
  });
});
