// level-name-mismatch: the name says PROGRAM / KEGIATAN / URUSAN but the code is of another level.
import { renjaGrid } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

/** A formula-preset row (Tarakan Tabel 1 shape) with the same K in every target/realisation cell. */
const tarakan = (kode: string, name: string, indicator: string, k: string) => [kode, name, indicator, k, k, k, k, "100%", k, null, null];

const valid: ValidCase[] = [
  {
    name: "names that announce the level their code has (URUSAN, URUSAN PEMERINTAHAN BIDANG, PROGRAM, KEGIATAN, SUB KEGIATAN)",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1", name: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" },
      { kode: "1.06", name: "URUSAN PEMERINTAHAN BIDANG SOSIAL" },
      { kode: "1.06.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase layanan", target: "100%" },
      { kode: "1.06.01.2.01", name: "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", indicator: "Jumlah dokumen", target: "7 Dokumen" },
      { kode: "1.06.01.2.01.0001", name: "Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah", indicator: "Jumlah dokumen", target: "2 Dokumen", pagu: "250.000.000" },
    ]),
  },
  {
    name: "names that announce no level (Penyediaan …, Administrasi …)",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", indicator: "Jumlah layanan", target: "4 Layanan" },
      { kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang", target: "312 Orang/Bulan", pagu: "3.379.675.000" },
      { kode: "1.06.01.2.02.0002", name: "Penyediaan Administrasi Pelaksanaan Tugas ASN", indicator: "Jumlah Dokumen", target: "4 Dokumen", pagu: "56.046.000" },
    ]),
  },
  {
    name: "a split-kode program row named in the Dumai way",
    family: "perubahan",
    grid: renjaGrid("perubahan-pair", [{ kode: ["1", "6", "1"], name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA" }], { splitKode: true }),
  },
];

const invalid: InvalidCase[] = [
  {
    name: "Tarakan: 1.06.01.2.06 (a kegiatan code) on the row named PROGRAM PENANGANAN BENCANA",
    family: "evaluasi",
    grid: renjaGrid("formula", [
      tarakan("1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "Persentase Layanan Penunjang", "100%"),
      tarakan("1.06.01.2.06", "Administrasi Umum Perangkat Daerah", "Jumlah layanan administrasi umum yang terlaksana", "5 Layanan"),
      tarakan("1.06.01.2.06.0001", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Jumlah Paket", "1 Paket"),
      tarakan("1.06.01.2.06", "PROGRAM PENANGANAN BENCANA", "Persentase korban bencana yang tertangani", "100%"),
      tarakan("1.06.07.2.01", "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", "Jumlah orang", "50 Orang"),
      tarakan("1.06.07.2.01.0001", "Penyediaan Makanan", "Jumlah orang", "50 Orang"),
    ]),
    errors: [{ at: 3, field: "kode", expected: "program", actual: "kegiatan" }],
    messages: { id: /Nama menyebut PROGRAM, tetapi kode 1\.06\.01\.2\.06 adalah kode kegiatan/, en: /The name says PROGRAM, but code 1\.06\.01\.2\.06 is a kegiatan \(activity\) code/ },
  },
  {
    name: "a sub kegiatan code on a row named KEGIATAN",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase PMKS", target: "100%" },
      { kode: "1.06.04.2.01.0001", name: "KEGIATAN REHABILITASI SOSIAL DASAR PENYANDANG DISABILITAS TERLANTAR", indicator: "Jumlah orang", target: "100 Orang" },
      { kode: "1.06.04.2.01.0002", name: "Penyediaan Pemakanan", indicator: "Jumlah orang", target: "100 Orang", pagu: "100.000.000" },
    ]),
    errors: [{ at: 1, field: "kode", expected: "kegiatan", actual: "sub kegiatan" }],
  },
  {
    name: "a program code on a row named URUSAN",
    family: "rencana",
    grid: renjaGrid("rencana", [{ kode: "1.06.01", name: "URUSAN PEMERINTAHAN BIDANG SOSIAL", indicator: "Persentase layanan", target: "100%" }]),
    errors: [{ at: 0, field: "kode", expected: "bidang urusan", actual: "program" }],
  },
];

runRuleTests("level-name-mismatch", "warning", { valid, invalid });
