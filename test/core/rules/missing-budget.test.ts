// missing-budget: a sub kegiatan without pagu, in a table whose sub kegiatan mostly have one.
import { renjaGrid, REPEAT_HEADER } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const kegiatan = { kode: "1.06.01.2.01", name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", indicator: "Jumlah dokumen", target: "7 Dokumen" };
const sub = (n: number, pagu: string | number | null) => ({ kode: `1.06.01.2.01.000${n}`, name: `Penyusunan Dokumen Perencanaan Perangkat Daerah ${n}`, indicator: "Jumlah Dokumen Perencanaan Perangkat Daerah", target: "2 Dokumen", pagu });

const valid: ValidCase[] = [
  { name: "program and kegiatan rows may leave pagu to auto-total", family: "rencana", grid: renjaGrid("rencana", [{ kode: "1.06.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase layanan", target: "100%" }, kegiatan, sub(1, "Rp 250.000.000"), sub(2, 150000000)]) },
  { name: "a table whose sub kegiatan mostly carry no pagu (a kinerja-only listing)", family: "rencana", grid: renjaGrid("rencana", [kegiatan, sub(1, null), sub(2, null), sub(3, "100.000.000")]) },
  {
    name: "perubahan: a sub kegiatan with a pagu before the change only",
    family: "perubahan",
    grid: renjaGrid("perubahan", [
      { ...sub(1, null), targetBefore: "6 Dokumen", targetAfter: "5 Dokumen", paguBefore: "200.000.000,00", paguAfter: "165.000.000,00", change: "(35.000.000)" },
      { ...sub(2, null), targetBefore: "2 Dokumen", targetAfter: null, paguBefore: "35.000.000", paguAfter: null, change: "(35.000.000)" },
    ]),
  },
  { name: "repeated header rows are not sub kegiatan", family: "rencana", grid: renjaGrid("rencana", [kegiatan, sub(1, "250.000.000"), REPEAT_HEADER, sub(2, "150.000.000")]) },
];

const invalid: InvalidCase[] = [
  {
    name: "one sub kegiatan of three without pagu",
    family: "rencana",
    grid: renjaGrid("rencana", [kegiatan, sub(1, "250.000.000"), sub(2, null), sub(3, "150.000.000")]),
    errors: [{ at: 2, field: "pagu" }],
    messages: { id: /Sub kegiatan 1\.06\.01\.2\.01\.0002 tidak memiliki pagu/, en: /Sub kegiatan 1\.06\.01\.2\.01\.0002 has no budget/ },
  },
  {
    name: "a pagu written - counts as none",
    family: "rencana",
    grid: renjaGrid("rencana", [kegiatan, sub(1, "250.000.000"), sub(2, "-")]),
    errors: [{ at: 2, field: "pagu" }],
  },
  {
    name: "perubahan: neither before nor after, reported on the pagu after the change (split kode)",
    family: "perubahan",
    grid: renjaGrid(
      "perubahan-pair",
      [
        { ...sub(1, null), targetBefore: "3 Laporan", targetAfter: "3 Laporan", paguBefore: "2.100.000", paguAfter: "2.100.000" },
        { ...sub(2, null), targetBefore: "3 Laporan", targetAfter: "3 Laporan" },
      ],
      { splitKode: true },
    ),
    errors: [{ at: 1, field: "paguAfter" }],
  },
];

runRuleTests("missing-budget", "warning", { valid, invalid });
