// A SIPD Renja print (domain §10): No column, a five-cell split code under one `Kode` whose numbering `2` spans them,
// `Capaian Kinerja dan Kerangka Pendanaan` over `Target 2024 > Sebelum | Sesudah` and `Pagu Indikatif (Rp) > RKPD 2024 |
// APBD 2024 | RKPD Perubahan 2024`, prakiraan maju, prioritas, kelompok sasaran, perangkat daerah penanggung jawab.
import type { CellValue } from "../../../core/grid.js";
import { at, sheet, type LayoutSheet } from "./grids.js";

const W = 19;
/** Columns of the print, 0-based. */
export const SIPD = { no: 0, kode: 1, name: 6, indicator: 7, targetBefore: 8, targetAfter: 9, rkpd: 10, apbd: 11, rkpdP: 12, targetMaju: 13, paguMaju: 14, nasional: 15, daerah: 16, sasaran: 17, pd: 18 } as const;

const HEADER: CellValue[][] = [
  at(W, { 0: "No", 1: "Kode", 6: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", 7: "Indikator Kinerja Program/Kegiatan/Sub Kegiatan", 8: "Capaian Kinerja dan Kerangka Pendanaan", 13: "Prakiraan Maju Rencana Tahun 2025", 15: "Prioritas", 17: "Kelompok Sasaran", 18: "Perangkat Daerah Penanggung Jawab" }),
  at(W, { 8: "Target 2024", 10: "Pagu Indikatif (Rp)", 13: "Target", 14: "Pagu Indikatif (Rp)", 15: "Nasional", 16: "Daerah" }),
  at(W, { 8: "Sebelum", 9: "Sesudah", 10: "RKPD 2024", 11: "APBD 2024", 12: "RKPD Perubahan 2024" }),
];
const SPANS: [number, number, number, number?][] = [
  [0, 0, 0, 3], [0, 1, 5, 3], [0, 6, 6, 3], [0, 7, 7, 3], [0, 8, 12], [0, 13, 14], [0, 15, 16], [0, 17, 17, 3], [0, 18, 18, 3],
  [1, 8, 9], [1, 10, 12], [1, 13, 13, 2], [1, 14, 14, 2], [1, 15, 15, 2], [1, 16, 16, 2],
];

const rp = (n: number): string => n.toLocaleString("id-ID");

interface Money {
  rkpd: number;
  apbd: number;
  rkpdP: number;
  maju: number;
}

function row(code: CellValue[], name: string, opts: { no?: string; indicator?: string; target?: [CellValue, CellValue]; money: Money; targetMaju?: string }): CellValue[] {
  const r: CellValue[] = Array.from({ length: W }, () => null);
  r[SIPD.no] = opts.no ?? null;
  code.forEach((c, i) => (r[SIPD.kode + i] = c));
  r[SIPD.name] = name;
  r[SIPD.indicator] = opts.indicator ?? null;
  r[SIPD.targetBefore] = opts.target?.[0] ?? null;
  r[SIPD.targetAfter] = opts.target?.[1] ?? null;
  r[SIPD.rkpd] = rp(opts.money.rkpd);
  r[SIPD.apbd] = rp(opts.money.apbd);
  r[SIPD.rkpdP] = rp(opts.money.rkpdP);
  r[SIPD.targetMaju] = opts.targetMaju ?? null;
  r[SIPD.paguMaju] = rp(opts.money.maju);
  r[SIPD.nasional] = opts.indicator ? "PN 1" : null;
  r[SIPD.daerah] = opts.indicator ? "Prioritas 2" : null;
  r[SIPD.sasaran] = opts.indicator ? "Masyarakat" : null;
  r[SIPD.pd] = "Badan Perencanaan, Penelitian dan Pengembangan Daerah";
  return r;
}

const add = (a: Money, b: Money): Money => ({ rkpd: a.rkpd + b.rkpd, apbd: a.apbd + b.apbd, rkpdP: a.rkpdP + b.rkpdP, maju: a.maju + b.maju });
const ZERO: Money = { rkpd: 0, apbd: 0, rkpdP: 0, maju: 0 };
const MONEY_KEYS = ["rkpd", "apbd", "rkpdP"] as const;

export interface SipdPrint {
  grid: LayoutSheet;
  /** Sheet row (1-based) and column index of every kegiatan cell made wrong. */
  wrong: { row: number; col: number }[];
  /** Data-row index of a sub kegiatan whose target cells hold line breaks. */
  lineBreakRow: number;
}

/**
 * The print with `kegiatan` kegiatan of two sub kegiatan each; with `mistakes`, kegiatan i states 1.000.000 too much
 * in the RKPD, APBD or RKPD Perubahan column (i mod 3), so each money column has its own mismatches.
 */
export function sipdPrint(kegiatan: number, mistakes: boolean): SipdPrint {
  const blocks: { head: () => CellValue[]; subs: CellValue[][]; total: Money }[] = [];
  const wrong: { key: (typeof MONEY_KEYS)[number]; k: number }[] = [];
  for (let k = 1; k <= kegiatan; k++) {
    const kode = `2.${String(k).padStart(2, "0")}`;
    const subs: CellValue[][] = [];
    let total = ZERO;
    for (let s = 1; s <= 2; s++) {
      const m: Money = { rkpd: 100_000_000 * k + 10_000_000 * s, apbd: 95_000_000 * k + 5_000_000 * s, rkpdP: 110_000_000 * k + 2_500_000 * s, maju: 120_000_000 * k };
      total = add(total, m);
      const target: [CellValue, CellValue] = k === 1 && s === 2 ? ["\n4 Laporan", "4 Laporan\n"] : k === 2 && s === 1 ? ["80\n100 %\n%", "100 %"] : [`${k + s} Dokumen`, `${k + s} Dokumen`];
      subs.push(row(["1", "06", "01", kode, `000${s}`], `Sub Kegiatan ${k}.${s}`, { indicator: `Jumlah Dokumen ${k}.${s}`, target, money: m, targetMaju: `${k + s} Dokumen` }));
    }
    const key = MONEY_KEYS[(k - 1) % 3] ?? "rkpd";
    if (mistakes) wrong.push({ key, k: blocks.length });
    const stated = mistakes ? { ...total, [key]: total[key] + 1_000_000 } : total;
    blocks.push({ head: () => row(["1", "06", "01", kode], `Kegiatan ${k}`, { indicator: `Jumlah Dokumen Kegiatan ${k}`, target: ["2 Dokumen", "2 Dokumen"], money: stated, targetMaju: "2 Dokumen" }), subs, total: stated });
  }
  const program = blocks.reduce((s, b) => add(s, b.total), ZERO);
  const data: CellValue[][] = [
    row(["1"], "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", { money: program }),
    row(["1", "06"], "URUSAN PEMERINTAHAN BIDANG SOSIAL", { money: program }),
    row(["1", "06", "01"], "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", { no: "1", indicator: "Persentase dokumen perencanaan yang tepat waktu", target: ["100 %", "100 %"], money: program, targetMaju: "100 %" }),
  ];
  const kegiatanRows: number[] = [];
  let lineBreakRow = -1;
  blocks.forEach((b, i) => {
    kegiatanRows.push(data.length);
    data.push(b.head());
    if (i === 0) lineBreakRow = data.length + 1;
    data.push(...b.subs);
  });
  const numbering = at(W, { 0: "1", 1: "2", 6: "3", 7: "4", 8: "5", 9: "6", 10: "7", 11: "8", 12: "9", 13: "10", 14: "11", 15: "12", 16: "13", 17: "14", 18: "15" });
  const grid = sheet("RENCANA KERJA PERANGKAT DAERAH TAHUN 2024", HEADER, [...SPANS, [3, 1, 5]], data, numbering);
  return {
    grid,
    wrong: wrong.map((w) => ({ row: grid.row(kegiatanRows[w.k] ?? 0), col: SIPD[w.key] })),
    lineBreakRow,
  };
}
