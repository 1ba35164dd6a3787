// missing-indicator: a program, kegiatan or sub kegiatan row without indicator text, on a level whose rows mostly have one.
import { renjaGrid, REPEAT_HEADER } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const program = { kode: "1.06.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase Layanan Penunjang Perangkat Daerah yang Terpenuhi", target: "100%" };
const kegiatan = { kode: "1.06.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", indicator: "Jumlah Layanan Administrasi Keuangan yang diselesaikan tepat waktu", target: "4 Layanan" };
const gaji = { kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", target: "312 Orang/Bulan", pagu: "3.379.675.000" };
const tugas = { kode: "1.06.01.2.02.0002", name: "Penyediaan Administrasi Pelaksanaan Tugas ASN", indicator: "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN", target: "4 Dokumen", pagu: "56.046.000" };
const laporan = { kode: "1.06.01.2.02.0003", name: "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD", indicator: "Jumlah Dokumen Penatausahaan", target: "12 Laporan", pagu: "100.000.000" };

const valid: ValidCase[] = [
  {
    name: "one indicator column per level (program, kegiatan, sub kegiatan): each row's indicator is in its own column",
    family: "rencana",
    grid: {
      name: "Tabel 3.1",
      rows: [
        ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Program (Outcome)", "Indikator Kegiatan (Output)", "Indikator Sub Kegiatan", "Target", "Pagu Indikatif (Rp)"],
        ["1.06.04", "PROGRAM REHABILITASI SOSIAL", "Persentase PMKS tertangani", null, null, "90%", "20.000.000"],
        ["1.06.04.2.01", "Rehabilitasi Sosial Dasar", null, "Jumlah PMKS terlayani", null, "20 Orang", "20.000.000"],
        ["1.06.04.2.01.0001", "Penyediaan Permakanan", null, null, "Jumlah orang mendapat permakanan", "10 Orang", "10.000.000"],
        ["1.06.04.2.01.0002", "Penyediaan Sandang", null, null, "Jumlah orang mendapat sandang", "10 Orang", "10.000.000"],
      ],
    },
  },
  {
    name: "urusan and bidang rows carry no indicator",
    family: "rencana",
    grid: renjaGrid("rencana", [{ kode: "1", name: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" }, { kode: "1.06", name: "URUSAN PEMERINTAHAN BIDANG SOSIAL" }, program, kegiatan, gaji, tugas]),
  },
  {
    name: "Dumai layout: program and kegiatan rows carry no indicator at all, only sub kegiatan do",
    family: "perubahan",
    grid: renjaGrid(
      "perubahan-pair",
      [
        { kode: ["1", "6", "1"], name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA" },
        { kode: ["1", "6", "1", "2,02"], name: "Administrasi Keuangan Perangkat Daerah", paguBefore: "4.313.940.860", paguAfter: "5.004.050.000", plus: "690.109.140" },
        { kode: ["1", "06", "01", "2.02", "01"], name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", targetBefore: "79 Orang/Bulan", targetAfter: "79 Orang/Bulan", paguBefore: "4.313.940.860", paguAfter: "5.004.050.000", plus: "690.109.140" },
      ],
      { splitKode: true },
    ),
  },
  {
    name: "an indicator wrapped onto a continuation row, and a repeated header",
    family: "rencana",
    grid: renjaGrid("rencana", [program, kegiatan, { ...gaji, indicator: null }, { indicator: "jumlah orang yang menerima gaji dan tunjangan ASN" }, REPEAT_HEADER, tugas]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: "one sub kegiatan of three without an indicator",
    family: "rencana",
    grid: renjaGrid("rencana", [program, kegiatan, gaji, { ...tugas, indicator: null }, laporan]),
    errors: [{ at: 3, field: "indicator" }],
    messages: { id: /Sub kegiatan 1\.06\.01\.2\.02\.0002 tidak memiliki indikator kinerja/, en: /Sub kegiatan \(sub-activity\) 1\.06\.01\.2\.02\.0002 has no performance indicator/ },
  },
  {
    name: "a program without an indicator where the other program has one",
    family: "rencana",
    grid: renjaGrid("rencana", [program, kegiatan, gaji, { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "", target: "100%" }, { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar", indicator: "Jumlah orang", target: "100 Orang" }]),
    errors: [{ at: 3, field: "indicator" }],
  },
  {
    name: "an evaluasi sub kegiatan with only blanks in its indicator",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [
      { kode: "1.06.04.2.01.0001", name: "Penyediaan Pemakanan", indicator: "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Pemakanan", targetK: "100 Orang" },
      { kode: "1.06.04.2.01.0002", name: "Penyediaan Sandang", indicator: "   ", targetK: "100 Orang" },
      { kode: "1.06.04.2.01.0003", name: "Penyediaan Alat Bantu", indicator: "Jumlah Orang yang Mendapatkan Alat Bantu", targetK: "100 Orang" },
    ]),
    errors: [{ at: 1, field: "indicator" }],
  },
];

runRuleTests("missing-indicator", "warning", { valid, invalid });
