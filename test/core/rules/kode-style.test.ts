// Sheet-wide code styles (domain §2): unpadded segments, lower-case x.xx, zero-padded kegiatan are read as canonical and said once.
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import { renjaGrid } from "../../support/renja-grid.js";

const renstraRows = [
  { kode: "1.3", name: "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG" },
  { kode: "x.xx.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase layanan", target: "100%", pagu: "1.500.000" },
  { kode: "x.xx.01.2.01", name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", indicator: "Jumlah dokumen", target: "3 Dokumen", pagu: "1.500.000" },
  { kode: "x.xx.01.2.01.1", name: "Penyusunan Dokumen Perencanaan Perangkat Daerah", indicator: "Jumlah dokumen", target: "2 Dokumen", pagu: "1.000.000" },
  { kode: "x.xx.01.2.01.6", name: "Koordinasi dan Penyusunan Laporan Capaian Kinerja", indicator: "Jumlah laporan", target: "1 Laporan", pagu: "500.000" },
  { kode: "1.3.2", name: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", indicator: "Persentase jaringan irigasi baik", target: "80%", pagu: "700.000" },
  { kode: "1.3.2.2.1", name: "Pengelolaan SDA dan Bangunan Pengaman Pantai", indicator: "Jumlah dokumen", target: "1 Dokumen", pagu: "700.000" },
  { kode: "1.3.2.2.1.9", name: "Penyusunan Rencana Teknis dan Dokumen Lingkungan Hidup", indicator: "Jumlah dokumen", target: "1 Dokumen", pagu: "700.000" },
];

describe("kode styles said once", () => {
  it("reads a Renstra that writes the bidang 1.3 and the support program x.xx.01 as canonical: one info per style, no error", () => {
    const { report, table } = checkGrid(renjaGrid("rencana", renstraRows));
    const kode = report.issues.filter((i) => i.rule === "kode-malformed");
    expect(kode.map((i) => i.severity)).toEqual(["info", "info"]);
    expect(report.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(table?.tree.nodes.map((n) => n.code)).toEqual(["1.03", "1.03.01", "1.03.01.2.01", "1.03.01.2.01.0001", "1.03.01.2.01.0006", "1.03.02", "1.03.02.2.01", "1.03.02.2.01.0009"]);
  });

  it("still finds a wrong total in the support program once its codes are read", () => {
    const rows = renstraRows.map((r) => (r.kode === "x.xx.01.2.01" ? { ...r, pagu: "1.400.000" } : r));
    const grid = renjaGrid("rencana", rows);
    const { report } = checkGrid(grid);
    // The program holds its sub kegiatan's sum: the kegiatan's mistake is said once, there.
    expect(report.issues.filter((i) => i.severity !== "info").map((i) => `${i.rule} ${i.row}`)).toEqual([`total-mismatch ${grid.row(2)}`]);
  });

  it("flags an unpadded code that the rest of a padded sheet does not follow", () => {
    const rows = [
      { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase PMKS", target: "100%", pagu: "30.000" },
      { kode: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar", indicator: "Jumlah orang", target: "10 Orang", pagu: "30.000" },
      { kode: "1.06.04.2.01.0001", name: "Penyediaan Permakanan", indicator: "Jumlah orang", target: "10 Orang", pagu: "10.000" },
      { kode: "1.06.04.2.01.0002", name: "Penyediaan Sandang", indicator: "Jumlah orang", target: "10 Orang", pagu: "10.000" },
      { kode: "1.06.04.2.01.3", name: "Penyediaan Alat Bantu", indicator: "Jumlah orang", target: "10 Orang", pagu: "10.000" },
    ];
    const grid = renjaGrid("rencana", rows);
    const kode = checkGrid(grid).report.issues.filter((i) => i.rule === "kode-malformed");
    expect(kode).toMatchObject([{ severity: "error", row: grid.row(4), expected: "1.06.04.2.01.0003", expectedValue: "1.06.04.2.01.0003", actualValue: "1.06.04.2.01.3" }]);
  });

  it("flags a sub kegiatan code with a trailing letter", () => {
    const rows = [
      { kode: "1.06.01.2.03", name: "Administrasi Kepegawaian Perangkat Daerah", indicator: "Jumlah dokumen", target: "3 Dokumen", pagu: "30.000" },
      { kode: "1.06.01.2.03.0003", name: "Pendataan dan Pengolahan Administrasi Kepegawaian", indicator: "Jumlah dokumen", target: "1 Dokumen", pagu: "15.000" },
      { kode: "1.06.01.2.03.0003a", name: "Pendataan Pegawai Tambahan", indicator: "Jumlah dokumen", target: "2 Dokumen", pagu: "15.000" },
    ];
    const grid = renjaGrid("rencana", rows);
    const { report } = checkGrid(grid);
    expect(report.issues.filter((i) => i.severity !== "info")).toMatchObject([{ rule: "kode-malformed", severity: "error", row: grid.row(2) }]);
  });
});
