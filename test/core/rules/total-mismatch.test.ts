// total-mismatch: a parent's money value must be the sum of its direct children; an empty parent cell is not a finding.
import { renjaGrid, REPEAT_HEADER } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

/** Dumai Tabel 3.1, program Rehabilitasi Sosial: 1.050.000.000 after the change, its kegiatan add up to 1.100.000.000. */
const dumaiRehsos = renjaGrid(
  "perubahan-pair",
  [
    { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", paguBefore: "1.000.000.000", paguAfter: "1.050.000.000", plus: "50.000.000" },
    { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar", paguBefore: "600.000.000", paguAfter: "700.000.000", plus: "100.000.000" },
    { kode: "1.06.04.2.01.0001", name: "Penyediaan Pemakanan", indicator: "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Pemakanan", targetBefore: "100 Orang", targetAfter: "100 Orang", paguBefore: "600.000.000", paguAfter: "700.000.000", plus: "100.000.000" },
    { kode: "1.06.04.2.02", name: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar dalam Panti", paguBefore: "400.000.000", paguAfter: "400.000.000", plus: "-" },
    { kode: "1.06.04.2.02.0001", name: "Penyediaan Sandang", indicator: "Jumlah Orang yang Menerima Pakaian", targetBefore: "50 Orang", targetAfter: "50 Orang", paguBefore: "400.000.000", paguAfter: "400.000.000", plus: "-" },
  ],
  { splitKode: true },
);

/** A rencana block (urusan → sub kegiatan) whose parents are exact sums, in the number forms sheets use. */
const consistentRencana = renjaGrid("rencana", [
  { kode: "1", name: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", pagu: "Rp 1.100.000.000" },
  { kode: "1.06", name: "URUSAN PEMERINTAHAN BIDANG SOSIAL", pagu: "Rp.1.100.000.000,-" },
  { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase PMKS yang tertangani", target: "100%", pagu: "1.100.000.000,00", paguMaju: "1.250.000.000" },
  { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", indicator: "Jumlah orang", target: "36 Dokumen", pagu: 1100000000, paguMaju: "1.250.000.000" },
  { kode: "1.06.04.2.01.0001", name: "Penyediaan Pemakanan", indicator: "Jumlah orang", lokasi: "Kota Tarakan", target: "312 Orang/Bulan", pagu: "600.000.000", sumber: "APBD", paguMaju: "650.000.000" },
  { kode: "1.06.04.2.01.0002", name: "Penyediaan Sandang", indicator: "Jumlah orang", lokasi: "Kota Tarakan", target: "8.152 Keluarga", pagu: "500.000.000", sumber: "APBD", paguMaju: "600.000.000" },
]);

const valid: ValidCase[] = [
  { name: "parents equal to the sum of their children (Rp prefixes, ,00 and ,- forms, numeric cell)", grid: consistentRencana, family: "rencana" },
  {
    name: "empty parent cells are not mismatches (auto-total fills them)",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase PMKS yang tertangani", target: "100%", pagu: null },
      { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar", indicator: "Jumlah orang", target: "36 Dokumen", pagu: "" },
      { kode: "1.06.04.2.01.0001", name: "Penyediaan Pemakanan", indicator: "Jumlah orang", target: "312 Orang/Bulan", pagu: "600.000.000" },
      { kode: "1.06.04.2.01.0002", name: "Penyediaan Sandang", indicator: "Jumlah orang", target: "100 Orang", pagu: "500.000.000" },
    ]),
  },
  {
    name: "decimal cents add up exactly (no binary floating point drift)",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.01.2.01", name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", indicator: "Jumlah dokumen", target: "7 Dokumen", pagu: "60.422.029.520,30" },
      { kode: "1.06.01.2.01.0001", name: "Penyusunan Dokumen Perencanaan Perangkat Daerah", indicator: "Jumlah dokumen", target: "2 Dokumen", pagu: "30.211.014.760,10" },
      { kode: "1.06.01.2.01.0007", name: "Evaluasi Kinerja Perangkat Daerah", indicator: "Jumlah laporan", target: "5 Laporan", pagu: "30.211.014.760,20" },
    ]),
  },
  {
    name: "repeated header rows and continuation rows inside a block are not children",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", indicator: "Jumlah ASN yang diberikan gaji", target: "672 Orang/Bulan", pagu: "8.300.000.000" },
      { kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang yang Menerima Gaji", target: "672 Orang/Bulan", pagu: "8.250.000.000" },
      { name: "dan Tunjangan Lainnya", indicator: "dalam satu tahun" },
      REPEAT_HEADER,
      { kode: "1.06.01.2.02.0002", name: "Penyediaan Administrasi Pelaksanaan Tugas ASN", indicator: "Jumlah Dokumen", target: "4 Dokumen", pagu: "50.000.000" },
    ]),
  },
  {
    name: "Dumai perubahan block with split kode whose program is the exact sum",
    family: "perubahan",
    grid: renjaGrid(
      "perubahan-pair",
      [
        { kode: ["1", "6", "1"], name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", paguBefore: "4.313.940.860", paguAfter: "5.004.050.000", plus: "690.109.140" },
        { kode: ["1", "6", "1", "2,02"], name: "Administrasi Keuangan Perangkat Daerah", paguBefore: "4.313.940.860", paguAfter: "5.004.050.000", plus: "690.109.140" },
        { kode: ["1", "06", "01", "2.02", "01"], name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", targetBefore: "79 Orang/Bulan", targetAfter: "79 Orang/Bulan", paguBefore: "4.313.940.860", paguAfter: "5.004.050.000", plus: "690.109.140" },
      ],
      { splitKode: true },
    ),
  },
  {
    name: "Tarakan: a truncated kegiatan code (2.13.04.2.01.0) does not cascade into a program mismatch",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "2.13.04", name: "PROGRAM PENATAAN DESA", indicator: "Persentase desa yang tertata", target: "100%", pagu: "60.000.000" },
      { kode: "2.13.04.2.01.0", name: "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa", indicator: "Jumlah Pembinaan Kelurahan", target: "20 Kelurahan", pagu: "60.000.000" },
      { kode: "2.13.04.2.01.0018", name: "Fasilitasi Evaluasi Perkembangan Desa serta Lomba Desa dan Kelurahan", indicator: "Jumlah Dokumen", target: "4 Kelurahan", pagu: "40.000.000" },
      { kode: "2.13.04.2.01.0019", name: "Fasilitasi Penataan Desa", indicator: "Jumlah Dokumen", target: "4 Dokumen", pagu: "20.000.000" },
    ]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: "Dumai: program Rehabilitasi Sosial 1.050.000.000 where its kegiatan add up to 1.100.000.000",
    family: "perubahan",
    grid: dumaiRehsos,
    errors: [{ at: 0, field: "paguAfter", expected: "1.100.000.000", actual: "1.050.000.000" }],
    messages: { id: /Program 1\.06\.04 tidak sama dengan jumlah kegiatan: tertulis 1\.050\.000\.000, seharusnya 1\.100\.000\.000 \(selisih -50\.000\.000\)/, en: /Program 1\.06\.04 is not the sum of its kegiatan \(activity\) rows: written 1,050,000,000, expected 1,100,000,000 \(difference -50,000,000\)/ },
  },
  {
    name: "a kegiatan that is not the sum of its sub kegiatan, under a program that holds the sub kegiatan's sum: said once, at the kegiatan",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase PMKS", target: "100%", pagu: "1.100.000.000" },
      { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar", indicator: "Jumlah orang", target: "36 Dokumen", pagu: "Rp 1.050.000.000" },
      { kode: "1.06.04.2.01.0001", name: "Penyediaan Pemakanan", indicator: "Jumlah orang", target: "312 Orang/Bulan", pagu: "600.000.000" },
      { kode: "1.06.04.2.01.0002", name: "Penyediaan Sandang", indicator: "Jumlah orang", target: "100 Orang", pagu: "500.000.000" },
    ]),
    errors: [{ at: 1, field: "pagu", expected: "1.100.000.000", actual: "1.050.000.000" }],
  },
  {
    name: "a kegiatan and the program above it both wrong (the program is neither the sum of its kegiatan nor of the sub kegiatan)",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase PMKS", target: "100%", pagu: "1.200.000.000" },
      { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar", indicator: "Jumlah orang", target: "36 Dokumen", pagu: "Rp 1.050.000.000" },
      { kode: "1.06.04.2.01.0001", name: "Penyediaan Pemakanan", indicator: "Jumlah orang", target: "312 Orang/Bulan", pagu: "600.000.000" },
      { kode: "1.06.04.2.01.0002", name: "Penyediaan Sandang", indicator: "Jumlah orang", target: "100 Orang", pagu: "500.000.000" },
    ]),
    errors: [
      { at: 0, field: "pagu", expected: "1.050.000.000", actual: "1.200.000.000" },
      { at: 1, field: "pagu", expected: "1.100.000.000", actual: "1.050.000.000" },
    ],
  },
  {
    name: "a bidang row off by the cents of one sub kegiatan",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1", name: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", pagu: "Rp 58.061.400.000" },
      { kode: "1.06", name: "URUSAN PEMERINTAHAN BIDANG SOSIAL", pagu: "Rp 58.061.400.000" },
      { kode: "1.06.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase layanan", target: "100%", pagu: "58.061.400.000,50" },
      { kode: "1.06.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", indicator: "Jumlah ASN", target: "672 Orang/Bulan", pagu: "58.061.400.000,50" },
      { kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah ASN", target: "672 Orang/Bulan", pagu: "58.061.400.000,50" },
    ]),
    // The urusan equals the bidang as written: only the bidang is off.
    errors: [{ at: 1, field: "pagu", expected: "58.061.400.000,50", actual: "58.061.400.000" }],
  },
  {
    name: "prakiraan maju pagu of a kegiatan that is not the sum of its sub kegiatan",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.01.2.01", name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", indicator: "Jumlah dokumen", target: "7 Dokumen", pagu: "Rp 400.000.000", targetMaju: "7 Dokumen", paguMaju: "105.000.000" },
      { kode: "1.06.01.2.01.0001", name: "Penyusunan Dokumen Perencanaan Perangkat Daerah", indicator: "Jumlah dokumen", target: "2 Dokumen", pagu: "Rp 250.000.000", targetMaju: "2 Dokumen", paguMaju: "230.000.000" },
      { kode: "1.06.01.2.01.0007", name: "Evaluasi Kinerja Perangkat Daerah", indicator: "Jumlah laporan", target: "5 Laporan", pagu: "Rp 150.000.000", targetMaju: "5 Laporan", paguMaju: "165.000.000" },
    ]),
    errors: [{ at: 0, field: "paguMaju", expected: "395.000.000", actual: "105.000.000" }],
  },
  {
    name: "realisation Rp of a kegiatan in an evaluasi table (57,56% sheet)",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [
      { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", indicator: "Jumlah orang", targetRp: "805.000.000", realRp: "463.364.863" },
      { kode: "1.06.04.2.01.0001", name: "Penyediaan Pemakanan", indicator: "Jumlah orang", targetK: "100 Orang", targetRp: "100.000.000", realK: "45 Orang", realRp: "44.200.000" },
      { kode: "1.06.04.2.01.0002", name: "Penyediaan Sandang", indicator: "Jumlah orang", targetK: "100 Orang", targetRp: "705.000.000", realK: "85 Orang", realRp: "405.291.500" },
    ]),
    errors: [
      { at: 0, field: "realRp", expected: "449.491.500", actual: "463.364.863" },
    ],
  },
];

runRuleTests("total-mismatch", "error", { valid, invalid });
