// unit-mismatch: target and realisation of one row in different units (`4 Layanan` vs `12 Laporan`).
import { renjaGrid } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const row = (targetK: string | null, realK: string | null) => ({ kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", targetK, realK });
/** Tarakan Tabel 1 row 1.06.01.2.08.02: renstra target 12 Laporan, realised 12 Bulan up to last year (columns 4→5). */
const komunikasi = ["1.06.01.2.08.02", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan", "12 Laporan", "12 Bulan", "12 Bulan", "12 Bulan", "100%", "12 Laporan", "36", "3%"];

const valid: ValidCase[] = [
  { name: "the same unit", family: "evaluasi", grid: renjaGrid("evaluasi", [row("26 Orang", "26 Orang")]) },
  { name: "units compared without case, spacing or punctuation (Orang/Bulan ~ orang / bulan)", family: "evaluasi", grid: renjaGrid("evaluasi", [row("312 Orang/Bulan", "312 orang / bulan"), { ...row("200 Orang / Kali", "200 Orang/Kali"), kode: "1.06.04.2.01.0001" }]) },
  { name: "a unit on one side only (target 100, realised 892 Orang)", family: "evaluasi", grid: renjaGrid("evaluasi", [row("100", "892 Orang")]) },
  { name: "percentages on both sides", family: "evaluasi", grid: renjaGrid("evaluasi", [row("100%", "95,80%")]) },
  {
    name: "before and after in one unit, written differently (Orang / orang)",
    family: "perubahan",
    grid: renjaGrid("perubahan", [{ kode: "1.06.04.2.01.0001", name: "Penyediaan Permakanan", indicator: "Jumlah orang", targetBefore: "50 Orang", targetAfter: "51 orang", paguBefore: "1.000", paguAfter: "1.000" }]),
  },
  { name: "a qualitative target is not a quantity with a unit", family: "evaluasi", grid: renjaGrid("evaluasi", [row("Cepat Berkembang", "1 Desa")]) },
];

const invalid: InvalidCase[] = [
  {
    name: "Tarakan: target 4 Layanan, realised 12 Laporan",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [row("4 Layanan", "12 Laporan")]),
    errors: [{ at: 0, field: "realK", expected: "Layanan", actual: "Laporan" }],
    messages: { id: /Satuan berbeda: Layanan pada target, Laporan pada N/, en: /Units differ: Layanan in the target, Laporan in N/ },
  },
  {
    name: "Tarakan 1.06.01.2.08.02: renstra target 12 Laporan realised as 12 Bulan (the year's own pair agrees: Bulan / Bulan)",
    family: "evaluasi",
    grid: renjaGrid("formula", [komunikasi]),
    errors: [{ at: 0, field: "realPrev", expected: "Laporan", actual: "Bulan" }],
  },
  {
    name: "a quarter in another unit than the target",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [{ ...row("26 Orang", "26 Orang"), tw1K: "26 Orang", tw2K: "2 Dokumen" }]),
    errors: [{ at: 0, field: "tw2K", expected: "Orang", actual: "Dokumen" }],
  },
  {
    name: "a target before and after the change in different units (50 Jenis, 51 item)",
    family: "perubahan",
    grid: renjaGrid("perubahan", [{ kode: "1.06.04.2.01.0001", name: "Penyediaan Permakanan", indicator: "Jumlah jenis bantuan", targetBefore: "50 Jenis", targetAfter: "51 item", paguBefore: "1.000", paguAfter: "1.000" }]),
    errors: [{ at: 0, field: "targetAfter", expected: "Jenis", actual: "item" }],
  },
];

runRuleTests("unit-mismatch", "warning", { valid, invalid });
