// not-a-number: a numeric column holding text that is not a number (`418.441,900,00`, `#REF!`) is reported, never read as zero.
import { renjaGrid, REPEAT_HEADER } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const sub = { kode: "1.06.04.2.01.0001", name: "Penyediaan Pemakanan", indicator: "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Pemakanan" };

const valid: ValidCase[] = [
  {
    name: "a target that is no single quantity stays text (domain §10): 1.5.2 Dokumen, 5, and 390;320 Jenis/710 item",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.04.2.01.0001", name: "Penyediaan Permakanan", indicator: "Jumlah dokumen", target: "1.5.2 Dokumen", pagu: "1.000.000" },
      { kode: "1.06.04.2.01.0002", name: "Penyediaan Sandang", indicator: "Jumlah orang", target: "5,", pagu: "1.000.000" },
      { kode: "1.06.04.2.01.0003", name: "Penyediaan Alat Bantu", indicator: "Jumlah jenis", target: "390;320 Jenis/710 item", pagu: "1.000.000" },
    ]),
  },
  {
    name: "money forms sheets use: 27.649.042.320, 60.422.029.520,00, 4,197,049,000, Rp.27.649.042.320,-, (35.000.000), -",
    family: "perubahan",
    grid: renjaGrid("perubahan", [
      { ...sub, targetBefore: "36 Dokumen", targetAfter: "36 Dokumen", paguBefore: "27.649.042.320", paguAfter: "Rp.27.649.042.320,-", change: "-" },
      { ...sub, kode: "1.06.04.2.01.0002", targetBefore: "312 Orang/Bulan", targetAfter: "8.152 Keluarga", paguBefore: "60.422.029.520,00", paguAfter: "60.387.029.520,00", change: "(35.000.000)" },
    ]),
  },
  { name: "English-convention money 4,197,049,000 and 50,000,000.00", family: "rencana", grid: renjaGrid("rencana", [{ ...sub, target: "100 Orang", pagu: "4,197,049,000", paguMaju: "50,000,000.00" }]) },
  {
    name: "targets that are text, not quantities (Cepat Berkembang, 390;320 Jenis/710 item, 62,00 / B)",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { ...sub, target: "Cepat Berkembang", pagu: "100.000.000" },
      { ...sub, kode: "1.06.04.2.01.0002", target: "390;320 Jenis/710 item", pagu: "100.000.000" },
      { ...sub, kode: "1.06.04.2.01.0003", target: "62,00 / B", pagu: "100.000.000" },
    ]),
  },
  { name: "percentages 57,56%, 100 %, 0,00%, 892%", family: "evaluasi", grid: renjaGrid("evaluasi", [{ ...sub, capaianK: "57,56%", capaianRp: "100 %" }, { ...sub, kode: "1.06.04.2.01.0002", capaianK: "0,00%", capaianRp: "892%" }]) },
  { name: "repeated header rows are never findings", family: "rencana", grid: renjaGrid("rencana", [{ ...sub, target: "100 Orang", pagu: "100.000.000" }, REPEAT_HEADER, { ...sub, kode: "1.06.04.2.01.0002", target: "100 Orang", pagu: "30.000.000" }]) },
];

const invalid: InvalidCase[] = [
  {
    name: "418.441,900,00: two decimal commas",
    family: "rencana",
    grid: renjaGrid("rencana", [{ ...sub, target: "100 Orang", pagu: "418.441,900,00" }]),
    errors: [{ at: 0, field: "pagu", actual: "418.441,900,00" }],
    messages: { id: /berisi "418\.441,900,00" yang bukan angka yang sah/, en: /holds "418\.441,900,00", which is not a valid number/ },
  },
  {
    name: "#REF! in a realisation Rp and #DIV/0! in a capaian",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [{ ...sub, targetK: "100 Orang", targetRp: "100.000.000", realK: "45 Orang", realRp: "#REF!", capaianK: "45,00%", capaianRp: "#DIV/0!" }]),
    errors: [
      { at: 0, field: "realRp", actual: "#REF!" },
      { at: 0, field: "capaianRp", actual: "#DIV/0!" },
    ],
  },
  {
    name: "0.000.000.000.00 in a pagu sebelum perubahan",
    family: "perubahan",
    grid: renjaGrid("perubahan", [{ ...sub, targetBefore: "100 Orang", targetAfter: "100 Orang", paguBefore: "0.000.000.000.00", paguAfter: "100.000.000" }]),
    errors: [{ at: 0, field: "paguBefore", actual: "0.000.000.000.00" }],
  },
  {
    name: "an unreadable parent total is reported on the parent, not hidden by the auto-total",
    family: "rencana",
    grid: renjaGrid("rencana", [
      { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar", indicator: "Jumlah orang", target: "200 Orang", pagu: "#VALUE!" },
      { ...sub, target: "100 Orang", pagu: "100.000.000" },
    ]),
    errors: [{ at: 0, field: "pagu", actual: "#VALUE!" }],
  },
];

runRuleTests("not-a-number", "error", { valid, invalid });
