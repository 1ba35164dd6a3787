// header-not-found: no Renja table on the sheet gives one sheet-level finding (row 1, no column) that says what was looked for.
import type { Grid } from "../../../core/grid.js";
import { renjaGrid } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const row = { kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN" };
const notFound = { family: "unknown" as const, errors: [{ row: 1, field: null }] };

/** A Renja table below a few lines of report prose (BAB IV of a Renja document pasted into the sheet). */
const belowProse: Grid = {
  name: "BAB IV",
  rows: [
    ["BAB IV RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH"],
    ["Rencana kerja dan pendanaan Dinas Sosial tahun 2024 memuat program, kegiatan dan sub kegiatan beserta pagu indikatifnya."],
    [],
    ...renjaGrid("rencana", [{ ...row, target: "312 Orang/Bulan", pagu: "3.379.675.000" }]).rows.slice(2),
  ],
};

const valid: ValidCase[] = [
  { name: "rencana", family: "rencana", grid: renjaGrid("rencana", [{ ...row, target: "312 Orang/Bulan", pagu: "3.379.675.000" }]) },
  { name: "perubahan with split kode", family: "perubahan", grid: renjaGrid("perubahan-pair", [{ ...row, paguBefore: "100.000.000", paguAfter: "100.000.000" }], { splitKode: true }) },
  { name: "evaluasi", family: "evaluasi", grid: renjaGrid("evaluasi", [{ ...row, targetK: "26 Orang" }]) },
  { name: "evaluasi with written formulas", family: "evaluasi", grid: renjaGrid("formula", [[row.kode, row.name, row.indicator, "26 Orang", "25 Orang", "26 Orang", "26 Orang", "100,00 %", "312 Orang/bulan", "363", "13,96 %"]]) },
  { name: "a table below report prose", family: "rencana", grid: belowProse },
  { name: "a header with no data rows yet", family: "rencana", grid: renjaGrid("rencana", []) },
];

const invalid: InvalidCase[] = [
  { ...notFound, name: "an empty sheet", grid: { name: "Sheet1", rows: [] }, messages: { id: /^Tabel Renja tidak ditemukan di lembar ini\. Dicari baris judul kolom dengan: Kode, Program\/Kegiatan\/Sub Kegiatan/, en: /^No Renja table found on this sheet\. Looked for a header row with: Kode, Program\/Kegiatan\/Sub Kegiatan/ } },
  {
    ...notFound,
    name: "report prose only",
    grid: { rows: [["BAB II EVALUASI PELAKSANAAN RENJA TAHUN LALU"], ["Program dan kegiatan Dinas Sosial tahun 2023 terlaksana dengan capaian kinerja 57,56%."], ["Faktor pendorong: dukungan anggaran."]] },
  },
  {
    ...notFound,
    name: "a staff list (Nama | NIP | Jabatan | Golongan)",
    grid: { rows: [["Nama", "NIP", "Jabatan", "Golongan"], ["Dra. Siti Aminah", "196805121990032004", "Kepala Dinas", "IV/c"], ["Budi Santoso, S.Sos", "197502032005011003", "Sekretaris", "IV/a"]] },
  },
  {
    ...notFound,
    name: "a code list without any indicator or numeric column (Kode | Uraian | Keterangan)",
    grid: { rows: [["Kode", "Uraian", "Keterangan"], ["1.06.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Sekretariat"], ["1.06.04", "Program Rehabilitasi Sosial", "Bidang Rehsos"]] },
  },
];

runRuleTests("header-not-found", "error", { valid, invalid });
