// kode-malformed: a code that does not fit U.BB.PP.K.KK.SSSS; the nearest canonical code is given when it is unambiguous.
import { renjaGrid } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const valid: ValidCase[] = [
  {
    name: "one-cell codes of every level, a 2-digit sub kegiatan and a code followed by its name",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1", name: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" },
      { kode: "1.06", name: "URUSAN PEMERINTAHAN BIDANG SOSIAL" },
      { kode: "1.06.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase layanan", target: "100%" },
      { kode: "1.06.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", indicator: "Jumlah layanan", target: "4 Layanan" },
      { kode: "1.06.01.2.02.01", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang", target: "312 Orang/Bulan", pagu: "3.379.675.000" },
      { kode: "1.06.01.2.02.0002 - Penyediaan Administrasi Pelaksanaan Tugas ASN", indicator: "Jumlah Dokumen", target: "4 Dokumen", pagu: "56.046.000" },
    ]),
  },
  {
    name: "split codes as printed: 1 | 6 | 1 | 2,02, 1 | 6. | 01 | 2.0 1. | 0 6, and Excel numbers (kegiatan 2.1 → 2.10)",
    family: "perubahan",
    grid: renjaGrid(
      "perubahan-pair",
      [
        { kode: ["1", "6", "1", "2,02"], name: "Administrasi Keuangan Perangkat Daerah" },
        { kode: ["1", "6.", "01", "2.0 1.", "0 6"], name: "Koordinasi dan Penyusunan Laporan Capaian Kinerja", indicator: "Jumlah Laporan", targetBefore: "3 Laporan", targetAfter: "3 Laporan", paguBefore: "2.100.000", paguAfter: "2.100.000" },
        { kode: [1, 6, 1, 2.1, 6], name: "Penyediaan Jasa Pemeliharaan", indicator: "Jumlah Unit", targetBefore: "8 Unit", targetAfter: "8 Unit", paguBefore: "2.100.000", paguAfter: "2.100.000" },
      ],
      { splitKode: true },
    ),
  },
  {
    name: "codes written without urusan and bidang (01.2.01.01)",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "01", name: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", indicator: "Persentase Layanan", target: "100%" },
      { kode: "01.2.01", name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", indicator: "Jumlah Dokumen", target: "2 Dokumen" },
      { kode: "01.2.01.06", name: "Koordinasi dan Penyusunan Laporan Capaian Kinerja", indicator: "Jumlah Laporan", target: "2 Laporan", pagu: "3.926.440.000" },
    ]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: "Kutai Kartanegara: program row 01.06.07 (two-digit urusan), read as 1.06.07",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "01.06.07", name: "PROGRAM PENANGANAN BENCANA", indicator: "Persentase korban bencana yang tertangani", target: "100%" },
      { kode: "1.06.07.2.01", name: "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", indicator: "Jumlah orang", target: "50 Orang" },
      { kode: "1.06.07.2.01.0001", name: "Penyediaan Makanan", indicator: "Jumlah orang", target: "50 Orang", pagu: "50.000.000" },
    ]),
    errors: [{ at: 0, field: "kode", expected: "1.06.07", actual: "01.06.07" }],
    messages: { id: /Kode "01\.06\.07" tidak sesuai pola kode \(urusan ditulis dua digit\); dibaca sebagai 1\.06\.07/, en: /Code "01\.06\.07" does not fit the code pattern \(two-digit urusan\); read as 1\.06\.07/ },
  },
  {
    name: "Tarakan: 2.013.04 (three-digit bidang) and 2.13.04.2.01.0 (truncated sub kegiatan, no nearest code)",
    family: "evaluasi",
    grid: renjaGrid("formula", [
      ["2.013.04", "PROGRAM PENATAAN DESA", "Persentase desa yang tertata", "100%", "100%", "100%", "100%", "100%", "100%", null, null],
      ["2.13.04.2.01", "Penyelenggaraan Penataan Desa", "Jumlah desa", "4 Desa", "4 Desa", "4 Desa", "4 Desa", "100%", "4 Desa", null, null],
      ["2.13.04.2.01.0", "Fasilitasi Penataan Desa", "Jumlah dokumen", "4 Dokumen", "4 Dokumen", "4 Dokumen", "4 Dokumen", "100%", "4 Dokumen", null, null],
    ]),
    errors: [
      { at: 0, field: "kode", expected: "2.13.04", actual: "2.013.04" },
      { at: 2, field: "kode", expected: undefined, actual: "2.13.04.2.01.0" },
    ],
  },
  {
    name: "a kegiatan with lead digit 0 (1.06.04.0.01)",
    family: "rencana",
    grid: renjaGrid("rencana", [{ kode: "1.06.04.0.01", name: "Rehabilitasi Sosial Dasar", indicator: "Jumlah orang", target: "36 Orang", pagu: "100.000.000" }]),
    errors: [{ at: 0, field: "kode", actual: "1.06.04.0.01" }],
  },
  {
    name: "too many segments (1.06.04.2.01.0001.01)",
    family: "rencana",
    grid: renjaGrid("rencana", [{ kode: "1.06.04.2.01.0001.01", name: "Penyediaan Pemakanan", indicator: "Jumlah orang", target: "36 Orang", pagu: "100.000.000" }]),
    errors: [{ at: 0, field: "kode", actual: "1.06.04.2.01.0001.01" }],
  },
  {
    name: "a split code with kegiatan lead digit 0, reported on the first kode cell",
    family: "perubahan",
    grid: renjaGrid(
      "perubahan-pair",
      [
        { kode: ["1", "06", "01", "2.01"], name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah" },
        { kode: ["1", "06", "01", "0.01", "06"], name: "Koordinasi dan Penyusunan Laporan Capaian Kinerja", indicator: "Jumlah Laporan", targetBefore: "3 Laporan", targetAfter: "3 Laporan", paguBefore: "2.100.000", paguAfter: "2.100.000" },
      ],
      { splitKode: true },
    ),
    errors: [{ at: 1, field: "kode", actual: "1 | 06 | 01 | 0.01 | 06" }],
  },
];

runRuleTests("kode-malformed", "error", { valid, invalid });
