// kode-orphan: the parent of a code has no row in the table (the row still hangs under the row above it).
import { renjaGrid, REPEAT_HEADER } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const pair = (kode: string, name: string, before: string, after: string) => ({
  kode,
  name,
  indicator: "Jumlah Dokumen Penataan Desa",
  targetBefore: "4 Dokumen",
  targetAfter: "4 Dokumen",
  paguBefore: before,
  paguAfter: after,
});

/** Dumai Tabel 3.1 bidang PMD: 2.13.05.2.02.0010 and 2.13.05.2.03.0011 have no kegiatan row. */
const dumaiPmd = renjaGrid(
  "perubahan-pair",
  [
    { kode: "2", name: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR" },
    { kode: "2.13", name: "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN MASYARAKAT DAN DESA" },
    { kode: "2.13.05", name: "PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT" },
    { kode: "2.13.05.2.01", name: "Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa" },
    pair("2.13.05.2.01.0001", "Peningkatan Kapasitas Kelembagaan Lembaga Kemasyarakatan", "150.000.000", "150.000.000"),
    pair("2.13.05.2.02.0010", "Fasilitasi Pengembangan Partisipasi Masyarakat", "75.000.000", "70.000.000"),
    pair("2.13.05.2.03.0011", "Pemberdayaan Masyarakat Hukum Adat", "50.000.000", "50.000.000"),
  ],
  { splitKode: true },
);

const valid: ValidCase[] = [
  {
    name: "every parent present, urusan to sub kegiatan",
    family: "perubahan",
    grid: renjaGrid("perubahan-pair", [
      { kode: "2", name: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR" },
      { kode: "2.13", name: "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN MASYARAKAT DAN DESA" },
      { kode: "2.13.05", name: "PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT" },
      { kode: "2.13.05.2.01", name: "Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa" },
      pair("2.13.05.2.01.0001", "Peningkatan Kapasitas Kelembagaan Lembaga Kemasyarakatan", "150.000.000", "150.000.000"),
    ]),
  },
  {
    name: "programs as the top level of the table (no urusan or bidang rows, Tarakan Tabel 1)",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase Layanan", target: "100%" },
      { kode: "1.06.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", indicator: "Jumlah layanan", target: "4 Layanan" },
      { kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang", target: "312 Orang/Bulan", pagu: "3.379.675.000" },
      { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase PMKS", target: "100%" },
    ]),
  },
  {
    name: "repeated headers and continuation rows between a kegiatan and its sub kegiatan",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", indicator: "Jumlah layanan", target: "4 Layanan" },
      { name: "yang diselesaikan tepat waktu" },
      REPEAT_HEADER,
      { kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang", target: "312 Orang/Bulan", pagu: "3.379.675.000" },
    ]),
  },
  {
    name: "a malformed program code (01.06.07) is still read as the parent: no cascade of orphans",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "01.06.07", name: "PROGRAM PENANGANAN BENCANA", indicator: "Persentase korban bencana yang tertangani", target: "100%" },
      { kode: "1.06.07.2.01", name: "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", indicator: "Jumlah orang", target: "50 Orang" },
      { kode: "1.06.07.2.01.0001", name: "Penyediaan Makanan", indicator: "Jumlah orang", target: "50 Orang", pagu: "50.000.000" },
    ]),
  },
  {
    name: "Tarakan: the truncated kegiatan code 2.13.04.2.01.0 stands in for kegiatan 2.13.04.2.01",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "2.13.04", name: "PROGRAM PENATAAN DESA", indicator: "Persentase desa", target: "100%" },
      { kode: "2.13.04.2.01.0", name: "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa", indicator: "Jumlah Pembinaan Kelurahan", target: "20 Kelurahan" },
      { kode: "2.13.04.2.01.0018", name: "Fasilitasi Evaluasi Perkembangan Desa serta Lomba Desa dan Kelurahan", indicator: "Jumlah Dokumen Hasil Evaluasi", target: "4 Kelurahan", pagu: "40.000.000" },
      { kode: "2.13.05", name: "PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT", indicator: "Persentase lembaga", target: "100%" },
      { kode: "2.13.05.2.01", name: "Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa", indicator: "Jumlah lembaga", target: "20 Lembaga" },
      { kode: "2.13.05.2.01.0001", name: "Peningkatan Kapasitas Kelembagaan Lembaga Kemasyarakatan", indicator: "Jumlah lembaga", target: "20 Lembaga", pagu: "150.000.000" },
    ]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: "Dumai: sub kegiatan 2.13.05.2.02.0010 and 2.13.05.2.03.0011 without their kegiatan",
    family: "perubahan",
    grid: dumaiPmd,
    errors: [
      { at: 5, field: "kode", expected: "2.13.05.2.02" },
      { at: 6, field: "kode", expected: "2.13.05.2.03" },
    ],
    messages: { id: /Induk kode 2\.13\.05\.2\.02\.0010 \(2\.13\.05\.2\.02\) tidak ada di tabel/, en: /The parent of code 2\.13\.05\.2\.02\.0010 \(2\.13\.05\.2\.02\) has no row in the table/ },
  },
  {
    name: "a kegiatan whose program row is missing, in a table that lists programs",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase Layanan", target: "100%" },
      { kode: "1.06.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", indicator: "Jumlah layanan", target: "4 Layanan" },
      { kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang", target: "312 Orang/Bulan", pagu: "3.379.675.000" },
      { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", indicator: "Jumlah orang", target: "100 Orang" },
      { kode: "1.06.04.2.01.0001", name: "Penyediaan Pemakanan", indicator: "Jumlah orang", target: "100 Orang", pagu: "100.000.000" },
    ]),
    errors: [{ at: 3, field: "kode", expected: "1.06.04" }],
  },
];

runRuleTests("kode-orphan", "warning", { valid, invalid });
