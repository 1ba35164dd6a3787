// The catalogue index: codes by ordinal, X.XX for any bidang, coverage, names and units compared loosely.
import { describe, expect, it } from "vitest";
import { buildIndex } from "../../../core/nomenclature/lookup.js";
import type { Catalogue } from "../../../core/nomenclature/types.js";

const catalogue: Catalogue = {
  version: "test",
  entries: [
    { code: "1", level: 1, name: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" },
    { code: "1.06", level: 2, name: "URUSAN PEMERINTAHAN BIDANG SOSIAL" },
    { code: "1.06.04", level: 3, name: "PROGRAM REHABILITASI SOSIAL" },
    { code: "1.06.04.2.01.0001", level: 5, name: "Penyediaan Permakanan", unit: "Orang" },
    { code: "X.XX.01", level: 3, name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA" },
    { code: "X.XX.01.2.02.0001", level: 5, name: "Penyediaan Gaji dan Tunjangan ASN", unit: "Orang/Bulan" },
  ],
};
const index = buildIndex(catalogue);

describe("lookup", () => {
  it("knows whether every entry's parent is listed (a whole lampiran)", () => {
    expect(index.closed).toBe(false); // 1.06.04.2.01.0001 without 1.06.04.2.01
    expect(buildIndex({ version: "v", entries: catalogue.entries.filter((e) => e.level < 5) }).closed).toBe(true);
  });

  it("finds a code directly", () => {
    expect(index.lookup("1.06.04.2.01.0001")?.entry.name).toBe("Penyediaan Permakanan");
    expect(index.lookup("1.06.04.2.01.0002")).toBeNull();
  });

  it("finds the cross-cutting program under any bidang, and under a code written without one", () => {
    for (const code of ["1.06.01.2.02.0001", "2.13.01.2.02.0001", "1.02.01.2.02.0001", "0.00.01.2.02.0001"]) {
      expect(index.lookup(code)?.entry.code, code).toBe("X.XX.01.2.02.0001");
    }
    expect(index.lookup("1.06.01")?.entry.code).toBe("X.XX.01");
    expect(index.lookup("1.06.02.2.02.0001")).toBeNull();
  });

  it("covers the catalogue's urusan and bidang, and the cross-cutting program everywhere", () => {
    expect(["1", "1.06", "1.06.04.2.01.0099", "1.06.09", "1.02.01.2.02.0099", "0.00.01.2.02.0099"].map(index.covers)).toEqual([true, true, true, true, true, true]);
    expect(["2", "1.02", "1.02.02.2.01.0001", "0.00.04.2.01.0001", "0.00"].map(index.covers)).toEqual([false, false, false, false, false]);
  });

  it("compares names without case, spacing, punctuation or Kabupaten/Kota wording", () => {
    const e = index.lookup("1.06.01");
    if (!e) throw new Error("X.XX.01 missing");
    expect(index.sameName("Program Penunjang Urusan Pemerintahan Daerah Kab/Kota", e)).toBe(true);
    expect(index.sameName("program penunjang urusan pemerintahan daerah kabupaten / kota", e)).toBe(true);
    expect(index.sameName("Program Penunjang Urusan Pemerintah Daerah Kabupaten Kota", e)).toBe(false);
  });

  it("compares units loosely: case, spacing, and a compound unit by its first word", () => {
    const gaji = index.lookup("1.06.01.2.02.0001");
    const makan = index.lookup("1.06.04.2.01.0001");
    if (!gaji || !makan) throw new Error("entries missing");
    expect(index.sameUnit("orang / bulan", gaji)).toBe(true);
    expect(index.sameUnit("Orang", gaji)).toBe(true);
    expect(index.sameUnit("Orang / Kali", makan)).toBe(true);
    expect(index.sameUnit("KK", makan)).toBe(false);
    expect(index.sameUnit("Paket", gaji)).toBe(false);
  });
});
