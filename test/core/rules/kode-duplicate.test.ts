// kode-duplicate: the same canonical code on two rows that are not a repeated header.
import { renjaGrid, REPEAT_HEADER } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const kegiatan = { kode: "1.06.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", indicator: "Jumlah layanan Administrasi Keuangan", target: "4 Layanan", pagu: "3.435.721.000" };
const gaji = { kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", target: "312 Orang/Bulan", pagu: "3.379.675.000" };
const tugas = { kode: "1.06.01.2.02.0002", name: "Penyediaan Administrasi Pelaksanaan Tugas ASN", indicator: "Jumlah Dokumen Hasil Penyediaan Administrasi", target: "4 Dokumen", pagu: "56.046.000" };

const valid: ValidCase[] = [
  { name: "distinct codes", family: "rencana", grid: renjaGrid("rencana", [kegiatan, gaji, tugas]) },
  {
    name: "the same sub kegiatan ordinal under two kegiatan (2.01.0001 and 2.02.0001)",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.01.2.01", name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", indicator: "Jumlah Dokumen", target: "2 Dokumen", pagu: "250.000.000" },
      { kode: "1.06.01.2.01.0001", name: "Penyusunan Dokumen Perencanaan Perangkat Daerah", indicator: "Jumlah Dokumen", target: "2 Dokumen", pagu: "250.000.000" },
      kegiatan,
      gaji,
      tugas,
    ]),
  },
  { name: "a header repeated after a page break, with its numbering row", family: "rencana", grid: renjaGrid("rencana", [kegiatan, gaji, REPEAT_HEADER, tugas, REPEAT_HEADER]) },
  { name: "a wrapped name continued on the next row", family: "rencana", grid: renjaGrid("rencana", [kegiatan, gaji, { name: "dan Tunjangan Lainnya" }, tugas]) },
];

const invalid: InvalidCase[] = [
  {
    name: "a sub kegiatan pasted twice",
    family: "rencana",
    grid: renjaGrid("rencana", [kegiatan, gaji, tugas, { ...gaji, pagu: "0" }]),
    errors: [{ at: 3, field: "kode", actual: "1.06.01.2.02.0001" }],
    messages: { id: /Kode 1\.06\.01\.2\.02\.0001 juga dipakai di baris 7/, en: /Code 1\.06\.01\.2\.02\.0001 is also used on row 7/ },
  },
  {
    name: "a 2-digit and a 4-digit form of the same sub kegiatan (1.06.01.2.02.01 and 1.06.01.2.02.0001)",
    family: "rencana",
    grid: renjaGrid("rencana", [kegiatan, { ...gaji, kode: "1.06.01.2.02.01" }, tugas, gaji]),
    errors: [{ at: 3, field: "kode", actual: "1.06.01.2.02.0001" }],
  },
  {
    name: "a program code used again for the next program (split kode)",
    family: "perubahan",
    grid: renjaGrid(
      "perubahan-pair",
      [
        { kode: ["1", "6", "1"], name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA" },
        { kode: ["1", "6", "1"], name: "PROGRAM PEMBERDAYAAN SOSIAL" },
      ],
      { splitKode: true },
    ),
    errors: [{ at: 1, field: "kode", actual: "1.06.01" }],
  },
  {
    name: "Tarakan: 1.06.01.2.06 (Administrasi Umum Perangkat Daerah) used again on the row PROGRAM PENANGANAN BENCANA",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase Layanan Penunjang", target: "100%" },
      { kode: "1.06.01.2.06", name: "Administrasi Umum Perangkat Daerah", indicator: "Jumlah layanan administrasi umum yang terlaksana", target: "5 Layanan" },
      { kode: "1.06.01.2.06.0001", name: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", indicator: "Jumlah Paket", target: "1 Paket", pagu: "25.000.000" },
      { kode: "1.06.01.2.06", name: "PROGRAM PENANGANAN BENCANA", indicator: "Persentase korban bencana yang tertangani", target: "100%" },
      { kode: "1.06.07.2.01", name: "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", indicator: "Jumlah orang", target: "50 Orang" },
      { kode: "1.06.07.2.01.0001", name: "Penyediaan Makanan", indicator: "Jumlah orang", target: "50 Orang", pagu: "50.000.000" },
    ]),
    errors: [{ at: 3, field: "kode", actual: "1.06.01.2.06" }],
  },
];

runRuleTests("kode-duplicate", "error", { valid, invalid });
