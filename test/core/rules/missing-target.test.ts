// missing-target: an indicator without a target in any of the table's target columns (a lone "-" is no target).
import { renjaGrid } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const gaji = { kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", pagu: "3.379.675.000" };

const valid: ValidCase[] = [
  { name: "targets with units and percentages (36 Dokumen, 312 Orang/Bulan, 100%)", family: "rencana", grid: renjaGrid("rencana", [{ ...gaji, target: "312 Orang/Bulan" }, { ...gaji, kode: "1.06.01.2.02.0002", target: "36 Dokumen" }, { ...gaji, kode: "1.06.01.2.02.0003", target: "100%" }]) },
  { name: "qualitative and non-quantity targets (Cepat Berkembang, 390;320 Jenis/710 item)", family: "rencana", grid: renjaGrid("rencana", [{ ...gaji, target: "Cepat Berkembang" }, { ...gaji, kode: "1.06.01.2.02.0002", target: "390;320 Jenis/710 item" }]) },
  { name: "a target only in prakiraan maju", family: "rencana", grid: renjaGrid("rencana", [{ ...gaji, target: null, targetMaju: "79 Orang/Bulan" }]) },
  { name: "a row without an indicator needs no target", family: "rencana", grid: renjaGrid("rencana", [{ kode: "1.06", name: "URUSAN PEMERINTAHAN BIDANG SOSIAL", pagu: "3.379.675.000" }, { ...gaji, target: "79 Orang/Bulan" }]) },
  { name: "perubahan: a target before the change only", family: "perubahan", grid: renjaGrid("perubahan", [{ ...gaji, targetBefore: "6 Dokumen", targetAfter: null, paguBefore: "200.000.000", paguAfter: "0", change: "(200.000.000)" }]) },
];

const invalid: InvalidCase[] = [
  {
    name: "an indicator with an empty target",
    family: "rencana",
    grid: renjaGrid("rencana", [{ ...gaji, target: "312 Orang/Bulan" }, { ...gaji, kode: "1.06.01.2.02.0002", name: "Penyediaan Administrasi Pelaksanaan Tugas ASN", indicator: "Jumlah Dokumen", target: null }]),
    errors: [{ at: 1, field: "target" }],
    messages: { id: /Indikator sub kegiatan 1\.06\.01\.2\.02\.0002 tidak memiliki target/, en: /The indicator of sub kegiatan \(sub-activity\) 1\.06\.01\.2\.02\.0002 has no target/ },
  },
  {
    name: "a lone - is no target",
    family: "rencana",
    grid: renjaGrid("rencana", [{ ...gaji, target: "-" }]),
    errors: [{ at: 0, field: "target" }],
  },
  {
    name: "perubahan: no target before or after, reported on the target after the change",
    family: "perubahan",
    grid: renjaGrid("perubahan", [{ ...gaji, targetBefore: "", targetAfter: "-", paguBefore: "11.482.027.460,00", paguAfter: "11.482.027.460,00", change: "-" }]),
    errors: [{ at: 0, field: "targetAfter" }],
  },
  {
    name: "evaluasi: a program indicator with neither target K nor any other target",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [{ kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase PMKS yang tertangani", targetRp: "805.000.000" }]),
    errors: [{ at: 0, field: "targetK" }],
  },
];

runRuleTests("missing-target", "warning", { valid, invalid });
