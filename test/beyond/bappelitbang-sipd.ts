// A Renja OPD of a Bappelitbang as SIPD prints it (domain §10): OPD row, context rows repeated per program, a page break
// cutting a sub kegiatan, five-cell code under a numbering `2`, grouped money columns RKPD | APBD | RKPD Perubahan 2024.
import type { CellValue } from "../../core/grid.js";
import { moneyOf, splitCode, type PlanItem } from "./plan-tree.js";
import { buildSheet, type BuiltSheet, type ColumnSpec } from "./sheet-builder.js";
import type { ExpectedFinding } from "./score.js";

const CK = "Capaian Kinerja dan Kerangka Pendanaan";
const COLUMNS: ColumnSpec[] = [
  { key: "no", path: ["No"] },
  ...[1, 2, 3, 4, 5].map((i) => ({ key: `k${i}`, path: ["Kode"] })),
  { key: "name", path: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"] },
  { key: "indicator", path: ["Indikator Kinerja Program/Kegiatan/Sub Kegiatan"] },
  { key: "lokasi", path: ["Lokasi"] },
  { key: "tBefore", path: [CK, "Target 2024", "Sebelum"] },
  { key: "tAfter", path: [CK, "Target 2024", "Sesudah"] },
  { key: "rkpd", path: [CK, "Pagu Indikatif (Rp)", "RKPD 2024"] },
  { key: "apbd", path: [CK, "Pagu Indikatif (Rp)", "APBD 2024"] },
  { key: "rkpdP", path: [CK, "Pagu Indikatif (Rp)", "RKPD Perubahan 2024"] },
  { key: "sumber", path: ["Sumber Dana"] },
  { key: "pn", path: ["Prioritas", "Nasional"] },
  { key: "pd", path: ["Prioritas", "Daerah"] },
  { key: "sasaran", path: ["Kelompok Sasaran"] },
  { key: "tMaju", path: ["Prakiraan Maju Rencana Tahun 2025", "Target"] },
  { key: "pMaju", path: ["Prakiraan Maju Rencana Tahun 2025", "Pagu Indikatif (Rp)"] },
  { key: "opd", path: ["Perangkat Daerah Penanggung Jawab"] },
];
const MONEY = ["rkpd", "apbd", "rkpdP", "pMaju"] as const;
const OPD = "BADAN PERENCANAAN, PENELITIAN DAN PENGEMBANGAN DAERAH";

const sub = (code: string, name: string, indicator: string, target: string, money: number[]): PlanItem => ({ code, name, indicator, target, money });
const M = 1_000_000;

function plan(): PlanItem[] {
  const support: PlanItem = {
    code: "5.01.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Persentase layanan penunjang urusan yang terpenuhi", target: "100%",
    children: [
      { code: "5.01.01.2.01", name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", indicator: "Jumlah dokumen perencanaan dan evaluasi", target: "3 Dokumen", children: [
        sub("5.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan Perangkat Daerah", "2 Dokumen", [45 * M, 45 * M, 47.5 * M, 50 * M]),
        sub("5.01.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah", "4 Laporan", [12 * M, 12 * M, 12 * M, 13 * M]),
      ] },
      { code: "5.01.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", indicator: "Jumlah dokumen administrasi keuangan", target: "12 Dokumen", children: [
        sub("5.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "64 Orang/bulan", [5_250 * M, 5_250 * M, 5_312.4 * M, 5_500 * M]),
        sub("5.01.01.2.02.0002", "Penyediaan Administrasi Pelaksanaan Tugas ASN", "Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN", "12 Dokumen", [180 * M, 175 * M, 175 * M, 190 * M]),
      ] },
    ],
  };
  const planning: PlanItem = {
    code: "5.01.02", name: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", indicator: "Persentase dokumen perencanaan yang tepat waktu", target: "100%",
    children: [
      { code: "5.01.02.2.01", name: "Penyusunan Perencanaan dan Pendanaan", indicator: "Jumlah dokumen perencanaan pembangunan daerah", target: "4 Dokumen", children: [
        sub("5.01.02.2.01.0003", "Pelaksanaan Konsultasi Publik", "Jumlah Berita Acara Konsultasi Publik", "2 Berita Acara", [85 * M, 80 * M, 80 * M, 90 * M]),
        sub("5.01.02.2.01.0005", "Pelaksanaan Musrenbang Kabupaten/Kota", "Jumlah Berita Acara Musrenbang Kabupaten/Kota", "1 Berita Acara", [350 * M, 325.75 * M, 325.75 * M, 375 * M]),
        sub("5.01.02.2.01.0006", "Penyiapan Bahan Koordinasi Musrenbang Kecamatan", "Jumlah Usulan yang Terverifikasi oleh Kecamatan", "450 Usulan", [60 * M, 60 * M, 58 * M, 65 * M]),
      ] },
      { code: "5.01.02.2.02", name: "Analisis Data dan Informasi Pemerintahan Daerah Bidang Perencanaan Pembangunan Daerah", indicator: "Jumlah dokumen analisis data", target: "2 Dokumen", children: [
        sub("5.01.02.2.02.0001", "Analisis Data dan Informasi Perencanaan Pembangunan Daerah", "Jumlah Dokumen Hasil Analisis Data", "1 Dokumen", [95 * M, 95 * M, 95 * M, 100 * M]),
        sub("5.01.02.2.02.0003", "Penyusunan Profil Pembangunan Daerah Kabupaten/Kota", "Jumlah Buku Profil Pembangunan Daerah yang Diterbitkan", "50 Buku", [40 * M, 40 * M, 38.5 * M, 42 * M]),
      ] },
      { code: "5.01.02.2.03", name: "Pengendalian, Evaluasi dan Pelaporan Bidang Perencanaan Pembangunan Daerah", indicator: "Jumlah laporan pengendalian dan evaluasi", target: "5 Laporan", children: [
        sub("5.01.02.2.03.0002a", "Pengendalian Pelaksanaan Kerja Sama Daerah", "Jumlah Kerja Sama Daerah yang Dikoordinasikan Pelaksanaannya", "3 Kerja Sama", [30 * M, 30 * M, 30 * M, 32 * M]),
        sub("5.01.02.2.03.0003", "Monitoring, Evaluasi dan Penyusunan Laporan Berkala Pelaksanaan Pembangunan Daerah", "Jumlah Laporan Hasil Evaluasi Kinerja Pembangunan Daerah", "4 Laporan", [120 * M, 118 * M, 118 * M, 125 * M]),
      ] },
    ],
  };
  const sync: PlanItem = {
    code: "5.01.03", name: "PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH", indicator: "Persentase keselarasan program OPD dengan RKPD", target: "95%",
    children: [
      { code: "5.01.03.2.01", name: "Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia", indicator: "Jumlah laporan koordinasi", target: "8 Laporan", children: [
        sub("5.01.03.2.01.0002", "Asistensi Penyusunan Dokumen Perencanaan Pembangunan Perangkat Daerah Bidang Pemerintahan", "Jumlah Laporan Hasil Asistensi", "4 Laporan", [55 * M, 55 * M, 55 * M, 60 * M]),
        sub("5.01.03.2.01.0006", "Asistensi Penyusunan Dokumen Perencanaan Pembangunan Perangkat Daerah Bidang Pembangunan Manusia", "Jumlah Laporan Hasil Asistensi", "4 Laporan", [48 * M, 48 * M, 50 * M, 52 * M]),
      ] },
    ],
  };
  return [{ code: "5", name: "UNSUR PENUNJANG URUSAN PEMERINTAHAN", children: [{ code: "5.01", name: "PERENCANAAN", children: [support, planning, sync] }] }];
}

export interface BeyondTable {
  name: string;
  grid: BuiltSheet;
  expected: ExpectedFinding[];
}

/**
 * The print with five planted mistakes a reviewer must find: three kegiatan whose sub kegiatan do not add up,
 * each in another of the three pagu columns; a kegiatan written over its sub kegiatan in the 2025 column (its
 * program, which holds the sub kegiatan's sum, is not wrong); a sub kegiatan code with a letter glued to it.
 */
export function bappelitbangSipd(): BeyondTable {
  const tree = plan();
  const rows: Record<string, CellValue>[] = [];
  const [urusan] = tree as [PlanItem];
  const bidang = (urusan.children ?? [])[0] as PlanItem;
  const width = MONEY.length;
  const money = (item: PlanItem) => Object.fromEntries(moneyOf(item, width).map((v, i) => [MONEY[i], v]));
  const coded = (item: PlanItem, extra: Record<string, CellValue> = {}): Record<string, CellValue> => {
    const cells: Record<string, CellValue> = { name: item.name, ...money(item), opd: OPD, ...extra };
    splitCode(item.code).forEach((s, i) => (cells[`k${i + 1}`] = s));
    if (item.indicator) Object.assign(cells, { indicator: item.indicator, tBefore: item.target, tAfter: item.target, tMaju: item.target, lokasi: "Kabupaten", sumber: "DAU" });
    return cells;
  };
  const total = moneyOf(urusan, width);
  rows.push({ name: OPD, ...Object.fromEntries(total.map((v, i) => [MONEY[i], v])) });
  const at: Record<string, number> = {};
  (bidang.children ?? []).forEach((program, p) => {
    rows.push(coded(urusan), coded(bidang));
    rows.push(coded(program, { no: String(p + 1), pn: "PN 7", pd: "Prioritas 5", sasaran: "Perangkat Daerah" }));
    for (const kegiatan of program.children ?? []) {
      at[kegiatan.code] = rows.length;
      rows.push(coded(kegiatan));
      for (const s of kegiatan.children ?? []) {
        at[s.code] = rows.length;
        rows.push(coded(s));
        if (s.code === "5.01.02.2.03.0003") {
          // A page break cuts the name: the kegiatan is printed again, then the rest of the sub kegiatan's name alone.
          rows.push(coded(kegiatan));
          const rest: Record<string, CellValue> = { name: "Pelaksanaan Pembangunan Daerah" };
          splitCode(s.code).forEach((c, i) => (rest[`k${i + 1}`] = c));
          rows.push(rest);
        }
      }
    }
  });
  // Line breaks inside target cells, as PDF-made sheets have them.
  const musrenbang = rows[at["5.01.02.2.01.0005"] as number] as Record<string, CellValue>;
  musrenbang.tBefore = "\n1 Berita Acara";
  musrenbang.tAfter = "1\nBerita Acara";
  const grid = buildSheet({
    name: "Renja OPD",
    title: ["RENCANA KERJA PERANGKAT DAERAH (RENJA PERUBAHAN)", OPD, "TAHUN ANGGARAN 2024"],
    columns: COLUMNS,
    numbering: { no: 1, k1: 2, name: 3, indicator: 4, lokasi: 5, tBefore: 6, tAfter: 7, rkpd: 8, apbd: 9, rkpdP: 10, sumber: 11, pn: 12, pd: 13, sasaran: 14, tMaju: 15, pMaju: 16, opd: 17 },
    numberingSpans: [["k1", "k5"]],
    rows,
  });
  // The planted mistakes: a sub kegiatan's value changed under an unchanged kegiatan total.
  const plant = (code: string, key: string, delta: number) => {
    const r = grid.rows[grid.row(at[code] as number) - 1] as CellValue[];
    const c = grid.col(key).charCodeAt(0) - 65;
    r[c] = (r[c] as number) + delta;
  };
  plant("5.01.02.2.01.0005", "apbd", 5 * M);
  plant("5.01.02.2.02.0003", "rkpd", -1.5 * M);
  plant("5.01.01.2.02.0002", "rkpdP", 2.5 * M);
  plant("5.01.03.2.01", "pMaju", 10 * M);
  const e = (rule: string, code: string, key?: string): ExpectedFinding => ({ rule, row: grid.row(at[code] as number), ...(key ? { column: grid.col(key) } : {}) });
  return {
    name: "Bappelitbang Renja OPD (SIPD print)",
    grid,
    expected: [
      e("total-mismatch", "5.01.02.2.01", "apbd"),
      e("total-mismatch", "5.01.02.2.02", "rkpd"),
      e("total-mismatch", "5.01.01.2.02", "rkpdP"),
      // The program holds the sum of its sub kegiatan: the kegiatan is wrong, said once there.
      e("total-mismatch", "5.01.03.2.01", "pMaju"),
      { rule: "kode-malformed", row: grid.row(at["5.01.02.2.03.0002a"] as number), column: grid.col("k1") },
    ],
  };
}
