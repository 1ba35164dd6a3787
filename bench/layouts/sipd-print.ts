// Bench sheet: a SIPD Renja print, urusan/bidang/program rows repeated before every program block and kegiatan rows repeated at page breaks (domain §10).
import type { CellValue } from "../../core/grid.js";
import { int, pad2, pick, seeded, type BenchSheet } from "./random.js";

const UNITS = ["Dokumen", "Laporan", "Orang", "Paket", "Unit", "Kegiatan"];
const PER_KEGIATAN = 12;
const KEGIATAN_PER_PROGRAM = 8;
/** Rows per printed page: a kegiatan row is repeated on top of a page that starts inside its block. */
const PAGE = 40;

const HEADER: CellValue[][] = [
  ["RENCANA KERJA PERANGKAT DAERAH TAHUN 2024"],
  ["Dinas Uji Kabupaten Contoh"],
  ["Kode", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Lokasi", "Rencana Tahun 2024", null, null, "Prakiraan Maju Rencana Tahun 2025", null],
  [null, null, null, null, "Target Capaian Kinerja", "Pagu Indikatif (Rp)", "Sumber Dana", "Target Capaian Kinerja", "Pagu Indikatif (Rp)"],
  [1, 2, 3, 4, 5, 6, 7, 8, 9],
];

interface Block {
  program: CellValue[];
  rows: CellValue[][];
  pagu: number;
  maju: number;
}

/** One program's rows (its context rows are added when the blocks are printed). */
function programBlock(r: () => number, code: string, p: number): Block & { mistakes: number } {
  const rows: CellValue[][] = [];
  let pagu = 0;
  let maju = 0;
  let mistakes = 0;
  for (let k = 1; k <= KEGIATAN_PER_PROGRAM; k++) {
    const kegiatan = `${code}.2.${pad2(k)}`;
    const kegiatanRow: CellValue[] = [kegiatan, `Kegiatan uji ${p + 1}.${k}`, `Jumlah layanan kegiatan ${k}`, null, `${PER_KEGIATAN} Layanan`, 0, null, `${PER_KEGIATAN} Layanan`, 0];
    rows.push(kegiatanRow);
    let sum = 0;
    let sumMaju = 0;
    for (let s = 1; s <= PER_KEGIATAN; s++) {
      const v = int(r, 1, 5000) * 100_000;
      const m = int(r, 1, 5000) * 100_000;
      sum += v;
      sumMaju += m;
      const mistake = r() < 0.01;
      if (mistake) mistakes++;
      const unit = pick(UNITS, s + k);
      // A page break inside the block: SIPD prints the kegiatan row again on top of the new page.
      if ((rows.length + 1) % PAGE === 0) rows.push(kegiatanRow);
      rows.push([`${kegiatan}.${String(s).padStart(4, "0")}`, `Sub kegiatan uji ${p + 1}.${k}.${s}`, `Jumlah ${unit} ${s}`, "Kab. Contoh", `${int(r, 1, 40)} ${unit}`, mistake ? v + 1_000_000 : v, "APBD", `${int(r, 1, 40)} ${unit}`, m]);
    }
    kegiatanRow[5] = sum;
    kegiatanRow[8] = sumMaju;
    pagu += sum;
    maju += sumMaju;
  }
  const program: CellValue[] = [code, `PROGRAM UJI ${p + 1}`, "Persentase layanan program", null, "100%", pagu, null, "100%", maju];
  return { program, rows, pagu, maju, mistakes };
}

/**
 * About `rows` data rows; before every program block the urusan and bidang rows are printed again with the same values.
 * @example sipdPrint(50_000).rows.length // ≈ 50,000
 */
export function sipdPrint(rows: number): BenchSheet {
  const r = seeded(10);
  const blocks: (Block & { bidang: string })[] = [];
  let mistakes = 0;
  for (let p = 0, count = HEADER.length; count < rows; p++) {
    const bidang = `1.${pad2(6 + Math.floor(p / 99))}`;
    const b = programBlock(r, `${bidang}.${pad2((p % 99) + 1)}`, p);
    mistakes += b.mistakes;
    blocks.push({ ...b, bidang });
    count += b.rows.length + 3;
  }
  const bidangSum = new Map<string, [number, number]>();
  for (const b of blocks) {
    const s = bidangSum.get(b.bidang) ?? [0, 0];
    bidangSum.set(b.bidang, [s[0] + b.pagu, s[1] + b.maju]);
  }
  const urusan = [...bidangSum.values()].reduce((a, s) => [a[0] + s[0], a[1] + s[1]], [0, 0]);
  const out = HEADER.map((row) => [...row]);
  for (const b of blocks) {
    const s = bidangSum.get(b.bidang) ?? [0, 0];
    out.push(["1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", null, null, null, urusan[0], null, null, urusan[1]]);
    out.push([b.bidang, `URUSAN PEMERINTAHAN BIDANG UJI ${b.bidang}`, null, null, null, s[0], null, null, s[1]]);
    out.push(b.program, ...b.rows);
  }
  return { name: "Renja OPD", rows: out, mistakes };
}
