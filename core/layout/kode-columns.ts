// Which columns hold the code: one Kode column, a code split over several cells, code segments under a name header.
import { cellText, isBlank, type Grid } from "../grid.js";
import { looksLikeKode } from "../kode/index.js";
import type { Column } from "../model.js";
import { letterOf } from "./header-paths.js";

const KODE_SAMPLE_ROWS = 300;
const KEGIATAN_SEGMENT = /^\d\s*[.,]\s*\d\s*\d?\s*\.?$/;
const CODE_SEGMENT = /^(\d{1,4}|\d\.\d{1,2}|[xX]{1,2})$/;

/** Name columns whose cells are mostly code segments (`01 | 2.01 | 0001` under one merged name header) hold a split code. */
export function kodeFromData(grid: Grid, columns: Column[], dataStart: number): void {
  const names = columns.filter((c) => c.role === "name");
  if (names.length < 2) return;
  const end = Math.min(grid.rows.length, dataStart + KODE_SAMPLE_ROWS);
  for (const col of names) {
    let filled = 0;
    let kodeLike = 0;
    for (let r = dataStart; r < end; r++) {
      const v = grid.rows[r]?.[col.index] ?? null;
      if (isBlank(v)) continue;
      filled++;
      if (cellText(v).length <= 12 && looksLikeKode(v)) kodeLike++;
    }
    if (filled > 0 && kodeLike >= filled * 0.7) col.role = "kode";
  }
}

/**
 * Unlabelled columns right after a kode column whose cells are code segments (`06 | 01 | 2.01 | 0001`) belong to
 * the code: a `Kode` header over five cells read without its merge.
 */
export function kodeSpanFromData(grid: Grid, columns: Column[], paths: { path: string }[], dataStart: number): void {
  const kode = columns.filter((c) => c.role === "kode");
  if (kode.length !== 1) return;
  const first = kode[0] as Column;
  const taken = new Set(columns.map((c) => c.index));
  const end = Math.min(grid.rows.length, dataStart + KODE_SAMPLE_ROWS);
  // The Kode column itself must hold one segment (the urusan), not whole codes.
  if (!mostlySegments(grid, first.index, dataStart, end)) return;
  for (let c = first.index + 1; c < first.index + 5 && !taken.has(c) && (paths[c]?.path ?? "") === ""; c++) {
    if (!mostlySegments(grid, c, dataStart, end)) break;
    columns.push({ index: c, letter: letterOf(c), role: "kode", header: first.header });
  }
  columns.sort((a, b) => a.index - b.index);
}

function mostlySegments(grid: Grid, c: number, from: number, end: number): boolean {
  let filled = 0;
  let segments = 0;
  for (let r = from; r < end; r++) {
    const t = cellText(grid.rows[r]?.[c] ?? null).trim();
    if (t === "") continue;
    filled++;
    if (CODE_SEGMENT.test(t)) segments++;
  }
  return filled > 0 && segments >= filled * 0.9;
}

/**
 * Several kode columns are one split code (urusan | bidang | program | kegiatan | sub kegiatan).
 * Tables that start the split at the program (Tarakan Tabel 8: `01 | 2.01 | 06`) are recognised by
 * the column whose cells read like kegiatan segments (`2.01`), which is always part 3.
 */
export function splitKode(grid: Grid, columns: Column[], dataStart: number): void {
  const kode = columns.filter((c) => c.role === "kode");
  if (kode.length < 2) return;
  const end = Math.min(grid.rows.length, dataStart + KODE_SAMPLE_ROWS);
  let kegiatanAt = -1;
  let best = 0;
  kode.forEach((c, i) => {
    let hits = 0;
    for (let r = dataStart; r < end; r++) if (KEGIATAN_SEGMENT.test(cellText(grid.rows[r]?.[c.index] ?? null))) hits++;
    if (hits > best) [best, kegiatanAt] = [hits, i];
  });
  const offset = kegiatanAt >= 0 ? Math.max(0, 3 - kegiatanAt) : Math.max(0, 5 - kode.length);
  kode.forEach((c, i) => {
    c.role = "kode-part";
    c.part = Math.min(4, i + offset);
  });
}
