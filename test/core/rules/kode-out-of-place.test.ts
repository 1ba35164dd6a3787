// kode-out-of-place: a row that sits under a parent that is not its code's parent.
import { renjaGrid, REPEAT_HEADER } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

const program = { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase PMKS yang tertangani", target: "100%" };
const disabilitas = { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", indicator: "Jumlah orang", target: "100 Orang" };
const pemakanan = { kode: "1.06.04.2.01.0001", name: "Penyediaan Pemakanan", indicator: "Jumlah orang", target: "100 Orang", pagu: "100.000.000" };
const alatBantu = { kode: "1.06.04.2.01.0002", name: "Penyediaan Alat Bantu", indicator: "Jumlah orang", target: "100 Orang", pagu: "100.000.000" };
const anak = { kode: "1.06.04.2.02", name: "Rehabilitasi Sosial Dasar Anak Terlantar", indicator: "Jumlah anak", target: "50 Orang" };
const sandang = { kode: "1.06.04.2.02.0001", name: "Penyediaan Sandang", indicator: "Jumlah anak", target: "50 Orang", pagu: "30.000.000" };

const valid: ValidCase[] = [
  { name: "every sub kegiatan right under its kegiatan", family: "rencana", grid: renjaGrid("rencana", [program, disabilitas, pemakanan, alatBantu, anak, sandang]) },
  { name: "a repeated header and a continuation row inside a block", family: "rencana", grid: renjaGrid("rencana", [program, disabilitas, pemakanan, { name: "sesuai dengan standar gizi minimal" }, REPEAT_HEADER, alatBantu, anak, sandang]) },
  { name: "an orphan is kode-orphan, not out of place (its parent has no row at all)", family: "rencana", grid: renjaGrid("rencana", [program, disabilitas, pemakanan, { ...sandang, kode: "1.06.04.2.03.0001" }]) },
];

const invalid: InvalidCase[] = [
  {
    name: "a sub kegiatan of 1.06.04.2.01 placed under kegiatan 1.06.04.2.02",
    family: "rencana",
    grid: renjaGrid("rencana", [program, disabilitas, pemakanan, anak, sandang, alatBantu]),
    errors: [{ at: 5, field: "kode", expected: "1.06.04.2.01", actual: "1.06.04.2.02" }],
    messages: { id: /Baris 1\.06\.04\.2\.01\.0002 berada di bawah 1\.06\.04\.2\.02, padahal induknya 1\.06\.04\.2\.01 \(baris 7\)/, en: /Row 1\.06\.04\.2\.01\.0002 sits under 1\.06\.04\.2\.02, but its parent is 1\.06\.04\.2\.01 \(row 7\)/ },
  },
  {
    name: "a kegiatan of another program placed in this one (split kode)",
    family: "perubahan",
    grid: renjaGrid(
      "perubahan-pair",
      [
        { kode: "1.06.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA" },
        { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL" },
        { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar" },
        { kode: "1.06.01.2.02", name: "Administrasi Keuangan Perangkat Daerah" },
      ],
      { splitKode: true },
    ),
    errors: [{ at: 3, field: "kode", expected: "1.06.01", actual: "1.06.04" }],
  },
];

runRuleTests("kode-out-of-place", "warning", { valid, invalid });
