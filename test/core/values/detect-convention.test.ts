// Tests of convention detection: decisive and ambiguous samples, majority, kode cells, early stop.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../core/grid.js";
import { detectConvention, type NumberConvention } from "../../../core/values/index.js";

const cases: [CellValue[], NumberConvention][] = [
  [["1.234.567"], "id"],
  [["1.234,5"], "id"],
  [["1,234,567"], "en"],
  [["1,234.50"], "en"],
  [["0,75"], "id"],
  [["2.5"], "en"],
  [[], "id"],
  [["8.152", "8,152", "100"], "id"],
  [["Rp 4,197,049,000"], "en"],
  [["(1,234.50)"], "en"],
  [["-1,234,567"], "en"],
  [["57,56%"], "id"],
  [["12.5 Km"], "en"],
  [["12,5 Km"], "id"],
  [["Rp.27.649.042.320,-"], "id"],
  [["1,000,000,-"], "en"],
  [["1,000,-", "1,000"], "id"],
  [[1.5, 1234.5, true, null, "Cepat Berkembang"], "id"],
  [["1.06", "1.07", "2.08"], "id"],
  [["1.06", "2.5"], "en"],
  [["1,234,567", "1,234,567", "1.234,5"], "en"],
  [["2.5", "0,75"], "id"],
  [["418.441,900,00", "2.5"], "en"],
  [["Program dengan anggaran 1,234,567 rupiah dan sisanya sebesar 2,000"], "id"],
];

describe("detectConvention", () => {
  it.each(cases)("%j → %s", (cells, expected) => {
    expect(detectConvention(cells)).toBe(expected);
  });

  it("stops after enough decisive samples", () => {
    function* cells(): Generator<CellValue> {
      for (let i = 0; i < 200; i++) yield "1,234,567";
      throw new Error("read past the decisive samples");
    }
    expect(detectConvention(cells())).toBe("en");
  });

  it("reads 50,000 rows without votes quickly enough to finish at all", () => {
    const rows: CellValue[] = [];
    for (let i = 0; i < 50_000; i++) rows.push(i, "Penyediaan Gaji dan Tunjangan ASN", "8.152 Keluarga", null);
    expect(detectConvention(rows)).toBe("id");
  });
});
