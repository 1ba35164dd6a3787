// formula-mismatch: the numbering row's written formulas (`8= (7/6)`, `10=(5+7+9)`, `11=(10/4)`) must hold on every row.
import { renjaGrid, REPEAT_HEADER } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

type Row = [string, string, string, ...(string | null)[]];

/** Tarakan Tabel 1 rows (kegiatan 1.06.01.2.09 and its sub kegiatan), as printed. */
const KEGIATAN: Row = ["1.06.01.2.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "Jumlah aset/BMD yang dipelihara", "59 Unit", "59 Unit", "33 Unit", "32 Unit", "96,97%", "58 Unit", "149", "2,52%"];
const KENDARAAN: Row = ["1.06.01.2.09.01", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas", "Jumlah Kendaraan Perorangan Dinas yang Dipelihara", "10 Unit", "10 Unit", "8 Unit", "7 Unit", "87,50 %", "10 Unit", "27", "2,7%"];
const OPERASIONAL: Row = ["1.06.01.2.09.02", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional", "Jumlah Kendaraan Dinas Operasional yang Dipelihara", "8 Unit", "8 Unit", "8 Unit", "8 Unit", "100%", "8 Unit", "24", "3%"];
const MESIN: Row = ["1.06.01.2.09.06", "Pemeliharaan Peralatan dan Mesin Lainnya", "Jumlah Peralatan dan Mesin Lainnya yang Dipelihara", "40 Unit", "40 Unit", "17 Unit", "17 Unit", "100%", "18 Unit", "75", "1,87%"];
const tarakan = (...changes: [Row, number, string][]) =>
  [KEGIATAN, KENDARAAN, OPERASIONAL, MESIN].map((r) => {
    const row = [...r];
    for (const [target, i, v] of changes) if (target === r) row[i] = v;
    return row;
  });

const valid: ValidCase[] = [
  { name: "Tarakan rows that follow 8= (7/6), 10=(5+7+9) and 11=(10/4) (bare-ratio column K: 149/59 written 2,52%)", family: "evaluasi", grid: renjaGrid("formula", tarakan()) },
  {
    name: "13,66% agrees with 145 ÷ 1.062 = 13,6535 % (one unit in the last shown place)",
    family: "evaluasi",
    grid: renjaGrid("formula", [...tarakan(), ["1.06.04.2.01.0004", "Pemberian Pelayanan Reunifikasi Keluarga", "Jumlah Orang", "1.100 Orang", "7 Orang", "1.062 Orang", "145 Orang", "13,66%", "25 Orang", "177", "0,16%"]]),
  },
  {
    name: "a computed cell written - or left empty is not checked (auto-total fills it)",
    family: "evaluasi",
    grid: renjaGrid("formula", [...tarakan(), ["1.06.04.2.01.0002", "Penyediaan Sandang", "Jumlah Orang yang Menerima Pakaian", "-", "-", "-", "-", "-", "200 Orang", "200 Orang", "-"], ["1.06.04.2.01.0003", "Penyediaan Alat Bantu", "Jumlah Orang", "50 Orang", "-", "17 Orang / Kali", "17 Orang / Kali", null, "41 Orang", null, null]]),
  },
  {
    name: "repeated header rows and continuation rows are never findings",
    family: "evaluasi",
    grid: renjaGrid("formula", [KEGIATAN, KENDARAAN, REPEAT_HEADER, OPERASIONAL, { name: "atau Lapangan", indicator: "dan dibayarkan Pajak dan Perizinannya" }, MESIN]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: "Tarakan 1.06.01.2.09.02: 8 of 8 Unit written 2% where 8= (7/6) gives 100",
    family: "evaluasi",
    grid: renjaGrid("formula", tarakan([OPERASIONAL, 7, "2%"])),
    errors: [{ at: 2, field: "ratio", expected: "100", actual: "2" }],
    messages: { id: /Kolom 8 tidak memenuhi rumus tabel 8= \(7\/6\): tertulis 2, hasil rumus 100/, en: /Column 8 does not follow the table's formula 8= \(7\/6\): written 2, formula gives 100/ },
  },
  {
    name: "Tarakan 1.06.04.2.01: 265 of 305 written 85,33 % (86,89 %) and 935/335 written 9,35% in a bare-ratio column (2,79)",
    family: "evaluasi",
    grid: renjaGrid("formula", [
      ...tarakan(),
      ["1.06.04.2.01", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar", "Persentase Penyandang Disabilitas yang Terpenuhi Kebutuhan Dasarnya", "335 Orang", "335 Orang", "305 Orang", "265 Orang", "85,33 %", "335 Orang", "935", "9,35%"],
    ]),
    errors: [
      { at: 4, field: "ratio", expected: "86,89", actual: "85,33" },
      { at: 4, field: "capaianRenstra", expected: "2,79", actual: "9,35" },
    ],
  },
  {
    name: "10=(5+7+9): a cumulative realisation that is not the sum",
    family: "evaluasi",
    grid: renjaGrid("formula", tarakan([MESIN, 9, "57"], [MESIN, 10, "1,42%"])),
    errors: [{ at: 3, field: "cumulative", expected: "75", actual: "57" }],
  },
  {
    name: "formulas are read from a numbering row renumbered by a split kode (12= (11/10))",
    family: "evaluasi",
    grid: renjaGrid("formula", tarakan([OPERASIONAL, 7, "2%"]), { splitKode: true }),
    errors: [{ at: 2, field: "ratio", expected: "100", actual: "2" }],
  },
];

runRuleTests("formula-mismatch", "error", { valid, invalid });
