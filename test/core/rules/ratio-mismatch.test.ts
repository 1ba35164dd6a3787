// ratio-mismatch: a stated capaian % must agree with realisasi ÷ target × 100 after rounding to the decimals it shows (±1 in the last place).
import { renjaGrid } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

/** Dumai Tabel 2.1 sub kegiatan (target 100 Orang each), realisation up to TW II. */
const dumai = [
  { kode: "1.06.04.2.01.0001", name: "Penyediaan Pemakanan", indicator: "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Pemakanan", targetK: "100 Orang", targetRp: "100.000.000", realK: "45,00 Orang", realRp: "44.200.000", capaianK: "45,00%", capaianRp: "44,20%" },
  { kode: "1.06.04.2.01.0002", name: "Penyediaan Sandang", indicator: "Jumlah Orang yang Menerima Pakaian", targetK: "100 Orang", targetRp: "30.000.000", realK: "85,00 Orang", realRp: "25.291.500", capaianK: "85,00%", capaianRp: "84,31%" },
  { kode: "1.06.04.2.01.0003", name: "Penyediaan Alat Bantu", indicator: "Jumlah Orang yang Mendapatkan Alat Bantu", targetK: "100 Orang", targetRp: "100.000.000", realK: "100 Orang", realRp: "91.000.000", capaianK: "100,00%", capaianRp: "91,00%" },
  { kode: "1.06.04.2.01.0004", name: "Pemberian Pelayanan Reunifikasi Keluarga", indicator: "Jumlah Orang yang Mendapatkan Pelayanan Reunifikasi", targetK: "100 Orang", targetRp: "30.000.000", realK: "33,0 Orang", realRp: "9.823.400", capaianK: "33,00%", capaianRp: "32,74%" },
];
const operasional = { kode: "1.06.01.2.09.0002", name: "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional", indicator: "Jumlah Kendaraan Dinas Operasional yang Dipelihara", targetK: "8 Unit", realK: "8 Unit" };

const valid: ValidCase[] = [
  { name: "Dumai capaian K and Rp (45,00%, 84,31%, 32,74%)", family: "evaluasi", grid: renjaGrid("evaluasi", dumai) },
  { name: "13,66% agrees with 145 ÷ 1.062 = 13,6535 %", family: "evaluasi", grid: renjaGrid("evaluasi", [...dumai, { kode: "1.06.04.2.01.0005", name: "Pemberian Layanan Rujukan", indicator: "Jumlah Orang", targetK: "1.062 Orang", realK: "145 Orang", capaianK: "13,66%" }]) },
  { name: "13,66% agrees with 136.537.000 ÷ 1.000.000.000 = 13,6537 % (Rp)", family: "evaluasi", grid: renjaGrid("evaluasi", [{ kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar", indicator: "Jumlah orang", targetK: "100 Orang", targetRp: "1.000.000.000", realRp: "136.537.000", capaianRp: "13,66%" }]) },
  { name: "57,56% written as a plain number in a % column", family: "evaluasi", grid: renjaGrid("evaluasi", [{ kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar", indicator: "Jumlah orang", targetRp: "805.000.000", realRp: "463.364.863", capaianRp: "57,56" }]) },
  {
    name: "a column that writes the bare ratio (0,45 for 45 of 100) is read by its own convention",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", dumai.map((r) => ({ ...r, capaianK: String(Number(r.capaianK.replace(",", ".").replace("%", "")) / 100).replace(".", ","), capaianRp: null }))),
  },
  { name: "a zero target gives no value, not an error", family: "evaluasi", grid: renjaGrid("evaluasi", [{ ...operasional, targetK: "0 Unit", capaianK: "0,00%" }]) },
];

const invalid: InvalidCase[] = [
  {
    name: "8 of 8 Unit written 2% in a ×100 column (Tarakan 1.06.01.2.09.02)",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [...dumai, { ...operasional, capaianK: "2%" }]),
    errors: [{ at: 4, field: "capaianK", expected: "100", actual: "2" }],
    messages: { id: /tertulis 2, padahal 8 ÷ 8 × 100 = 100/, en: /is written 2, but 8 ÷ 8 × 100 = 100/ },
  },
  {
    name: "transposed digits in a capaian Rp: 84,13% for 25.291.500 of 30.000.000 (84,31 %)",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", dumai.map((r, i) => (i === 1 ? { ...r, capaianRp: "84,13%" } : r))),
    errors: [{ at: 1, field: "capaianRp", expected: "84,31", actual: "84,13" }],
  },
  {
    name: "13,68% is two units off 13,6535 % in the last shown place",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [...dumai, { kode: "1.06.04.2.01.0005", name: "Pemberian Layanan Rujukan", indicator: "Jumlah Orang", targetK: "1.062 Orang", realK: "145 Orang", capaianK: "13,68%" }]),
    errors: [{ at: 4, field: "capaianK", expected: "13,65", actual: "13,68" }],
  },
];

runRuleTests("ratio-mismatch", "warning", { valid, invalid });
