// Bench sheet: the Dumai perubahan layout, kode over five cells, money and targets as Indonesian text, bertambah/berkurang pair.
import type { CellValue } from "../../core/grid.js";
import { idText, int, pad2, pick, seeded, type BenchSheet } from "./random.js";
import { seedHeader } from "./seed-header.js";

const UNITS = ["Laporan", "Dokumen", "Orang/Bulan", "Paket", "Unit"];
const PER_KEGIATAN = 10;
const KEGIATAN_PER_PROGRAM = 10;
const LOKASI = "Kota Dumai, Dumai Timur, Jaya Mukti";

/** Money text as the sheet writes it: "6.300.000", zero as "-", empty as null. */
const rp = (v: number | null): CellValue => (v === null ? null : v === 0 ? "-" : idText(v, 0));

/** Pagu sebelum, sesudah, bertambah, berkurang. */
type Money4 = [number, number, number, number];

function moneyCells(m: Money4): CellValue[] {
  return [rp(m[0]), rp(m[1]), m[2] ? rp(m[2]) : null, m[3] ? rp(m[3]) : null];
}

function add(sum: Money4, m: Money4): void {
  for (let i = 0; i < 4; i++) sum[i] = (sum[i] as number) + (m[i] as number);
}

/**
 * About `rows` data rows under the seed's header; ~1 % of sub kegiatan rows carry a wrong bertambah or a pagu that breaks its kegiatan's sum.
 * @example perubahanSplit(50_000).rows.length // ≈ 50,005
 */
export function perubahanSplit(rows: number): BenchSheet {
  const r = seeded(3);
  const out = seedHeader("dumai-perubahan-3-1", 5);
  let mistakes = 0;
  const blank = (n: number): null[] => new Array<null>(n).fill(null);
  out.push(["1", null, null, null, null, "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"]);
  for (let p = 0; out.length < rows; p++) {
    const bidang = pad2(6 + Math.floor(p / 99));
    if (p % 99 === 0) out.push(["1", bidang, null, null, null, `URUSAN PEMERINTAHAN BIDANG UJI ${bidang}`]);
    const prog = pad2((p % 99) + 1);
    const programRow: CellValue[] = ["1", bidang, prog, null, null, `PROGRAM UJI ${p + 1}`, ...blank(10)];
    out.push(programRow);
    const programSum: Money4 = [0, 0, 0, 0];
    for (let k = 1; k <= KEGIATAN_PER_PROGRAM; k++) {
      const keg = `2.${pad2(k)}`;
      const kegiatanRow: CellValue[] = ["1", bidang, prog, keg, null, `Kegiatan uji ${p + 1}.${k}`, ...blank(10)];
      out.push(kegiatanRow);
      const sum: Money4 = [0, 0, 0, 0];
      for (let s = 1; s <= PER_KEGIATAN; s++) {
        const before = int(r, 1, 9000) * 100_000 + int(r, 0, 99) * 1000;
        const change = r() < 0.3 ? (int(r, -50, 80) || 1) * 50_000 : 0;
        const after = Math.max(0, before + change);
        const m: Money4 = [before, after, after > before ? after - before : 0, after < before ? before - after : 0];
        add(sum, m);
        const stated = [...m] as Money4;
        const mistake = r() < 0.01 ? int(r, 1, 2) : 0;
        if (mistake) mistakes++;
        if (mistake === 1) stated[1] += 1_000_000;
        if (mistake === 2) stated[2] = (stated[2] as number) + 250_000;
        const unit = pick(UNITS, s + k);
        const n = int(r, 1, 30);
        out.push(["1", bidang, prog, keg, pad2(s), `Sub kegiatan uji ${p + 1}.${k}.${s}`, "Persentase penunjang urusan pemerintahan", `Jumlah ${unit} sub kegiatan ${s}`, "Tersusunnya Dokumen/Laporan perangkat daerah", LOKASI, "100 %", "100 %", `${n} ${unit}`, `${after === 0 ? 0 : n} ${unit}`, "100 %", "100 %", ...moneyCells(stated), mistake || change ? "Penyesuaian kebutuhan" : null]);
      }
      kegiatanRow.push(...moneyCells(sum));
      add(programSum, sum);
    }
    programRow.push(...moneyCells(programSum));
  }
  return { name: "Tabel 3.1", rows: out, mistakes };
}
