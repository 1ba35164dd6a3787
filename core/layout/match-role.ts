// Header wording → column role: an ordered table of Indonesian header patterns and their variants.
import type { RoleId } from "../model.js";

/** A column's header as the matcher sees it: the lowest label and the whole path from the top. */
export interface HeaderText {
  leaf: string;
  path: string;
}

export interface RoleMatch {
  role: RoleId;
  quarter?: 1 | 2 | 3 | 4;
}

const MONEY = /\brp\b|pagu|anggaran|\bdana\b|biaya|keuangan|rupiah/;
const PLUS = /bertambah|penambahan|\btambah\b/;
const MINUS = /berkurang|pengurangan|\bkurang\b/;
const QUANTITY_LEAF = /^(k|fisik)$|target|indikator|kinerja|volume|satuan/;
const PERCENT_COL = /%|tingkat|persen|rasio|capaian realisasi/;
const QUARTER = /(?:triwulan|\btw)\s*(iv|iii|ii|i|1|2|3|4)\b/;
const ROMAN: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const LEAF_QUARTER = /^(iv|iii|ii|i)$/;
const SEGMENT_QUARTER = /^(?:triwulan|tw)\s*(iv|iii|ii|i|1|2|3|4)$/;

type Rule = { role: RoleId | ((h: HeaderText, money: boolean) => RoleId | null); when: (h: HeaderText) => boolean };

const has = (re: RegExp) => (h: HeaderText) => re.test(h.path);
const leafHas = (re: RegExp) => (h: HeaderText) => re.test(h.leaf);

/** Ordered: the first rule whose `when` holds decides. */
const RULES: Rule[] = [
  { role: "no", when: leafHas(/^(no|nomor|no urut)\.?$/) },
  { role: "kode", when: has(/\bkode\b|\bkode rekening\b/) },
  { role: "predikat", when: has(/predikat/) },
  { role: "change-plus", when: (h) => PLUS.test(h.leaf) && !MINUS.test(h.leaf) },
  { role: "change-minus", when: (h) => MINUS.test(h.leaf) && !PLUS.test(h.leaf) },
  { role: "change", when: (h) => (PLUS.test(h.path) && MINUS.test(h.path)) || /selisih/.test(h.path) },
  { role: "catatan", when: has(/catatan|keterangan|alasan|faktor|tindak lanjut|penjelasan|penanggung jawab|unit kerja/) },
  { role: "sumber-dana", when: has(/sumber dana/) },
  { role: "lokasi", when: has(/lokasi/) },
  { role: "satuan", when: leafHas(/^satuan$/) },
  { role: "indicator", when: leafHas(/indikator|tolok ukur|keluaran kegiatan$/) },
  {
    role: "name",
    when: (h) =>
      /urusan|bidang|program|kegiatan|uraian|nama|nomenklatur/.test(h.leaf) &&
      !/target|realisasi|pagu|anggaran|capaian|tingkat|\bdana\b|\brp\b|satuan|kinerja|%/.test(h.leaf),
  },
  {
    role: (h, money) => {
      if (PERCENT_COL.test(h.leaf) || (/capaian/.test(h.path) && /%/.test(h.path) && !/^target/.test(h.leaf))) {
        if (/^target/.test(h.leaf)) return null;
        if (/renstra/.test(h.path) && !/\b(k|rp)\b/.test(h.leaf)) return "ratio";
        return money ? "capaian-rp" : "capaian-k";
      }
      return null;
    },
    when: (h) => PERCENT_COL.test(h.leaf) || /%/.test(h.path),
  },
  { role: (_h, money) => (money ? "tw-rp" : "tw-k"), when: (h) => pathQuarter(h.path) !== undefined && /triwulan|\btw\b/.test(h.path) },
  { role: (_h, money) => (money ? "pagu-forward" : "target-forward"), when: has(/(pra|per)kiraan maju|tahun n\s*\+\s*1|\bn\s*\+\s*1\b/) },
  { role: (_h, money) => (money ? "pagu-before" : "target-before"), when: has(/sebelum/) },
  { role: (_h, money) => (money ? "pagu-after" : "target-after"), when: has(/sesudah|setelah/) },
  {
    role: (h, money) => {
      if (/kumulatif|perkiraan realisasi|renstra|(s\s*\/\s*d|sampai dengan) tahun berjalan/.test(h.path)) return money ? "cumulative-rp" : "cumulative-k";
      if (/s\s*\/\s*d|sampai dengan/.test(h.path) && !/yang dievaluasi/.test(h.path)) return money ? "realisasi-prev-rp" : "realisasi-prev-k";
      return money ? "realisasi-rp" : "realisasi-k";
    },
    when: (h) => /realisasi/.test(h.leaf) || (/realisasi/.test(h.path) && /^(k|rp|kinerja|fisik|keuangan)$/.test(h.leaf)),
  },
  { role: (h, money) => (/renstra/.test(h.path) ? (money ? "pagu-renstra" : "target-renstra") : money ? "pagu" : "target"), when: has(/target|rencana|kebutuhan/) },
  { role: "pagu", when: leafHas(MONEY) },
];

/**
 * Decides the role of one column from its header wording.
 * @example matchRole({ leaf: "sesudah perubahan", path: "pagu indikatif (rp) > sesudah perubahan" }) // { role: "pagu-after" }
 */
export function matchRole(h: HeaderText): RoleMatch | null {
  if (h.path === "") return null;
  const money = MONEY.test(h.leaf) || (!QUANTITY_LEAF.test(h.leaf) && MONEY.test(h.path));
  for (const rule of RULES) {
    if (!rule.when(h)) continue;
    const role = typeof rule.role === "function" ? rule.role(h, money) : rule.role;
    if (role === null) continue;
    const match: RoleMatch = { role };
    if (role === "tw-k" || role === "tw-rp") {
      const q = pathQuarter(h.path) ?? QUARTER.exec(h.leaf)?.[1];
      if (q) match.quarter = ROMAN[q];
    }
    return match;
  }
  return null;
}

/** The quarter a header names as a segment of its own (`triwulan > ii > k`, `tw iii`), not `s/d triwulan ii`. */
function pathQuarter(path: string): string | undefined {
  for (const seg of path.split(" > ")) {
    const t = seg.trim();
    const m = LEAF_QUARTER.exec(t) ?? SEGMENT_QUARTER.exec(t);
    if (m) return m[1];
  }
  return undefined;
}
