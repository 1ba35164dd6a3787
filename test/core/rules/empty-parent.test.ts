// empty-parent: a program or kegiatan with no children, where the table lists rows of the level below (info, row-level).
import { renjaGrid, REPEAT_HEADER } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const penunjang = { kode: "1.06.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase Layanan Penunjang", target: "100%" };
const keuangan = { kode: "1.06.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", indicator: "Jumlah layanan", target: "4 Layanan" };
const gaji = { kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang", target: "312 Orang/Bulan", pagu: "3.379.675.000" };
const bencana = { kode: "1.06.07", name: "PROGRAM PENANGANAN BENCANA", indicator: "Persentase korban bencana yang tertangani", target: "100%" };

const valid: ValidCase[] = [
  { name: "every program and kegiatan has children", family: "rencana", grid: renjaGrid("rencana", [penunjang, keuangan, gaji]) },
  { name: "a table that stops at kegiatan (no sub kegiatan level at all)", family: "rencana", grid: renjaGrid("rencana", [penunjang, { ...keuangan, pagu: "3.435.721.000" }, { ...keuangan, kode: "1.06.01.2.01", name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", pagu: "250.000.000" }]) },
  { name: "a continuation row and a repeated header between a program and its kegiatan", family: "rencana", grid: renjaGrid("rencana", [penunjang, { name: "dan Pemberdayaan Masyarakat" }, REPEAT_HEADER, keuangan, gaji]) },
  { name: "urusan and bidang rows are not checked", family: "rencana", grid: renjaGrid("rencana", [{ kode: "1.06", name: "URUSAN PEMERINTAHAN BIDANG SOSIAL" }, { kode: "2.13", name: "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN MASYARAKAT DAN DESA" }, penunjang, keuangan, gaji]) },
];

const invalid: InvalidCase[] = [
  {
    name: "a program with no kegiatan",
    family: "rencana",
    grid: renjaGrid("rencana", [penunjang, keuangan, gaji, bencana]),
    errors: [{ at: 3, field: null }],
    messages: { id: /Program 1\.06\.07 tidak memiliki kegiatan/, en: /Program 1\.06\.07 has no kegiatan \(activity\) rows/ },
  },
  {
    name: "a kegiatan with no sub kegiatan, followed by the next kegiatan",
    family: "perubahan",
    grid: renjaGrid(
      "perubahan-pair",
      [
        { kode: ["1", "6", "1"], name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA" },
        { kode: ["1", "6", "1", "2,01"], name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah" },
        { kode: ["1", "6", "1", "2,02"], name: "Administrasi Keuangan Perangkat Daerah" },
        { kode: ["1", "06", "01", "2.02", "01"], name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang", targetBefore: "79 Orang/Bulan", targetAfter: "79 Orang/Bulan", paguBefore: "4.313.940.860", paguAfter: "5.004.050.000", plus: "690.109.140" },
      ],
      { splitKode: true },
    ),
    errors: [{ at: 1, field: null }],
  },
];

runRuleTests("empty-parent", "info", { valid, invalid });
