// predikat-mismatch: a stated predikat must be the band its capaian (K) falls in; the Sangat Baik … Sangat Kurang scale is accepted.
import { renjaGrid } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

let n = 0;
/** A sub kegiatan rated on its kinerja capaian (the realisation columns are left out: only the stated % is rated). */
const rated = (capaianK: string, predikat: string, capaianRp: string | null = null) => ({
  kode: `1.06.04.2.01.${String(++n).padStart(4, "0")}`,
  name: "Penyediaan Pemakanan",
  indicator: "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Pemakanan",
  capaianK,
  capaianRp,
  predikat,
});

const valid: ValidCase[] = [
  {
    name: "each default band at and around its lower bound (91, 76, 66, 51)",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [
      rated("100,00 %", "Sangat Tinggi"),
      rated("91,00%", "Sangat Tinggi"),
      rated("90,99%", "Tinggi"),
      rated("76%", "Tinggi"),
      rated("75,99%", "Sedang"),
      rated("66,00%", "Sedang"),
      rated("51,00%", "Rendah"),
      rated("50,99%", "Sangat Rendah"),
      rated("0,00%", "Sangat Rendah"),
    ]),
  },
  { name: "above 100 % is Sangat Tinggi (892%)", family: "evaluasi", grid: renjaGrid("evaluasi", [rated("892%", "Sangat Tinggi")]) },
  { name: "labels compared without case or spacing", family: "evaluasi", grid: renjaGrid("evaluasi", [rated("57,56%", "RENDAH"), rated("45,00%", "sangat  rendah")]) },
  {
    name: "the Sangat Baik / Baik / Cukup / Kurang / Sangat Kurang scale is accepted at the same band",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [rated("100,00%", "Sangat Baik"), rated("85,00%", "Baik"), rated("70%", "Cukup"), rated("57,56%", "Kurang"), rated("33,00%", "Sangat Kurang")]),
  },
  { name: "the kinerja capaian is rated, not the Rp one next to it", family: "evaluasi", grid: renjaGrid("evaluasi", [rated("100,00%", "Sangat Tinggi", "44,20%")]) },
  { name: "an empty predikat or capaian cell is not rated", family: "evaluasi", grid: renjaGrid("evaluasi", [rated("45,00%", ""), rated("-", "Sangat Tinggi")]) },
  {
    name: "footer: Predikat Kinerja under the Rata-rata capaian kinerja row",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [rated("57,56%", "Rendah"), { name: "Rata-Rata Capaian Kinerja (%)", capaianK: "57,56%" }, { name: "Predikat Kinerja", capaianK: "Rendah" }]),
  },
  {
    name: "a capaian typed wrong (9,62% for 96,25%) under a predikat right for the row's figures: the capaian is ratio-mismatch's, the predikat stands",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [{ ...rated("9,62%", "Sangat Tinggi"), targetK: "4000 Orang", realK: "3850 Orang" }]),
  },
  {
    name: "capaian written as bare fractions (0,9625) in a column that writes them so: rated as 96,25 %",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [
      { ...rated("0,9625", "Sangat Tinggi"), targetK: "4000 Orang", realK: "3850 Orang" },
      { ...rated("0,5", "Sangat Rendah"), targetK: "100 Orang", realK: "50 Orang" },
    ]),
  },
  {
    name: "configured bands and labels",
    family: "evaluasi",
    options: { predikatBands: [{ min: 90, label: "Memuaskan" }, { min: 0, label: "Belum Memuaskan" }] },
    grid: renjaGrid("evaluasi", [rated("95%", "Memuaskan"), rated("89,99%", "Belum Memuaskan")]),
  },
];

const invalid: InvalidCase[] = [
  {
    name: "Bengkalis T-C.29: Sangat Buruk next to 100,00 %",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [rated("100,00 %", "Sangat Buruk")]),
    errors: [{ at: 0, field: "predikat", expected: "Sangat Tinggi", actual: "Sangat Buruk" }],
    messages: { id: /Predikat tertulis "Sangat Buruk", padahal capaian 100% berpredikat "Sangat Tinggi"/, en: /Rating written "Sangat Buruk", but an achievement of 100% rates "Sangat Tinggi"/ },
  },
  {
    name: "one band too high at each bound (90,99% Sangat Tinggi, 50,99% Rendah)",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [rated("90,99%", "Sangat Tinggi"), rated("50,99%", "Rendah")]),
    errors: [
      { at: 0, field: "predikat", expected: "Tinggi", actual: "Sangat Tinggi" },
      { at: 1, field: "predikat", expected: "Sangat Rendah", actual: "Rendah" },
    ],
  },
  {
    name: "rated by the Rp capaian instead of the kinerja one",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [rated("45,00%", "Sangat Tinggi", "100,00%")]),
    errors: [{ at: 0, field: "predikat", expected: "Sangat Rendah", actual: "Sangat Tinggi" }],
  },
  {
    name: "a Sangat Baik label in the wrong band (Baik at 100 %)",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [rated("100,00%", "Baik")]),
    errors: [{ at: 0, field: "predikat", expected: "Sangat Tinggi", actual: "Baik" }],
  },
  {
    name: "footer: Predikat Kinerja Tinggi under an average of 57,56 %",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [rated("57,56%", "Rendah"), { name: "Rata-Rata Capaian Kinerja (%)", capaianK: "57,56%" }, { name: "Predikat Kinerja", capaianK: "Tinggi" }]),
    errors: [{ at: 2, field: "capaianK", expected: "Rendah", actual: "Tinggi" }],
  },
  {
    name: "configured bands: the label of another band",
    family: "evaluasi",
    options: { predikatBands: [{ min: 90, label: "Memuaskan" }, { min: 0, label: "Belum Memuaskan" }] },
    grid: renjaGrid("evaluasi", [rated("89,99%", "Memuaskan")]),
    errors: [{ at: 0, field: "predikat", expected: "Belum Memuaskan", actual: "Memuaskan" }],
  },
];

runRuleTests("predikat-mismatch", "warning", { valid, invalid });
