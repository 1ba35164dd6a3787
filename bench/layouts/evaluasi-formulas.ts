// Bench sheet: the Tarakan evaluasi layout, numbering-row formulas 8=(7/6), 10=(5+7+9), 11=(10/4), fractional realisations as text.
import type { CellValue } from "../../core/grid.js";
import { idText, int, pad2, pick, roundDiv, seeded, type BenchSheet } from "./random.js";
import { seedHeader } from "./seed-header.js";

const UNITS = ["Orang", "Dokumen", "Laporan", "Paket", "Layanan", "Kegiatan"];
const PER_KEGIATAN = 10;
const KEGIATAN_PER_PROGRAM = 10;

/** One row's figures in tenths (coef / 10): targets are whole, realisations may have one decimal. */
interface Figures {
  t4: number;
  r5: number;
  t6: number;
  r7: number;
  t9: number;
}

/**
 * The cells 4–11 of a row: quantities with a unit, 8 as 7/6 ×100 and 11 as the bare 10/4 (as Tarakan writes them), 10 a sum.
 * `mistake` (0 = none) breaks one stated figure.
 */
function cells(f: Figures, unit: string, percent: boolean, mistake: number): CellValue[] {
  const q = (tenths: number) => (percent ? `${idText(tenths, 1)}%` : `${idText(tenths % 10 === 0 ? tenths / 10 : tenths, tenths % 10 === 0 ? 0 : 1)} ${unit}`);
  let c8 = roundDiv(f.r7 * 10000, f.t6);
  let c10 = f.r5 + f.r7 + f.t9;
  let c11 = roundDiv(c10 * 100, f.t4);
  if (mistake === 1) c8 += 100;
  if (mistake === 2) c10 += 10;
  if (mistake === 3) c11 = c11 * 10 + 7;
  return [q(f.t4), q(f.r5), q(f.t6), q(f.r7), `${idText(c8, 2)} %`, q(f.t9), idText(c10, 1), `${idText(c11, 2)} %`];
}

function figures(r: () => number, percent: boolean): Figures {
  if (percent) return { t4: 1000, r5: int(r, 700, 1000), t6: 1000, r7: int(r, 800, 1000), t9: 1000 };
  const t6 = int(r, 1, 400) * 10;
  const whole = r() < 0.5;
  const tenths = (max: number) => (whole ? int(r, 0, max / 10) * 10 : int(r, 0, max));
  return { t4: int(r, 40, 5000) * 10, r5: tenths(2000), t6, r7: tenths(t6), t9: int(r, 1, 400) * 10 };
}

/**
 * About `rows` data rows under the seed's header; ~1 % of sub kegiatan rows carry one wrong stated figure.
 * @example evaluasiFormulas(50_000).rows.length // ≈ 50,007
 */
export function evaluasiFormulas(rows: number): BenchSheet {
  const r = seeded(14);
  const out = seedHeader("tarakan-evaluasi-1", 7);
  let mistakes = 0;
  for (let p = 0; out.length < rows; p++) {
    const program = `1.${pad2(6 + Math.floor(p / 99))}.${pad2((p % 99) + 1)}`;
    out.push([program, `PROGRAM UJI ${p + 1}`, "Persentase Layanan Penunjang Perangkat Daerah yang Terpenuhi", ...cells(figures(r, true), "", true, 0)]);
    for (let k = 1; k <= KEGIATAN_PER_PROGRAM; k++) {
      const kegiatan = `${program}.2.${pad2(k)}`;
      const unit = pick(UNITS, p + k);
      out.push([kegiatan, `Kegiatan uji ${p + 1}.${k}`, `Jumlah layanan kegiatan ${k}`, ...cells(figures(r, false), unit, false, 0)]);
      for (let s = 1; s <= PER_KEGIATAN; s++) {
        const mistake = r() < 0.01 ? int(r, 1, 3) : 0;
        if (mistake) mistakes++;
        out.push([`${kegiatan}.${pad2(s)}`, `Sub kegiatan uji ${p + 1}.${k}.${s}`, `Jumlah ${unit} sub kegiatan ${s}`, ...cells(figures(r, false), unit, false, mistake)]);
      }
    }
  }
  return { name: "Tabel 1", rows: out, mistakes };
}
