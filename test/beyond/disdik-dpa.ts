// A Dinas Pendidikan DPA sub kegiatan list (domain §10): one flat list of sub kegiatan with pagu, sumber dana, lokasi,
// start and end month; read as the nearest family without inventing the kegiatan and programs it does not have.
import type { CellValue } from "../../core/grid.js";
import type { BeyondTable } from "./bappelitbang-sipd.js";
import { buildSheet, rupiah, type ColumnSpec } from "./sheet-builder.js";

const COLUMNS: ColumnSpec[] = [
  { key: "no", path: ["No"] },
  { key: "kode", path: ["Kode"] },
  { key: "name", path: ["Sub Kegiatan"] },
  { key: "sumber", path: ["Sumber Dana"] },
  { key: "lokasi", path: ["Lokasi"] },
  { key: "mulai", path: ["Waktu Pelaksanaan", "Mulai"] },
  { key: "selesai", path: ["Waktu Pelaksanaan", "Selesai"] },
  { key: "pagu", path: ["Pagu (Rp)"] },
];
const M = 1_000_000;
const LIST: [string, string, number][] = [
  ["1.01.02.2.01.0001", "Pembangunan Unit Sekolah Baru (USB)", 2_450 * M],
  ["1.01.02.2.01.0003", "Pembangunan Ruang Guru/Kepala Sekolah/TU", 385 * M],
  ["1.01.02.2.01.0006", "Pembangunan Sarana, Prasarana dan Utilitas Sekolah", 912.35 * M],
  ["1.01.02.2.01.0009", "Rehabilitasi Sedang/Berat Ruang Guru/Kepala Sekolah/TU", 240 * M],
  ["1.01.02.2.01.0010", "Rehabilitasi Sedang/Berat Ruang Unit Kesehatan Sekolah", 118 * M],
  ["1.01.02.2.01.0011", "Rehabilitasi Sedang/Berat Perpustakaan Sekolah", 175.5 * M],
];

/** The list with two planted mistakes: the same sub kegiatan entered twice with another pagu, and a JUMLAH row that does not add up. */
export function disdikDpa(): BeyondTable {
  const rows: Record<string, CellValue>[] = LIST.map(([kode, name, pagu], i) => ({ no: i + 1, kode, name, sumber: "DAK Fisik", lokasi: "Kabupaten", mulai: "Maret", selesai: "November", pagu: rupiah(pagu) }));
  rows.splice(4, 0, { no: 5, kode: "1.01.02.2.01.0003", name: "Pembangunan Ruang Guru/Kepala Sekolah/TU", sumber: "DAU", lokasi: "Kabupaten", mulai: "Juli", selesai: "Desember", pagu: rupiah(95 * M) });
  const sum = LIST.reduce((a, [, , p]) => a + p, 0) + 95 * M;
  rows.push({ name: "JUMLAH", pagu: rupiah(sum - 10 * M) });
  const grid = buildSheet({ name: "DPA", title: ["DOKUMEN PELAKSANAAN ANGGARAN", "REKAPITULASI SUB KEGIATAN", "DINAS PENDIDIKAN TAHUN ANGGARAN 2024"], columns: COLUMNS, rows });
  return {
    name: "Dinas Pendidikan DPA sub kegiatan list (flat)",
    grid,
    expected: [
      { rule: "kode-duplicate", row: grid.row(4), column: grid.col("kode") },
      { rule: "grand-total-mismatch", row: grid.row(rows.length - 1), column: grid.col("pagu") },
    ],
  };
}
