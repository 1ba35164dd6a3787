// Generates consistent Renja tables (rencana and evaluasi) for property tests and the benchmark.
import type { CellValue, MergeRange } from "../../core/grid.js";
import { seedWording } from "./seed-wording.js";

export interface GeneratedTable {
  rows: CellValue[][];
  /** 0-based rows of sub kegiatan (leaves), with the 0-based row of their kegiatan. */
  leaves: { row: number; parent: number }[];
  /** 0-based column of the pagu (the money column a leaf change should break). */
  paguColumn: number;
  /** The header's merged cells, as the sheet a planner keeps has them (none for a one-row header). */
  merges: MergeRange[];
}

export interface Shape {
  /** Kegiatan per program, sub kegiatan per kegiatan. */
  programs: { kegiatan: number[] }[];
  /** Leaf pagu values in thousands of rupiah, consumed in order (cycled). */
  pagu: number[];
  /** Write money as Indonesian text ("1.250.000") instead of numbers. */
  moneyAsText: boolean;
}

const ID = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
const pad = (n: number, w: number) => String(n).padStart(w, "0");
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

function money(v: bigint, asText: boolean): CellValue {
  return asText ? ID.format(v) : Number(v);
}

/**
 * A rencana table: kode, uraian, indikator, lokasi, target, pagu, sumber dana; parents are exact sums.
 * @example generateRencana({ programs: [{ kegiatan: [2] }], pagu: [1000], moneyAsText: true })
 */
export function generateRencana(shape: Shape): GeneratedTable {
  const rows: CellValue[][] = [
    ["RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2024"],
    [],
    ["Kode", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Lokasi", "Target Capaian Kinerja", "Pagu Indikatif (Rp)", "Sumber Dana"],
    [1, 2, 3, 4, 5, 6, 7],
  ];
  const leaves: GeneratedTable["leaves"] = [];
  let k = 0;
  const roots: { row: number; value: bigint }[] = [];
  shape.programs.forEach((p, pi) => {
    const program = `1.06.${pad(pi + 1, 2)}`;
    const programRow = rows.length;
    rows.push([program, `PROGRAM UJI ${pi + 1}`, `Persentase layanan program ${pi + 1}`, "Kota", "100%", null, "APBD"]);
    let programSum = 0n;
    p.kegiatan.forEach((subs, ki) => {
      const kegiatan = `${program}.2.${pad(ki + 1, 2)}`;
      const kegiatanRow = rows.length;
      rows.push([kegiatan, `Kegiatan uji ${pi + 1}.${ki + 1}`, `Jumlah layanan kegiatan ${ki + 1}`, "Kota", `${subs} Layanan`, null, "APBD"]);
      let sum = 0n;
      for (let si = 0; si < subs; si++) {
        const value = BigInt(shape.pagu[k++ % shape.pagu.length] ?? 1) * 1000n;
        sum += value;
        leaves.push({ row: rows.length, parent: kegiatanRow });
        rows.push([`${kegiatan}.${pad(si + 1, 4)}`, `Sub kegiatan uji ${pi + 1}.${ki + 1}.${si + 1}`, `Jumlah dokumen ${si + 1}`, "Kota", `${(si % 9) + 1} Dokumen`, money(value, shape.moneyAsText), "APBD"]);
      }
      (rows[kegiatanRow] as CellValue[])[5] = money(sum, shape.moneyAsText);
      programSum += sum;
    });
    (rows[programRow] as CellValue[])[5] = money(programSum, shape.moneyAsText);
    roots.push({ row: programRow, value: programSum });
  });
  const total = roots.reduce((a, r) => a + r.value, 0n);
  rows.push([null, "TOTAL", null, null, null, money(total, shape.moneyAsText), null]);
  return { rows, leaves, paguColumn: 5, merges: [] };
}

const box = (top: number, left: number, bottom: number, right: number): MergeRange => ({ top, left, bottom, right });

/** The evaluasi header's merges: kode, uraian, indikator and predikat down three rows, groups across their K | Rp pairs. */
const EVALUASI_MERGES: MergeRange[] = [
  box(1, 0, 3, 0), box(1, 1, 3, 1), box(1, 2, 3, 2), box(1, 3, 2, 4), box(1, 5, 1, 12),
  box(2, 5, 2, 6), box(2, 7, 2, 8), box(2, 9, 2, 10), box(2, 11, 2, 12),
  box(1, 13, 2, 14), box(1, 15, 2, 16), box(1, 17, 3, 17),
];

/**
 * An evaluasi table (T-C.29 shape) with quarterly K/Rp, totals, capaian and predikat, all consistent; names and
 * indicators from the seed evaluasi tables (Tarakan, Kutai Kartanegara), cycled.
 * Sized by `subKegiatan`; used by the benchmark for a 50,000-row sheet.
 * @example generateEvaluasi(50_000).rows.length
 */
export function generateEvaluasi(subKegiatan: number): GeneratedTable {
  const rows: CellValue[][] = [
    ["REKAPITULASI EVALUASI HASIL PELAKSANAAN RENJA PERANGKAT DAERAH"],
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target Kinerja dan Anggaran Renja Tahun 2024", null, "Realisasi Kinerja Pada Triwulan", null, null, null, null, null, null, null, "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi", null, "Tingkat Capaian Kinerja dan Realisasi Anggaran (%)", null, "Predikat"],
    [null, null, null, null, null, "I", null, "II", null, "III", null, "IV", null, null, null, null, null, null],
    [null, null, null, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", null],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18],
  ];
  const leaves: GeneratedTable["leaves"] = [];
  const words = seedWording();
  const perKegiatan = 10;
  const kegiatanPerProgram = 10;
  let made = 0;
  let programNo = 0;
  const predikat = (pct: number) => (pct >= 91 ? "Sangat Tinggi" : pct >= 76 ? "Tinggi" : pct >= 66 ? "Sedang" : pct >= 51 ? "Rendah" : "Sangat Rendah");
  while (made < subKegiatan) {
    programNo++;
    // A bidang holds at most 99 programs: big sheets spill into the next bidang.
    const program = `1.${pad(6 + Math.floor((programNo - 1) / 99), 2)}.${pad(((programNo - 1) % 99) + 1, 2)}`;
    const programRow = rows.length;
    const programWords = pick(words.program, programNo - 1);
    rows.push([program, programWords.name, programWords.indicator, "100%", null, null, null, null, null, null, null, null, null, null, null, null, null, null]);
    const programSums = new Array<number>(18).fill(0);
    for (let ki = 0; ki < kegiatanPerProgram && made < subKegiatan; ki++) {
      const kegiatan = `${program}.2.${pad(ki + 1, 2)}`;
      const kegiatanRow = rows.length;
      const kegiatanWords = pick(words.kegiatan, (programNo - 1) * kegiatanPerProgram + ki);
      rows.push([kegiatan, kegiatanWords.name, kegiatanWords.indicator, "10 Layanan", null, null, null, null, null, null, null, null, null, null, null, null, null, null]);
      const sums = new Array<number>(18).fill(0);
      for (let si = 0; si < perKegiatan && made < subKegiatan; si++, made++) {
        const target = 4 + (made % 8);
        const pagu = (100 + (made % 900)) * 100_000;
        const q = [1, 1, 1, (made % 3) === 0 ? 0 : 1].map((x, i) => x * (i < 3 ? 1 : target - 3));
        const rp = [0.2, 0.25, 0.25, 0.2].map((f) => Math.round(pagu * f));
        const realK = q.reduce((a, b) => a + b, 0);
        const realRp = rp.reduce((a, b) => a + b, 0);
        const capK = Math.round((realK / target) * 10000) / 100;
        const capRp = Math.round((realRp / pagu) * 10000) / 100;
        leaves.push({ row: rows.length, parent: kegiatanRow });
        const subWords = pick(words.subKegiatan, made);
        const row: CellValue[] = [`${kegiatan}.${pad(si + 1, 4)}`, subWords.name, subWords.indicator, `${target} Dokumen`, pagu, `${q[0]} Dokumen`, rp[0] ?? 0, `${q[1]} Dokumen`, rp[1] ?? 0, `${q[2]} Dokumen`, rp[2] ?? 0, `${q[3]} Dokumen`, rp[3] ?? 0, `${realK} Dokumen`, realRp, `${String(capK).replace(".", ",")}%`, `${String(capRp).replace(".", ",")}%`, predikat(capK)];
        for (const c of [4, 6, 8, 10, 12, 14]) sums[c] = (sums[c] ?? 0) + (row[c] as number);
        rows.push(row);
      }
      const kr = rows[kegiatanRow] as CellValue[];
      for (const c of [4, 6, 8, 10, 12, 14]) {
        kr[c] = sums[c] ?? 0;
        programSums[c] = (programSums[c] ?? 0) + (sums[c] ?? 0);
      }
    }
    const pr = rows[programRow] as CellValue[];
    for (const c of [4, 6, 8, 10, 12, 14]) pr[c] = programSums[c] ?? 0;
  }
  return { rows, leaves, paguColumn: 4, merges: EVALUASI_MERGES };
}
