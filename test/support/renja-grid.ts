// Terse, realistic Renja grids for rule tests: a header preset (Indonesian wording the layout recognises) plus data rows.
import { columnLetter, type CellValue, type Grid, type MergeRange } from "../../core/grid.js";

export type Preset = "rencana" | "perubahan" | "perubahan-pair" | "evaluasi" | "formula";

/** Column keys of each preset, left to right (the kode key is one column, or five with `splitKode`). */
export const FIELDS = {
  rencana: ["kode", "name", "indicator", "lokasi", "target", "pagu", "sumber", "catatan", "targetMaju", "paguMaju"],
  perubahan: ["kode", "name", "indicator", "lokasi", "targetBefore", "targetAfter", "paguBefore", "paguAfter", "change", "catatan"],
  "perubahan-pair": ["kode", "name", "indicator", "lokasi", "targetBefore", "targetAfter", "paguBefore", "paguAfter", "plus", "minus", "catatan"],
  evaluasi: ["kode", "name", "indicator", "targetK", "targetRp", "tw1K", "tw1Rp", "tw2K", "tw2Rp", "tw3K", "tw3Rp", "tw4K", "tw4Rp", "realK", "realRp", "capaianK", "capaianRp", "predikat"],
  formula: ["kode", "name", "indicator", "renstra", "realPrev", "target", "real", "ratio", "targetNext", "cumulative", "capaianRenstra"],
} as const satisfies Record<Preset, readonly string[]>;

export type FieldOf<P extends Preset> = (typeof FIELDS)[P][number];

/** One data row: cells by key (the kode may be given as split cells), or positional cells in preset order. */
export type DataRow<P extends Preset> = { [K in FieldOf<P>]?: K extends "kode" ? CellValue | CellValue[] : CellValue } | readonly CellValue[];

/** Puts a copy of the header block here, as a page break in a PDF-made sheet does. */
export const REPEAT_HEADER = "repeat-header";

export interface RenjaGridOptions {
  /** Kode over five cells `Urusan | Bidang Urusan | Program | Kegiatan | Sub Kegiatan` (a dotted kode string is split). */
  splitKode?: boolean;
  /** Sheet name; the preset's table name by default. */
  name?: string;
}

/** A grid plus where its rows and columns are, for asserting findings. */
export interface RenjaGrid extends Grid {
  rows: CellValue[][];
  /** 1-based sheet row of the i-th entry (0-based) of the data rows given. */
  row(i: number): number;
  /** Column letter of a key (the first kode cell for a split kode). */
  col(field: string): string;
  /** 1-based sheet rows of the header block, numbering row included. */
  headerRows: number[];
}

interface PresetDef {
  name: string;
  title: string;
  /** Header text rows, one label per field column (null under a merge); the kode column is index 0. */
  header: CellValue[][];
  /** Header merges as [header row, first field, last field, rows down (1 by default)], widened for a split kode. */
  spans: [number, number, number, number?][];
  numbering: CellValue[];
}

const NAME = "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan";
const INDICATOR = "Indikator Kinerja Program (Outcome)/Kegiatan (Output)";
const PAGU = "Kebutuhan Dana/Pagu Indikatif (Rp)";
const seq = (n: number, fmt: (i: number) => CellValue = (i) => i): CellValue[] => Array.from({ length: n }, (_, i) => fmt(i + 1));

const PERUBAHAN_TOP = ["Kode", NAME, INDICATOR, "Lokasi", "Target Capaian Kinerja", null, "Pagu Indikatif (Rp)", null];
const PERUBAHAN_LOW = [null, null, null, null, "Sebelum Perubahan", "Sesudah Perubahan", "Sebelum Perubahan", "Sesudah Perubahan"];

const PRESETS: Record<Preset, PresetDef> = {
  rencana: {
    name: "Tabel 7",
    title: "Tabel 7 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2024 dan Prakiraan Maju Tahun 2025",
    header: [
      ["Kode", NAME, INDICATOR, "Rencana Tahun 2024", null, null, null, "Catatan Penting", "Prakiraan Maju Rencana Tahun 2025", null],
      [null, null, null, "Lokasi", "Target Capaian Kinerja", PAGU, "Sumber Dana", null, "Target Capaian Kinerja", PAGU],
    ],
    spans: [[0, 0, 0, 2], [0, 1, 1, 2], [0, 2, 2, 2], [0, 3, 6], [0, 7, 7, 2], [0, 8, 9]],
    numbering: seq(10),
  },
  perubahan: {
    name: "APBD-P",
    title: "Rencana Program / Kegiatan / Sub Kegiatan pada APBD-P Tahun 2024 (Sebelum dan Sesudah Perubahan)",
    header: [
      [...PERUBAHAN_TOP, "Bertambah/Berkurang (Rp)", "Catatan Penting"],
      [...PERUBAHAN_LOW, null, null],
    ],
    spans: [[0, 0, 0, 2], [0, 1, 1, 2], [0, 2, 2, 2], [0, 3, 3, 2], [0, 4, 5], [0, 6, 7], [0, 8, 8, 2], [0, 9, 9, 2]],
    numbering: seq(10, (i) => `(${i})`),
  },
  "perubahan-pair": {
    name: "Tabel 3.1",
    title: "Tabel 3.1 Perubahan Rencana Kerja dan Pendanaan Perangkat Daerah Tahun 2024",
    header: [
      [...PERUBAHAN_TOP, "Bertambah/Berkurang (Rp)", null, "Catatan Penting"],
      [...PERUBAHAN_LOW, "Bertambah", "Berkurang", null],
    ],
    spans: [[0, 0, 0, 2], [0, 1, 1, 2], [0, 2, 2, 2], [0, 3, 3, 2], [0, 4, 5], [0, 6, 7], [0, 8, 9], [0, 10, 10, 2]],
    numbering: seq(11, (i) => `(${i})`),
  },
  evaluasi: {
    name: "Tabel 2.1",
    title: "Tabel 2.1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah Tahun 2024",
    header: [
      ["Kode", NAME, INDICATOR, "Target Kinerja dan Anggaran Renja Tahun 2024", null, "Realisasi Kinerja Pada Triwulan", null, null, null, null, null, null, null, "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi", null, "Tingkat Capaian Kinerja dan Realisasi Anggaran (%)", null, "Predikat"],
      [null, null, null, null, null, "I", null, "II", null, "III", null, "IV", null, null, null, null, null, null],
      [null, null, null, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", null],
    ],
    spans: [[0, 0, 0, 3], [0, 1, 1, 3], [0, 2, 2, 3], [0, 3, 4, 2], [0, 5, 12], [1, 5, 6], [1, 7, 8], [1, 9, 10], [1, 11, 12], [0, 13, 14, 2], [0, 15, 16, 2], [0, 17, 17, 3]],
    numbering: seq(18),
  },
  formula: {
    name: "Tabel 1",
    title: "Tabel 1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja dan Pencapaian Renstra s/d Tahun 2023",
    header: [
      [
        "Kode",
        "Urusan / Bidang Urusan Pemerintah Daerah dan Program / Kegiatan",
        "Indikator Kinerja Program (outcomes) / Kegiatan/Sub Kegiatan (output)",
        "Target Kinerja Capaian Program (Renstra SKPD) Tahun 2024",
        "Realisasi Target Kinerja Hasil (Program dan Keluaran Kegiatan/Sub Kegiatan) s/d tahun 2021",
        "Target dan Realisasi Kinerja Program dan Kegiatan Tahun Lalu",
        null,
        null,
        "Target Program dan Kegiatan/Sub Kegiatan Renja Tahun 2023",
        "Perkiraan Realisasi Capaian Target Renstra s/d tahun berjalan",
        null,
      ],
      [null, null, null, null, null, "Target Renja Tahun 2022", "Realisasi Renja Tahun 2022", "Tingkat Realisasi (%)", null, "Realisasi Capaian Program/Kegiatan/Sub Kegiatan s/d Tahun 2023", "Tingkat Capaian Realisasi Target Renstra (%)"],
    ],
    spans: [[0, 0, 0, 2], [0, 1, 1, 2], [0, 2, 2, 2], [0, 3, 3, 2], [0, 4, 4, 2], [0, 5, 7], [0, 8, 8, 2], [0, 9, 10]],
    numbering: [1, 2, 3, 4, 5, 6, 7, "8= (7/6)", 9, "10=(5+7+9)", "11=(10/4)"],
  },
};

const SPLIT_LABELS = ["Urusan", "Bidang Urusan", "Program", "Kegiatan", "Sub Kegiatan"];

/** Splits a dotted kode into the five cells a split-kode sheet has (`1.06.01.2.01.0006` → 1 | 06 | 01 | 2.01 | 0006). */
export function splitKodeCells(kode: string): CellValue[] {
  const p = kode.split(".");
  const cells: CellValue[] = [p[0] ?? null, p[1] ?? null, p[2] ?? null, p.length > 3 ? p.slice(3, 5).join(".") : null, p[5] ?? null];
  return cells.map((c) => (c === "" ? null : c));
}

/**
 * A Renja sheet: title, blank row, the preset's header rows (merged), its numbering row, then the data.
 * @example
 * const g = renjaGrid("rencana", [{ kode: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", pagu: "1.100.000.000" }]);
 * checkGrid(g).report.issues.find((i) => i.row === g.row(0) && i.column === g.col("pagu"));
 */
export function renjaGrid<P extends Preset>(preset: P, data: readonly (DataRow<P> | typeof REPEAT_HEADER)[], options: RenjaGridOptions = {}): RenjaGrid {
  const def = PRESETS[preset];
  const fields: readonly string[] = FIELDS[preset];
  const kodeWidth = options.splitKode ? 5 : 1;
  const colOf = (f: number) => (f === 0 ? 0 : f + kodeWidth - 1);
  const width = fields.length + kodeWidth - 1;

  const headerTop = 2;
  const headerBlock = headerRows(def, kodeWidth, width);
  const rows: CellValue[][] = [[def.title], []];
  const merges: MergeRange[] = [];
  const addHeader = () => {
    const top = rows.length;
    rows.push(...headerBlock.map((r) => [...r]));
    for (const [r, from, to, down = 1] of def.spans) {
      const left = colOf(from);
      const right = from === 0 ? kodeWidth - 1 + colOf(to) : colOf(to);
      const bottom = top + r + (from === 0 && kodeWidth > 1 ? Math.max(0, down - 2) : down - 1);
      if (right > left || bottom > top + r) merges.push({ top: top + r, left, bottom, right });
    }
  };
  addHeader();
  const starts: number[] = [];
  for (const entry of data) {
    starts.push(rows.length + 1);
    if (entry === REPEAT_HEADER) {
      addHeader();
      continue;
    }
    rows.push(dataCells(entry, fields, kodeWidth, width));
  }
  const headerCount = headerBlock.length;
  return {
    name: options.name ?? def.name,
    rows,
    merges,
    headerRows: Array.from({ length: headerCount }, (_, i) => headerTop + i + 1),
    row(i) {
      const r = starts[i];
      if (r === undefined) throw new Error(`no data row ${i}`);
      return r;
    },
    col(field) {
      const f = fields.indexOf(field);
      if (f < 0) throw new Error(`${preset} has no column ${field}`);
      return columnLetter(colOf(f));
    },
  };
}

/** Header text rows and the numbering row, widened for a split kode. */
function headerRows(def: PresetDef, kodeWidth: number, width: number): CellValue[][] {
  const out: CellValue[][] = [];
  def.header.forEach((r, i) => {
    const kode: CellValue[] = kodeWidth === 1 ? [r[0] ?? null] : i === 0 ? ["Kode", null, null, null, null] : i === def.header.length - 1 ? [...SPLIT_LABELS] : [null, null, null, null, null];
    out.push(pad([...kode, ...r.slice(1)], width));
  });
  const numbering = kodeWidth === 1 ? def.numbering : [...renumber(def.numbering, kodeWidth)];
  out.push(pad(numbering, width));
  return out;
}

/** With a split kode the numbering starts over: the five kode cells take 1–5 and every later number shifts. */
function renumber(numbering: CellValue[], kodeWidth: number): CellValue[] {
  const shift = kodeWidth - 1;
  const bump = (s: string) => s.replace(/\d+/g, (d) => String(Number(d) + shift));
  const kode = Array.from({ length: kodeWidth }, (_, i) => (typeof numbering[0] === "string" ? `(${i + 1})` : i + 1));
  return [...kode, ...numbering.slice(1).map((v) => (typeof v === "number" ? v + shift : typeof v === "string" ? bump(v) : v))];
}

function dataCells(entry: DataRow<Preset>, fields: readonly string[], kodeWidth: number, width: number): CellValue[] {
  const byKey: Record<string, CellValue | CellValue[] | undefined> = Array.isArray(entry)
    ? Object.fromEntries((entry as readonly CellValue[]).map((v, i) => [fields[i] ?? `extra${i}`, v]))
    : (entry as Record<string, CellValue | CellValue[] | undefined>);
  const cells: CellValue[] = [];
  fields.forEach((f, i) => {
    const v = byKey[f] ?? null;
    if (i !== 0) {
      cells.push(v as CellValue);
      return;
    }
    if (kodeWidth === 1) cells.push(Array.isArray(v) ? (v.join(".") as CellValue) : v);
    else cells.push(...pad(Array.isArray(v) ? v : typeof v === "string" ? splitKodeCells(v) : [v], kodeWidth).slice(0, kodeWidth));
  });
  return pad(cells, width);
}

function pad(cells: CellValue[], width: number): CellValue[] {
  while (cells.length < width) cells.push(null);
  return cells;
}
