// Standard empty tables (rencana, perubahan, evaluasi): header, numbering row, one example program; totals come from auto-total.
import { checkGrid } from "../check.js";
import type { CellValue, Grid, MergeRange } from "../grid.js";
import { applyPatchToGrid } from "./apply-to-grid.js";
import { planAutoTotal } from "./auto-total.js";
import type { FormulaSyntax } from "./formula-syntax.js";
import type { Patch } from "./patch.js";

export type TemplateFamily = "rencana" | "perubahan" | "evaluasi";

export const TEMPLATE_FAMILIES: readonly TemplateFamily[] = ["rencana", "perubahan", "evaluasi"];

/** A template sheet: the typed cells, and hints for hosts that format it. */
export interface TemplateTable {
  family: TemplateFamily;
  grid: Grid & { rows: CellValue[][]; merges: MergeRange[] };
  /** 0-based header rows (title excluded), the numbering row last. */
  headerRows: number[];
  /** 0-based rows of the example program, kegiatan, sub kegiatan and TOTAL. */
  exampleRows: number[];
  /** Column widths in characters. */
  widths: number[];
  /** 0-based columns holding money (`#,##0`) and percentages (`0.00`). */
  moneyColumns: number[];
  percentColumns: number[];
}

const NAME = "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan";
const INDICATOR = "Indikator Kinerja Program (Outcome)/Kegiatan (Output)/Sub Kegiatan";
const PAGU = "Pagu Indikatif (Rp)";

/** The example: one program, its kegiatan and two sub kegiatan, named as the nomenclature names them. */
const PROGRAM = { kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase PMKS yang memperoleh layanan rehabilitasi sosial dasar" };
const KEGIATAN = {
  kode: "1.06.04.2.01",
  name: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
  indicator: "Jumlah Orang yang Mendapatkan Layanan Rehabilitasi Sosial Dasar di Luar Panti",
};
const SUBS = [
  { kode: "1.06.04.2.01.0001", name: "Penyediaan Permakanan", indicator: "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan Sesuai dengan Standar Gizi Minimal Kewenangan Kabupaten/Kota" },
  { kode: "1.06.04.2.01.0002", name: "Penyediaan Sandang", indicator: "Jumlah Orang yang Menerima Pakaian dan Kelengkapan Lainnya yang Tersedia dalam 1 Tahun Kewenangan Kabupaten/Kota" },
];

interface Spec {
  title: string;
  header: CellValue[][];
  /** Header merges as [row, left, right, rows down] within the header block. */
  spans: [number, number, number, number][];
  numbering: CellValue[];
  widths: number[];
  money: number[];
  percent: number[];
  /** Example rows: program, kegiatan, sub kegiatan 1, sub kegiatan 2 (parents' money cells left empty for auto-total). */
  rows: CellValue[][];
}

const LOKASI = "Kota/Kabupaten";

const SPECS: Record<TemplateFamily, () => Spec> = {
  rencana: () => ({
    title: "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun N dan Prakiraan Maju Tahun N+1",
    header: [
      ["Kode", NAME, INDICATOR, "Rencana Tahun N", null, null, null, "Catatan Penting", "Prakiraan Maju Rencana Tahun N+1", null],
      [null, null, null, "Lokasi", "Target Capaian Kinerja", PAGU, "Sumber Dana", null, "Target Capaian Kinerja", PAGU],
    ],
    spans: [[0, 0, 0, 2], [0, 1, 1, 2], [0, 2, 2, 2], [0, 3, 6, 1], [0, 7, 7, 2], [0, 8, 9, 1]],
    numbering: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    widths: [20, 45, 45, 16, 14, 18, 12, 16, 14, 18],
    money: [5, 9],
    percent: [],
    rows: [
      [PROGRAM.kode, PROGRAM.name, PROGRAM.indicator, LOKASI, "100%", null, "APBD", null, "100%", null],
      [KEGIATAN.kode, KEGIATAN.name, KEGIATAN.indicator, LOKASI, "150 Orang", null, "APBD", null, "160 Orang", null],
      [SUBS[0]?.kode ?? "", SUBS[0]?.name ?? "", SUBS[0]?.indicator ?? "", LOKASI, "100 Orang", 100_000_000, "APBD", null, "100 Orang", 110_000_000],
      [SUBS[1]?.kode ?? "", SUBS[1]?.name ?? "", SUBS[1]?.indicator ?? "", LOKASI, "50 Orang", 50_000_000, "APBD", null, "60 Orang", 60_000_000],
    ],
  }),
  perubahan: () => ({
    title: "Rencana Program / Kegiatan / Sub Kegiatan Tahun N Sebelum dan Sesudah Perubahan",
    header: [
      ["Kode", NAME, INDICATOR, "Lokasi", "Target Capaian Kinerja", null, PAGU, null, "Bertambah/Berkurang (Rp)", "Catatan Penting"],
      [null, null, null, null, "Sebelum Perubahan", "Sesudah Perubahan", "Sebelum Perubahan", "Sesudah Perubahan", null, null],
    ],
    spans: [[0, 0, 0, 2], [0, 1, 1, 2], [0, 2, 2, 2], [0, 3, 3, 2], [0, 4, 5, 1], [0, 6, 7, 1], [0, 8, 8, 2], [0, 9, 9, 2]],
    numbering: ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9) = (8) - (7)", "(10)"],
    widths: [20, 45, 45, 16, 14, 14, 18, 18, 18, 16],
    money: [6, 7, 8],
    percent: [],
    rows: [
      [PROGRAM.kode, PROGRAM.name, PROGRAM.indicator, LOKASI, "100%", "100%", null, null, null, null],
      [KEGIATAN.kode, KEGIATAN.name, KEGIATAN.indicator, LOKASI, "150 Orang", "140 Orang", null, null, null, null],
      [SUBS[0]?.kode ?? "", SUBS[0]?.name ?? "", SUBS[0]?.indicator ?? "", LOKASI, "100 Orang", "100 Orang", 100_000_000, 120_000_000, null, null],
      [SUBS[1]?.kode ?? "", SUBS[1]?.name ?? "", SUBS[1]?.indicator ?? "", LOKASI, "50 Orang", "40 Orang", 50_000_000, 35_000_000, null, null],
    ],
  }),
  evaluasi: () => ({
    title: "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah Tahun N",
    header: [
      ["Kode", NAME, INDICATOR, "Target Kinerja dan Anggaran Renja Tahun N", null, "Realisasi Kinerja Pada Triwulan", null, null, null, null, null, null, null, "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi", null, "Tingkat Capaian Kinerja dan Realisasi Anggaran (%)", null, "Predikat"],
      [null, null, null, null, null, "I", null, "II", null, "III", null, "IV", null, null, null, null, null, null],
      [null, null, null, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", null],
    ],
    spans: [[0, 0, 0, 3], [0, 1, 1, 3], [0, 2, 2, 3], [0, 3, 4, 2], [0, 5, 12, 1], [1, 5, 6, 1], [1, 7, 8, 1], [1, 9, 10, 1], [1, 11, 12, 1], [0, 13, 14, 2], [0, 15, 16, 2], [0, 17, 17, 3]],
    numbering: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, "15 = 7+9+11+13", "16 = 14/4 x 100%", "17 = 15/5 x 100%", 18],
    widths: [20, 45, 45, 10, 18, 8, 16, 8, 16, 8, 16, 8, 16, 10, 18, 10, 10, 14],
    money: [4, 6, 8, 10, 12, 14],
    percent: [15, 16],
    rows: [
      // A percentage indicator: its realisation is the last quarter reported, not the sum.
      [PROGRAM.kode, PROGRAM.name, PROGRAM.indicator, 100, null, 25, null, 50, null, 75, null, 90, null, null, null, null, null, null],
      [KEGIATAN.kode, KEGIATAN.name, KEGIATAN.indicator, 150, null, 35, null, 35, null, 35, null, 35, null, null, null, null, null, null],
      [SUBS[0]?.kode ?? "", SUBS[0]?.name ?? "", SUBS[0]?.indicator ?? "", 100, 100_000_000, 25, 25_000_000, 25, 25_000_000, 25, 25_000_000, 25, 25_000_000, null, null, null, null, null],
      [SUBS[1]?.kode ?? "", SUBS[1]?.name ?? "", SUBS[1]?.indicator ?? "", 50, 50_000_000, 10, 10_000_000, 10, 10_000_000, 10, 10_000_000, 10, 10_000_000, null, null, null, null, null],
    ],
  }),
};

/**
 * The template of a family, as typed cells (no totals yet: `templatePatch` plans them).
 * @example templateTable("perubahan").grid.rows[3] // the numbering row
 */
export function templateTable(family: TemplateFamily): TemplateTable {
  const spec = SPECS[family]();
  const width = spec.numbering.length;
  const pad = (r: CellValue[]): CellValue[] => [...r, ...new Array<CellValue>(Math.max(0, width - r.length)).fill(null)];
  const rows: CellValue[][] = [[spec.title], []];
  const headerTop = rows.length;
  for (const h of spec.header) rows.push(pad(h));
  rows.push(pad(spec.numbering));
  const headerRows = Array.from({ length: spec.header.length + 1 }, (_, i) => headerTop + i);
  const first = rows.length;
  for (const r of spec.rows) rows.push(pad(r));
  const total = pad([null, "TOTAL"]);
  rows.push(total);
  const merges: MergeRange[] = spec.spans.map(([r, left, right, down]) => ({ top: headerTop + r, left, bottom: headerTop + r + down - 1, right }));
  return {
    family,
    grid: { name: SHEET_NAMES[family], rows, merges },
    headerRows,
    exampleRows: [first, first + 1, first + 2, first + 3, first + 4],
    widths: spec.widths,
    moneyColumns: spec.money,
    percentColumns: spec.percent,
  };
}

const SHEET_NAMES: Record<TemplateFamily, string> = { rencana: "Rencana", perubahan: "Perubahan", evaluasi: "Evaluasi" };

/**
 * The formulas of a template: the same auto-total planning as for any checked sheet (totals, the numbering
 * row's formulas, changes, quarter totals, predikat), with every cell written.
 * @example const t = templateTable("rencana"); const patch = templatePatch(t); applyPatchToGrid(t.grid, patch)
 */
export function templatePatch(template: TemplateTable, syntax?: FormulaSyntax): Patch {
  const { table } = checkGrid(template.grid);
  if (!table) throw new Error(`the ${template.family} template is not recognised as a Renja table`);
  return planAutoTotal(table, { force: true, emptyTotals: true, ...(syntax ? { syntax } : {}) });
}

/**
 * The template grid with its formulas applied (and their values), as a host would show it.
 * @example checkGrid(filledTemplate("evaluasi")).report.issues // []
 */
export function filledTemplate(family: TemplateFamily): Grid {
  const t = templateTable(family);
  return applyPatchToGrid(t.grid, templatePatch(t));
}
