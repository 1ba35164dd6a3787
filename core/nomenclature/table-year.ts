// The year and the pemda of a checked table, which choose the nomenclature version it is checked against.
import type { CheckedTable } from "../table.js";
import type { Pemda } from "./types.js";

const TAHUN = /\btahun\s+(20\d\d)\b/i;
const YEAR = /\b(20\d\d)\b/g;

/**
 * The table's year: the title's `Tahun 2024` (else the first year in the title), else the year its column headers
 * name most often (the smaller one on a tie); null when neither names one.
 * @example tableYear(table) // { year: 2024, from: "title" }
 */
export function tableYear(t: Pick<CheckedTable, "layout">): { year: number; from: "title" | "header" } | null {
  const title = t.layout.title;
  const tahun = TAHUN.exec(title) ?? new RegExp(YEAR.source).exec(title);
  if (tahun) return { year: Number(tahun[1]), from: "title" };
  const counts = new Map<number, number>();
  for (const col of t.layout.columns) {
    for (const m of col.header.matchAll(YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, n] of counts) {
    const b = best === null ? 0 : (counts.get(best) ?? 0);
    if (best === null || n > b || (n === b && year < best)) best = year;
  }
  return best === null ? null : { year: best, from: "header" };
}

/** The first digit of a kegiatan segment that says the pemda (`1.06.04.2.01`: 2). */
const PEMDA_DIGIT: Record<string, Pemda> = { "1": "prov", "2": "kabkota" };

/** The first character of a code's fourth dot-piece (the kegiatan's leading digit), "" when it has none; no copy of the pieces. */
function kegiatanLead(code: string): string {
  let at = -1;
  for (let k = 0; k < 3; k++) {
    at = code.indexOf(".", at + 1);
    if (at < 0) return "";
  }
  return code.charAt(at + 1);
}

/**
 * The table's pemda: the lead digit its kegiatan and sub kegiatan codes write most (1 provinsi, 2 kabupaten/kota),
 * else `Provinsi` in a title that names no Kabupaten/Kota, else kabupaten/kota.
 * @example tablePemda(table) // "kabkota"
 */
export function tablePemda(t: Pick<CheckedTable, "layout" | "tree">): Pemda {
  const n: Record<Pemda, number> = { prov: 0, kabkota: 0 };
  for (const node of t.tree.nodes) {
    if (node.level < 4 || node.code === null) continue;
    const p = PEMDA_DIGIT[kegiatanLead(node.code)];
    if (p) n[p]++;
  }
  if (n.prov !== n.kabkota) return n.prov > n.kabkota ? "prov" : "kabkota";
  return /\bprovinsi\b/i.test(t.layout.title) && !/\b(?:kabupaten|kota)\b/i.test(t.layout.title) ? "prov" : "kabkota";
}
