// grand-total-mismatch: a TOTAL / JUMLAH row must be the sum of the top-level rows.
import { renjaGrid, REPEAT_HEADER } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const programs = [
  { kode: "1.06.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase Layanan Penunjang Perangkat Daerah yang Terpenuhi", target: "100%", pagu: "3.926.440.000" },
  { kode: "1.06.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", indicator: "Jumlah Layanan Administrasi Keuangan", target: "4 Layanan", pagu: "3.926.440.000" },
  { kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", target: "312 Orang/Bulan", pagu: "3.926.440.000" },
  { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase PMKS yang tertangani", target: "100%", pagu: "1.100.000.000" },
  { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", indicator: "Jumlah orang", target: "100 Orang", pagu: "1.100.000.000" },
  { kode: "1.06.04.2.01.0001", name: "Penyediaan Pemakanan", indicator: "Jumlah orang", target: "100 Orang", pagu: "1.100.000.000" },
];

const valid: ValidCase[] = [
  { name: "TOTAL equal to the sum of the programs", family: "rencana", grid: renjaGrid("rencana", [...programs, { name: "TOTAL", pagu: "5.026.440.000" }]) },
  { name: "JUMLAH written as a number cell", family: "rencana", grid: renjaGrid("rencana", [...programs, { name: "JUMLAH", pagu: 5026440000 }]) },
  { name: "a TOTAL row with an empty cell states nothing", family: "rencana", grid: renjaGrid("rencana", [...programs, { name: "TOTAL", pagu: null, paguMaju: null }]) },
  {
    name: "programs with empty pagu count with the sum of their kegiatan",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { ...programs[0], pagu: null },
      ...programs.slice(1, 3),
      { ...programs[3], pagu: "" },
      ...programs.slice(4),
      REPEAT_HEADER,
      { name: "Jumlah Total", pagu: "Rp 5.026.440.000" },
    ]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: "TOTAL that exceeds the rows by 10.500.000 (Dumai: five sub kegiatan lost with a page)",
    family: "rencana",
    grid: renjaGrid("rencana", [...programs, { name: "TOTAL", pagu: "5.036.940.000" }]),
    errors: [{ at: 6, field: "pagu", expected: "5.026.440.000", actual: "5.036.940.000" }],
    messages: { id: /Baris TOTAL untuk F .* tidak sama dengan jumlah baris teratas: tertulis 5\.036\.940\.000, seharusnya 5\.026\.440\.000 \(selisih 10\.500\.000\)/, en: /The TOTAL row for F .* is not the sum of the top-level rows: written 5,036,940,000, expected 5,026,440,000 \(difference 10,500,000\)/ },
  },
  {
    name: "JUMLAH row of a perubahan table that kept the amount before the change",
    family: "perubahan",
    grid: renjaGrid("perubahan", [
      { kode: "1.06.01", name: "Program Penunjang Urusan Pemerintah Daerah Kabupaten Kota", indicator: "Nilai SAKIP Perangkat Daerah", targetBefore: "79 Nilai", targetAfter: "79 Nilai", paguBefore: "21.437.197.857,00", paguAfter: "23.050.938.375,00", change: "1.613.740.518,00" },
      { kode: "1.06.01.2.01", name: "Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah", indicator: "Tersedianya Layanan Administrasi", targetBefore: "12 Bulan", targetAfter: "12 Bulan", paguBefore: "21.437.197.857,00", paguAfter: "23.050.938.375,00", change: "1.613.740.518,00" },
      { kode: "1.06.01.2.01.01", name: "Penyusunan Dokumen Perencanaan Perangkat Daerah", indicator: "Jumlah Dokumen", targetBefore: "6 Dokumen", targetAfter: "5 Dokumen", paguBefore: "21.437.197.857,00", paguAfter: "23.050.938.375,00", change: "1.613.740.518,00" },
      { name: "JUMLAH", paguBefore: "21.437.197.857,00", paguAfter: "21.437.197.857,00" },
    ]),
    errors: [{ at: 3, field: "paguAfter", expected: "23.050.938.375", actual: "21.437.197.857" }],
  },
  {
    name: "TOTAL off in two money columns gives one finding per column",
    family: "rencana",
    grid: renjaGrid("rencana", [
      ...programs.map((p) => ({ ...p, paguMaju: "1.000.000" })),
      { name: "TOTAL", pagu: "5.026.440.001", paguMaju: "5.000.000" },
    ]),
    errors: [
      { at: 6, field: "pagu", expected: "5.026.440.000", actual: "5.026.440.001" },
      { at: 6, field: "paguMaju", expected: "2.000.000", actual: "5.000.000" },
    ],
  },
];

runRuleTests("grand-total-mismatch", "error", { valid, invalid });
