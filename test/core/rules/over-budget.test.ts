// over-budget: the realisation in Rp may not exceed the pagu of the same row.
import { renjaGrid } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const row = (targetRp: string | number | null, realRp: string | number | null) => ({
  kode: "1.06.04.2.01.0003",
  name: "Penyediaan Alat Bantu",
  indicator: "Jumlah Orang yang Mendapatkan Alat Bantu",
  targetK: "100 Orang",
  targetRp,
  realK: "100 Orang",
  realRp,
});

const valid: ValidCase[] = [
  { name: "realisation below the pagu (91.000.000 of 100.000.000)", family: "evaluasi", grid: renjaGrid("evaluasi", [row("100.000.000", "91.000.000")]) },
  { name: "realisation equal to the pagu, written in different forms", family: "evaluasi", grid: renjaGrid("evaluasi", [row("Rp 805.000.000", "805.000.000,00"), row(100000000, "100.000.000")]) },
  { name: "no pagu or no realisation: nothing to compare", family: "evaluasi", grid: renjaGrid("evaluasi", [row(null, "91.000.000"), row("100.000.000", "-")]) },
  {
    name: "a kegiatan row whose pagu is left for auto-total",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [{ ...row(null, "463.364.863"), kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar", targetK: null, realK: null }, row("805.000.000", "463.364.863")]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: "realisation 1.100.000.000 against a pagu of 1.050.000.000",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [row("1.050.000.000", "1.100.000.000")]),
    errors: [{ at: 0, field: "realRp", expected: "1.050.000.000", actual: "1.100.000.000" }],
    messages: { id: /Realisasi 1\.100\.000\.000 melebihi pagu 1\.050\.000\.000 pada baris yang sama/, en: /Realisation 1,100,000,000 exceeds the budget 1,050,000,000 of the same row/ },
  },
  {
    name: "over by one cent",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [row("44.200.000,00", "44.200.000,01")]),
    errors: [{ at: 0, field: "realRp", expected: "44.200.000", actual: "44.200.000,01" }],
  },
  {
    name: "an extra zero typed in the realisation (910.000.000 for 91.000.000)",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [row("100.000.000", "91.000.000"), { ...row("100.000.000", 910000000), kode: "1.06.04.2.01.0004" }]),
    errors: [{ at: 1, field: "realRp", expected: "100.000.000", actual: "910.000.000" }],
  },
];

runRuleTests("over-budget", "error", { valid, invalid });
