// quarter-sum-mismatch: realisation total = TW I + II + III + IV (Rp, counted K); the last quarter for % and index indicators.
import { renjaGrid } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const pemakanan = {
  kode: "1.06.04.2.01.0001",
  name: "Penyediaan Pemakanan",
  indicator: "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Pemakanan",
  targetK: "100 Orang",
  targetRp: "100.000.000",
  tw1K: "33 Orang",
  tw1Rp: "32.800.000",
  tw2K: "12 Orang",
  tw2Rp: "11.400.000",
  tw3K: "-",
  tw3Rp: "-",
  tw4K: null,
  tw4Rp: null,
  realK: "45 Orang",
  realRp: "44.200.000",
  capaianK: "45,00%",
  capaianRp: "44,20%",
  predikat: "Sangat Rendah",
};

const sakip = {
  kode: "1.06.01",
  name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
  indicator: "Persentase Layanan Penunjang Perangkat Daerah yang Terpenuhi",
  targetK: "100%",
  tw1K: "25%",
  tw2K: "50%",
  tw3K: "75%",
  tw4K: "100%",
  realK: "100%",
  capaianK: "100,00%",
  predikat: "Sangat Tinggi",
};

const valid: ValidCase[] = [
  { name: "K and Rp totals equal the sum of the quarters (- and empty quarters count as nothing)", family: "evaluasi", grid: renjaGrid("evaluasi", [pemakanan]) },
  { name: "a percentage indicator totals to its last quarter, not the sum", family: "evaluasi", grid: renjaGrid("evaluasi", [sakip]) },
  {
    name: "an index indicator (Nilai SAKIP) totals to its last reported quarter",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [{ ...sakip, indicator: "Nilai SAKIP Perangkat Daerah", targetK: "79 Nilai", tw1K: "62,00", tw2K: "79,00", tw3K: null, tw4K: null, realK: "79,00", capaianK: "100,00%" }]),
  },
  { name: "quarters written as Excel numbers", family: "evaluasi", grid: renjaGrid("evaluasi", [{ ...pemakanan, tw1Rp: 32800000, tw2Rp: 11400000, realRp: 44200000 }]) },
  { name: "no realisation total written: nothing to check", family: "evaluasi", grid: renjaGrid("evaluasi", [{ ...pemakanan, realK: null, realRp: null, capaianK: null, capaianRp: null, predikat: null }]) },
];

const kegiatan = { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar", indicator: "Jumlah orang", targetRp: "200.000.000", tw1Rp: "65.600.000", tw2Rp: "22.800.000", realRp: "93.400.000" };
const sandang = { ...pemakanan, kode: "1.06.04.2.01.0002", name: "Penyediaan Sandang", realRp: "49.200.000" };

const invalid: InvalidCase[] = [
  {
    name: "a sub kegiatan whose total is not its quarters, under a kegiatan whose total is its children's: said once, at the sub kegiatan",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [kegiatan, pemakanan, sandang]),
    errors: [{ at: 2, field: "realRp", expected: "44.200.000", actual: "49.200.000" }],
  },
  {
    name: "Rp total that is not the sum of the quarters",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [{ ...pemakanan, realRp: "44.800.000", capaianRp: "44,80%" }]),
    errors: [{ at: 0, field: "realRp", expected: "44.200.000", actual: "44.800.000" }],
    messages: { id: /tidak sama dengan jumlah realisasi triwulan: tertulis 44\.800\.000, seharusnya 44\.200\.000/, en: /is not the sum of the quarterly realisation: written 44,800,000, expected 44,200,000/ },
  },
  {
    name: "counted K total (Orang) that is not the sum",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [{ ...pemakanan, realK: "33 Orang", capaianK: "33,00%" }]),
    errors: [{ at: 0, field: "realK", expected: "45", actual: "33" }],
  },
  {
    name: "a percentage indicator whose total sums the quarters (250%) instead of taking the last one",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [{ ...sakip, realK: "250%", capaianK: "250,00%", predikat: "Sangat Tinggi" }]),
    errors: [{ at: 0, field: "realK", expected: "100", actual: "250" }],
    messages: { id: /triwulan terakhir/, en: /last reported quarter/ },
  },
  {
    name: "both K and Rp wrong on one row give two findings",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [{ ...pemakanan, realK: "46 Orang", realRp: "45.200.000" }]),
    errors: [
      { at: 0, field: "realK", expected: "45", actual: "46" },
      { at: 0, field: "realRp", expected: "44.200.000", actual: "45.200.000" },
    ],
  },
];

runRuleTests("quarter-sum-mismatch", "error", { valid, invalid });
