// delta-mismatch: bertambah/berkurang must equal sesudah − sebelum (bertambah − berkurang with two columns); a lone "-" is zero.
import { renjaGrid } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const sub = (kode: string, name: string, before: string, after: string) => ({
  kode,
  name,
  indicator: "Jumlah Dokumen Perencanaan Perangkat Daerah",
  targetBefore: "6 Dokumen",
  targetAfter: "5 Dokumen",
  paguBefore: before,
  paguAfter: after,
});

const valid: ValidCase[] = [
  {
    name: "signed change column: (35.000.000), -35.000.000, 1.613.740.518,00 and - when before = after (Kutai Kartanegara APBD-P)",
    family: "perubahan",
    grid: renjaGrid("perubahan", [
      { ...sub("1.06.01.2.01.01", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "200.000.000,00", "165.000.000,00"), change: "(35.000.000)" },
      { ...sub("1.06.01.2.01.06", "Koordinasi dan Penyusunan Laporan Capaian Kinerja", "100.000.000,00", "65.000.000,00"), change: "-35.000.000" },
      { ...sub("1.06.01.2.01.07", "Evaluasi Kinerja Perangkat Daerah", "200.000.000,00", "200.000.000,00"), change: "-" },
      { ...sub("1.06.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN", "21.437.197.857,00", "23.050.938.375,00"), change: "1.613.740.518,00" },
    ]),
  },
  {
    name: "a row that writes nothing in its change cells states no change to check",
    family: "perubahan",
    grid: renjaGrid("perubahan", [{ ...sub("1.06.01.2.01.01", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "200.000.000", "165.000.000"), change: null }]),
  },
  {
    name: "bertambah and berkurang pair, both positive (Dumai Tabel 3.1, split kode)",
    family: "perubahan",
    grid: renjaGrid(
      "perubahan-pair",
      [
        { ...sub("1.06.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN", "4.313.940.860", "5.004.050.000"), plus: "690.109.140" },
        { ...sub("1.06.01.2.06.02", "Penyediaan Peralatan dan Perlengkapan Kantor", "20.000.000", "10.000.000"), minus: "10.000.000" },
        { ...sub("1.06.01.2.01.07", "Evaluasi Kinerja Perangkat Daerah", "2.100.000", "2.100.000"), plus: "-", minus: "-" },
      ],
      { splitKode: true },
    ),
  },
  {
    name: "sheets that keep money as numbers (Excel cells)",
    family: "perubahan",
    grid: renjaGrid("perubahan", [{ ...sub("1.06.01.2.01.01", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "0", "0"), paguBefore: 500000000, paguAfter: 465000000, change: -35000000 }]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: "Dumai: Penyediaan Jasa Peralatan dan Perlengkapan Kantor from 20.000.000 to 10.000.000 with a change of -",
    family: "perubahan",
    grid: renjaGrid("perubahan-pair", [{ ...sub("1.06.01.2.08.02", "Penyediaan Jasa Peralatan dan Perlengkapan Kantor", "20.000.000", "10.000.000"), plus: "-", minus: "-" }], { splitKode: true }),
    errors: [{ at: 0, field: "minus", expected: "-10.000.000", actual: "0" }],
    messages: { id: /Perubahan tidak sesuai: sesudah \(10\.000\.000\) − sebelum \(20\.000\.000\) = -10\.000\.000, tertulis 0/, en: /Change does not match: after \(10,000,000\) − before \(20,000,000\) = -10,000,000, written 0/ },
  },
  {
    name: "the same mistake in a signed change column",
    family: "perubahan",
    grid: renjaGrid("perubahan", [{ ...sub("1.06.01.2.08.02", "Penyediaan Jasa Peralatan dan Perlengkapan Kantor", "20.000.000", "10.000.000"), change: "-" }]),
    errors: [{ at: 0, field: "change", expected: "-10.000.000", actual: "0" }],
  },
  {
    name: "a decrease written as an increase (35.000.000 where (35.000.000) was meant)",
    family: "perubahan",
    grid: renjaGrid("perubahan", [{ ...sub("1.06.01.2.01.01", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "500.000.000,00", "465.000.000,00"), change: "35.000.000" }]),
    errors: [{ at: 0, field: "change", expected: "-35.000.000", actual: "35.000.000" }],
  },
  {
    name: "a decrease put in the bertambah column of the pair is reported on berkurang",
    family: "perubahan",
    grid: renjaGrid("perubahan-pair", [{ ...sub("1.06.01.2.01.01", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "500.000.000", "465.000.000"), plus: "35.000.000" }]),
    errors: [{ at: 0, field: "minus", expected: "-35.000.000", actual: "35.000.000" }],
  },
  {
    name: "an increase that does not match on a parent row (change columns are checked on every row)",
    family: "perubahan",
    grid: renjaGrid("perubahan-pair", [
      { kode: "1.06.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", paguBefore: "4.313.940.860", paguAfter: "5.004.050.000", plus: "609.109.140" },
      { ...sub("1.06.01.2.02.01", "Penyediaan Gaji dan Tunjangan ASN", "4.313.940.860", "5.004.050.000"), plus: "690.109.140" },
    ]),
    errors: [{ at: 0, field: "plus", expected: "690.109.140", actual: "609.109.140" }],
  },
];

runRuleTests("delta-mismatch", "error", { valid, invalid });
