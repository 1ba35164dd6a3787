// A Dinas Kesehatan evaluasi (T-C.29 as an e-monev export): target of the year, quarters I–IV as K and Rp, the year's
// realisation, capaian (%) K and Rp, predikat; numbers as numbers, percentages as Excel fractions shown with `%`.
import type { CellValue } from "../../core/grid.js";
import type { BeyondTable } from "./bappelitbang-sipd.js";
import { buildSheet, type ColumnSpec } from "./sheet-builder.js";

const TW = ["I", "II", "III", "IV"];
const COLUMNS: ColumnSpec[] = [
  { key: "kode", path: ["Kode"] },
  { key: "name", path: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"] },
  { key: "indicator", path: ["Indikator Kinerja Program (Outcome)/Kegiatan (Output)"] },
  { key: "tK", path: ["Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2024) yang Dievaluasi", "K"] },
  { key: "tRp", path: ["Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2024) yang Dievaluasi", "Rp"] },
  ...TW.flatMap((q) => [
    { key: `q${q}K`, path: ["Realisasi Kinerja pada Triwulan", q, "K"] },
    { key: `q${q}Rp`, path: ["Realisasi Kinerja pada Triwulan", q, "Rp"] },
  ]),
  { key: "rK", path: ["Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi", "K"] },
  { key: "rRp", path: ["Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi", "Rp"] },
  { key: "cK", path: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Tahun 2024 (%)", "K"] },
  { key: "cRp", path: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Tahun 2024 (%)", "Rp"] },
  { key: "predikat", path: ["Predikat Kinerja"] },
  { key: "unit", path: ["Unit Perangkat Daerah Penanggung Jawab"] },
];
const M = 1_000_000;

interface Leaf {
  code: string;
  name: string;
  indicator: string;
  unit: string;
  target: number;
  quartersK: number[];
  pagu: number;
  quartersRp: number[];
}

const LEAVES: Leaf[] = [
  { code: "1.02.02.2.02.0001", name: "Pengelolaan Pelayanan Kesehatan Ibu Hamil", indicator: "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar", unit: "Orang", target: 4200, quartersK: [950, 1100, 1050, 1000], pagu: 240 * M, quartersRp: [50 * M, 62 * M, 58 * M, 55 * M] },
  { code: "1.02.02.2.02.0002", name: "Pengelolaan Pelayanan Kesehatan Ibu Bersalin", indicator: "Jumlah ibu bersalin yang mendapatkan pelayanan kesehatan sesuai standar", unit: "Orang", target: 4000, quartersK: [900, 1000, 1000, 950], pagu: 185 * M, quartersRp: [40 * M, 45 * M, 47.5 * M, 43 * M] },
  { code: "1.02.02.2.02.0003", name: "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir", indicator: "Jumlah bayi baru lahir yang mendapatkan pelayanan kesehatan sesuai standar", unit: "Orang", target: 3900, quartersK: [880, 990, 1010, 940], pagu: 150 * M, quartersRp: [30 * M, 40 * M, 38 * M, 36 * M] },
  { code: "1.02.02.2.02.0004", name: "Pengelolaan Pelayanan Kesehatan Balita", indicator: "Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar", unit: "Orang", target: 15000, quartersK: [3500, 3800, 3700, 3600], pagu: 210 * M, quartersRp: [45 * M, 52 * M, 50 * M, 49 * M] },
];

const BANDS: [number, string][] = [[91, "Sangat Tinggi"], [76, "Tinggi"], [66, "Sedang"], [51, "Rendah"], [0, "Sangat Rendah"]];
const predikatOf = (pct: number): string => (BANDS.find(([min]) => pct >= min) as [number, string])[1];
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
/** A fraction as a sheet stores a percentage shown with two decimals (97,62 % is 0.9762). */
const fraction = (num: number, den: number): number => Number((num / den).toFixed(4));

/**
 * Four planted mistakes, typed into cells whose dependants are formulas (so they follow the typed value): a sub
 * kegiatan's realisation Rp typed over its quarters, a capaian K typed as another figure, a predikat that does not
 * fit its capaian, and a kegiatan's target Rp typed over its sub kegiatan.
 */
export function dinkesEvaluasi(percentFormat = true): BeyondTable {
  const typedReal: Record<string, number> = { "1.02.02.2.02.0001": 230 * M };
  const unit = "Bidang Kesehatan Masyarakat";
  const rows: Record<string, CellValue>[] = [];
  const leafReal = (l: Leaf) => typedReal[l.code] ?? sum(l.quartersRp);
  for (const l of LEAVES) {
    const rK = sum(l.quartersK);
    const cK = fraction(rK, l.target);
    const r: Record<string, CellValue> = { kode: l.code, name: l.name, indicator: l.indicator, tK: `${l.target} ${l.unit}`, tRp: l.pagu, rK: `${rK} ${l.unit}`, rRp: leafReal(l), cK, cRp: fraction(leafReal(l), l.pagu), predikat: predikatOf(cK * 100), unit };
    TW.forEach((q, i) => {
      r[`q${q}K`] = `${l.quartersK[i]} ${l.unit}`;
      r[`q${q}Rp`] = l.quartersRp[i] ?? 0;
    });
    rows.push(r);
  }
  const real = sum(LEAVES.map(leafReal));
  const quarterSums = TW.map((_, i) => sum(LEAVES.map((l) => l.quartersRp[i] ?? 0)));
  const parent = (code: string, name: string, indicator: string, target: string, pagu: number): Record<string, CellValue> => {
    const r: Record<string, CellValue> = { kode: code, name, indicator, tK: target, tRp: pagu, rK: target, rRp: real, cK: 1, cRp: fraction(real, pagu), predikat: predikatOf(100), unit };
    TW.forEach((q, i) => (r[`q${q}Rp`] = quarterSums[i] ?? 0));
    return r;
  };
  const pagu = sum(LEAVES.map((l) => l.pagu));
  rows.unshift(
    parent("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", "Persentase pelayanan kesehatan sesuai standar", "100%", pagu),
    parent("1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", "Jumlah layanan kesehatan sesuai standar", "4 Layanan", pagu + 25 * M),
  );
  (rows[3] as Record<string, CellValue>).cK = 0.0962; // 3.850 of 4.000 Orang is 96,25 %
  (rows[4] as Record<string, CellValue>).predikat = "Sedang"; // 3.820 of 3.900 is 97,95 %: Sangat Tinggi
  const grid = buildSheet({
    name: "T-C.29",
    title: ["Tabel T-C.29", "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten", "Renja Dinas Kesehatan Tahun 2024"],
    columns: COLUMNS,
    rows,
  });
  // The capaian columns show their fractions as percentages (Excel's 0.00%), or are plain fractions (General).
  if (percentFormat) grid.numberFormats = grid.rows.map((_, r) => (r >= grid.row(0) - 1 ? COLUMNS.map((c) => (c.key === "cK" || c.key === "cRp" ? "0.00%" : null)) : []));
  const e = (rule: string, i: number, key: string) => ({ rule, row: grid.row(i), column: grid.col(key) });
  return {
    name: `Dinas Kesehatan evaluasi T-C.29 (quarters, capaian ${percentFormat ? "formatted 0.00%" : "as plain fractions"}, predikat)`,
    grid,
    expected: [e("quarter-sum-mismatch", 2, "rRp"), e("ratio-mismatch", 3, "cK"), e("predikat-mismatch", 4, "predikat"), e("total-mismatch", 1, "tRp")],
  };
}
