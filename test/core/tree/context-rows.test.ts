// Domain §10 rows: SIPD context rows repeated per block, page-break repeats, an OPD row on top, support units' urusan words.
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import { renjaGrid } from "../../support/renja-grid.js";

const urusan = { kode: "5", name: "UNSUR PENUNJANG URUSAN PEMERINTAHAN", pagu: "1.000.000" };
const bidang = { kode: "5.01", name: "PERENCANAAN", pagu: "1.000.000" };
const progA = { kode: "5.01.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase layanan", target: "100%", pagu: "600.000" };
const kegA = { kode: "5.01.01.2.01", name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", indicator: "Jumlah dokumen", target: "3 Dokumen", pagu: "600.000" };
const subA1 = { kode: "5.01.01.2.01.0001", name: "Penyusunan Dokumen Perencanaan Perangkat Daerah", indicator: "Jumlah dokumen", target: "2 Dokumen", pagu: "400.000" };
const subA2 = { kode: "5.01.01.2.01.0006", name: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", indicator: "Jumlah laporan", target: "1 Laporan", pagu: "200.000" };
const progB = { kode: "5.01.02", name: "PROGRAM PERENCANAAN PEMBANGUNAN DAERAH", indicator: "Persentase dokumen tepat waktu", target: "100%", pagu: "400.000" };
const kegB = { kode: "5.01.02.2.01", name: "Penyusunan Perencanaan dan Pendanaan", indicator: "Jumlah dokumen", target: "2 Dokumen", pagu: "400.000" };
const subB1 = { kode: "5.01.02.2.01.0001", name: "Analisis Data dan Informasi Perencanaan Pembangunan Daerah", indicator: "Jumlah dokumen", target: "1 Dokumen", pagu: "400.000" };
const office = { name: "BADAN PERENCANAAN, PENELITIAN DAN PENGEMBANGAN", pagu: "1.000.000" };

/** A SIPD Renja OPD print: the OPD row, then urusan, bidang and program repeated before each program block. */
const sipd = [office, urusan, bidang, progA, kegA, subA1, subA2, urusan, bidang, progB, kegB, subB1];

describe("SIPD context rows (domain §10)", () => {
  it("reads repeated urusan and bidang rows as one node with the children of every block, and the OPD row as the total", () => {
    const { report, table } = checkGrid(renjaGrid("rencana", sipd));
    expect(report.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(table?.tree.roots.map((n) => n.code)).toEqual(["5"]);
    expect(table?.tree.nodes.find((n) => n.code === "5.01")?.children.map((n) => n.code)).toEqual(["5.01.01", "5.01.02"]);
    expect(report.summary).toMatchObject({ program: 2, kegiatan: 2, subKegiatan: 3 });
  });

  it("still finds a kegiatan whose total does not add up, and an OPD row that is not the sum of its urusan", () => {
    const rows = sipd.map((r) => (r === kegB ? { ...r, pagu: "450.000" } : r === office ? { ...r, pagu: "1.100.000" } : r));
    const grid = renjaGrid("rencana", rows);
    const found = checkGrid(grid).report.issues.filter((i) => i.severity !== "info").map((i) => `${i.rule} ${i.row}`);
    // The program holds its sub kegiatan's sum: the kegiatan's mistake is said once, at the kegiatan.
    expect(found).toEqual([`grand-total-mismatch ${grid.row(0)}`, `total-mismatch ${grid.row(10)}`]);
  });

  it("keeps kode-duplicate for a repeat with other values", () => {
    const rows = [...sipd.slice(0, 7), { ...urusan, pagu: "2.000.000" }, ...sipd.slice(8)];
    const grid = renjaGrid("rencana", rows);
    const dup = checkGrid(grid).report.issues.filter((i) => i.rule === "kode-duplicate");
    expect(dup.map((i) => i.row)).toEqual([grid.row(7)]);
  });

  it("reads a kegiatan repeated before a sub kegiatan cut by a page break, and the cut sub kegiatan's second part, as no finding", () => {
    const cut = { kode: subA2.kode, name: "Ikhtisar Realisasi Kinerja SKPD" };
    const rows = [office, urusan, bidang, progA, kegA, subA1, subA2, kegA, cut, urusan, bidang, progB, kegB, subB1];
    const { report, table } = checkGrid(renjaGrid("rencana", rows));
    expect(report.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(table?.tree.nodes.find((n) => n.code === kegA.kode)?.children.length).toBe(2);
  });

  it("reads a page break that prints the empty part first: the row with the values speaks for the node", () => {
    const head = { kode: subA2.kode, name: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan" };
    const rows = [urusan, bidang, progA, kegA, subA1, head, subA2, progB, kegB, subB1];
    const grid = renjaGrid("rencana", rows);
    const { report, table } = checkGrid(grid);
    expect(report.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(table?.tree.nodes.find((n) => n.code === subA2.kode)?.row.index).toBe(grid.row(6) - 1);
  });

  it("keeps kode-duplicate for a sub kegiatan written twice with its values (counted twice in its kegiatan)", () => {
    const rows = [urusan, bidang, progA, { ...kegA, pagu: "1.000.000" }, subA1, subA2, subA1, progB, kegB, subB1];
    const grid = renjaGrid("rencana", rows);
    expect(checkGrid(grid).report.issues.filter((i) => i.rule === "kode-duplicate").map((i) => i.row)).toEqual([grid.row(6)]);
  });

  it("accepts NON URUSAN and URUSAN PEMERINTAHAN BIDANG wording on the support units' codes", () => {
    const rows = [{ ...urusan, name: "NON URUSAN" }, { ...bidang, name: "URUSAN PEMERINTAHAN BIDANG PERENCANAAN" }, progA, kegA, subA1, subA2, progB, kegB, subB1];
    const issues = checkGrid(renjaGrid("rencana", rows)).report.issues;
    expect(issues.filter((i) => i.rule === "level-name-mismatch")).toEqual([]);
  });
});

describe("the OPD row written over the code columns", () => {
  it("is still the total row when its name sits in a merged cell outside the name column", () => {
    const grid = renjaGrid("rencana", [{ kode: office.name, pagu: "1.100.000" }, urusan, bidang, progA, kegA, subA1, subA2, urusan, bidang, progB, kegB, subB1]);
    const found = checkGrid(grid).report.issues.filter((i) => i.severity !== "info").map((i) => `${i.rule} ${i.row}`);
    expect(found).toEqual([`grand-total-mismatch ${grid.row(0)}`]);
  });
});
