// negative-value: pagu, realisation and target may not be negative; change columns may.
import { renjaGrid } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const sub = { kode: "1.06.01.2.01.0001", name: "Penyusunan Dokumen Perencanaan Perangkat Daerah", indicator: "Jumlah Dokumen Perencanaan Perangkat Daerah" };

const valid: ValidCase[] = [
  {
    name: "decreases in a signed change column: (35.000.000) and -35.000.000",
    family: "perubahan",
    grid: renjaGrid("perubahan", [
      { ...sub, targetBefore: "6 Dokumen", targetAfter: "5 Dokumen", paguBefore: "200.000.000,00", paguAfter: "165.000.000,00", change: "(35.000.000)" },
      { ...sub, kode: "1.06.01.2.01.0006", targetBefore: "12 Laporan", targetAfter: "12 Laporan", paguBefore: "100.000.000", paguAfter: "65.000.000", change: "-35.000.000" },
    ]),
  },
  { name: "a lone - and zero are not negative", family: "rencana", grid: renjaGrid("rencana", [{ ...sub, target: "0 Dokumen", pagu: "-", paguMaju: "0" }]) },
  { name: "Rp.27.649.042.320,- is a positive amount (the trailing ,- is not a sign)", family: "rencana", grid: renjaGrid("rencana", [{ ...sub, target: "36 Dokumen", pagu: "Rp.27.649.042.320,-" }]) },
  { name: "a range-like or hyphenated target text is not a negative number", family: "rencana", grid: renjaGrid("rencana", [{ ...sub, target: "Cepat Berkembang", pagu: "250.000.000" }]) },
];

const invalid: InvalidCase[] = [
  {
    name: "a pagu written as a decrease (35.000.000)",
    family: "rencana",
    grid: renjaGrid("rencana", [{ ...sub, target: "6 Dokumen", pagu: "(35.000.000)" }]),
    errors: [{ at: 0, field: "pagu", actual: "-35.000.000" }],
    messages: { id: /bernilai negatif \(-35\.000\.000\); nilai ini tidak boleh negatif/, en: /is negative \(-35,000,000\); it may not be negative/ },
  },
  {
    name: "a negative pagu sesudah perubahan (Excel number) in a perubahan table",
    family: "perubahan",
    grid: renjaGrid("perubahan", [{ ...sub, targetBefore: "6 Dokumen", targetAfter: "5 Dokumen", paguBefore: 200000000, paguAfter: -165000000, change: -365000000 }]),
    errors: [{ at: 0, field: "paguAfter", actual: "-165.000.000" }],
  },
  {
    name: "a negative realisation Rp and a negative target K in an evaluasi table",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [{ ...sub, targetK: "-5 Dokumen", targetRp: "100.000.000", realRp: "-44.200.000" }]),
    errors: [
      { at: 0, field: "targetK", actual: "-5" },
      { at: 0, field: "realRp", actual: "-44.200.000" },
    ],
  },
  {
    name: "a negative berkurang in the bertambah/berkurang pair (both columns are positive)",
    family: "perubahan",
    grid: renjaGrid("perubahan-pair", [{ ...sub, targetBefore: "6 Dokumen", targetAfter: "5 Dokumen", paguBefore: "20.000.000", paguAfter: "10.000.000", minus: "-10.000.000" }]),
    errors: [{ at: 0, field: "minus", actual: "-10.000.000" }],
  },
];

runRuleTests("negative-value", "error", { valid, invalid });
