// over-target: the evaluated year's realisation K above its target K (capaian above 100 %, often a typo such as 892 %).
import { renjaGrid } from "../../support/renja-grid.js";
import { runRuleTests, type InvalidCase, type ValidCase } from "../../support/rule-tester.js";

/** Kutai Kartanegara Tabel 1: Pemberian Layanan Rujukan, target 100, realised 892 (892%); 10 = 5 + 7 = 1092, 11 = 1092/500. */
const rujukan = ["1.06.04.2.01.0012", "Pemberian Layanan Rujukan", "Jumlah Orang Mendapatkan Layanan Rujukan Kewenangan Kabupaten/Kota", "500 Orang", "200 Orang", "100", "892", "892%", null, "1092", "218%"];
const penyusunan = ["1.06.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan Perangkat Daerah", "10 Dokumen", "2 Dokumen", "5", "3", "60%", null, "5", "50%"];

const valid: ValidCase[] = [
  { name: "realisation below and equal to the target", family: "evaluasi", grid: renjaGrid("formula", [penyusunan, ["1.06.01.2.01.0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja", "Jumlah Laporan", "54 Laporan", "24 Laporan", "12", "12", "100%", null, "36", "67%"]]) },
  { name: "a cumulative realisation above the renstra target is not the year's realisation", family: "evaluasi", grid: renjaGrid("formula", [["1.06.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "26 Orang", "25 Orang", "26 Orang", "26 Orang", "100,00 %", "312 Orang/bulan", "363", "13,96 %"]]) },
  { name: "percentage indicators (110 % of 100 %) are not counted quantities", family: "evaluasi", grid: renjaGrid("evaluasi", [{ kode: "1.06.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase Layanan Penunjang", targetK: "100%", realK: "110%", capaianK: "110%" }]) },
  { name: "a zero or text target gives no capaian", family: "evaluasi", grid: renjaGrid("evaluasi", [{ kode: "1.06.02.2.03.0001", name: "Peningkatan Kemampuan Potensi Pekerja Sosial", indicator: "Jumlah Orang", targetK: "0 Orang", realK: "36 Orang" }, { kode: "1.06.02.2.03.0002", name: "Pengembangan Desa", indicator: "Status desa", targetK: "Cepat Berkembang", realK: "36 Desa" }]) },
];

const invalid: InvalidCase[] = [
  {
    name: "Kutai Kartanegara: Pemberian Layanan Rujukan at 892 against a target of 100",
    family: "evaluasi",
    grid: renjaGrid("formula", [penyusunan, rujukan]),
    errors: [{ at: 1, field: "real", expected: "100", actual: "892" }],
    messages: { id: /Realisasi kinerja 892 melebihi target 100 \(capaian 892%\); periksa kemungkinan salah ketik/, en: /Realised 892 exceeds the target 100 \(achievement 892%\); check for a typo/ },
  },
  {
    name: "evaluasi K columns with units (312 Orang/Bulan realised against 26 Orang/Bulan)",
    family: "evaluasi",
    grid: renjaGrid("evaluasi", [{ kode: "1.06.01.2.02.0001", name: "Penyediaan Gaji dan Tunjangan ASN", indicator: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", targetK: "26 Orang/Bulan", realK: "312 Orang/Bulan", capaianK: "1.200,00%" }]),
    errors: [{ at: 0, field: "realK", expected: "26", actual: "312" }],
  },
];

runRuleTests("over-target", "warning", { valid, invalid });
