// Code columns from the data: a Kode header over five cells read without its merge, and what is not a split code.
import { describe, expect, it } from "vitest";
import { detectLayout } from "../../../core/layout/detect-layout.js";
import type { CellValue } from "../../../core/grid.js";

const head: CellValue[] = ["Kode", null, null, null, null, "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", "Pagu Indikatif (Rp)"];
const split: CellValue[][] = [
  ["1", "06", "04", null, null, "PROGRAM REHABILITASI SOSIAL", "Persentase PMKS", "100 %", "900.000.000"],
  ["1", "06", "04", "2.01", null, "Rehabilitasi Sosial Dasar", "Jumlah dokumen", "2 Dokumen", "900.000.000"],
  ["1", "06", "04", "2.01", "0001", "Penyediaan Permakanan", "Jumlah orang", "85 Orang", "900.000.000"],
];

describe("code columns", () => {
  it("reads unlabelled code segments after a Kode column as one split code", () => {
    const layout = detectLayout({ rows: [head, ...split] });
    expect(layout?.columns.filter((c) => c.role === "kode-part").map((c) => [c.letter, c.part])).toEqual([["A", 0], ["B", 1], ["C", 2], ["D", 3], ["E", 4]]);
  });

  it("leaves a numbered column after a Kode column of whole codes alone", () => {
    const rows: CellValue[][] = [["Kode", null, "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", "Pagu Indikatif (Rp)"], ...split.map((r, i) => [["1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001"][i] ?? null, String((i + 1) * 10), ...r.slice(5)])];
    const layout = detectLayout({ rows });
    expect(layout?.columns.filter((c) => c.role === "kode" || c.role === "kode-part").map((c) => `${c.letter}:${c.role}`)).toEqual(["A:kode"]);
    expect(layout?.unread?.map((u) => u.letter)).toEqual(["B"]);
  });

  it("reads a headerless column that only counts its rows (1, 2, 3) as the No column, not as unread", () => {
    const rows: CellValue[][] = [[null, "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", "Pagu Indikatif (Rp)"], ...split.map((r, i) => [String(i + 1), ["1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001"][i] ?? null, ...r.slice(5)])];
    const layout = detectLayout({ rows });
    expect(layout?.columns.map((c) => `${c.letter}:${c.role}`).slice(0, 2)).toEqual(["A:no", "B:kode"]);
    expect(layout?.unread).toEqual([]);
  });
});
