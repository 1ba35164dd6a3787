// Where the header ends: a first data row that is all text (a CSV, a program row without money) is data when it holds a code.
import { expect, it } from "vitest";
import { checkGrid } from "../../core/check.js";

it("keeps text-only coded rows under a one-row header as data", () => {
  const rows = [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target", "Pagu Indikatif (Rp)"],
    ["1.06.04", "PROGRAM REHABILITASI SOSIAL", "Persentase PMKS tertangani", "90%", ""],
    ["1.06.04.2.01", "Rehabilitasi Sosial Dasar", "Jumlah orang", "20 Orang", "#REF!"],
    ["1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah orang", "10 Orang", "10.000.000"],
  ];
  const { report } = checkGrid({ name: "csv", rows });
  expect(report.headerRows).toEqual([1]);
  expect(report.summary).toMatchObject({ program: 1, kegiatan: 1, subKegiatan: 1 });
  expect(report.issues.filter((i) => i.rule === "not-a-number").map((i) => i.row)).toEqual([3]);
});
