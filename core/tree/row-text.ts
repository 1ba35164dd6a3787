// Text tests on a row: the level a name announces (PROGRAM …, KEGIATAN …) and footer wording.
import type { KodeLevel, RowKind } from "../model.js";

const SUB_KEGIATAN: [RegExp, KodeLevel[]] = [/^sub\s*kegiatan\b/i, [5]];
const KEGIATAN: [RegExp, KodeLevel[]] = [/^kegiatan\b/i, [4]];
const PROGRAM: [RegExp, KodeLevel[]] = [/^program\b/i, [3]];
const BIDANG: [RegExp, KodeLevel[]] = [/^(urusan\s+pemerintahan\s+)?bidang\b/i, [2]];
// Support units print `5.01` as URUSAN PEMERINTAHAN BIDANG PERENCANAAN (domain §10).
const URUSAN_BIDANG: [RegExp, KodeLevel[]] = [/^urusan\s+pemerintahan\s+bidang\b/i, [2]];
const URUSAN: [RegExp, KodeLevel[]] = [/^urusan\b/i, [1, 2]];

/** The level words a name can start with, by its (ASCII, lower-cased) first letter, tried in this order. */
const NAME_LEVEL = new Map<number, [RegExp, KodeLevel[]][]>([
  [0x73, [SUB_KEGIATAN]],
  [0x6b, [KEGIATAN]],
  [0x70, [PROGRAM]],
  [0x62, [BIDANG]],
  [0x75, [BIDANG, URUSAN_BIDANG, URUSAN]],
]);

/**
 * Levels a name announces by its first word; empty when it announces none.
 * @example levelsNamed("PROGRAM PENANGANAN BENCANA") // [3]
 */
export function levelsNamed(name: string): KodeLevel[] {
  // Most names are ruled out by their first letter, without a regex (`| 0x20` lower-cases an ASCII letter).
  const candidates = NAME_LEVEL.get(name.charCodeAt(0) | 0x20);
  if (candidates) for (const [re, levels] of candidates) if (re.test(name)) return levels;
  return [];
}

const FOOTERS: [RegExp, RowKind][] = [
  [/rata-?\s?rata\s+capaian/i, "average"],
  [/^predikat/i, "predikat-footer"],
  [/^((grand\s+)?total|jumlah|j\s+u\s+m\s+l\s+a\s+h)(\s+(total|keseluruhan|seluruhnya|anggaran|pagu|program|kegiatan|belanja|dana|indikatif|\(?rp\)?)){0,3}\s*:?$/i, "total"],
  [/^(faktor\s+(pendorong|penghambat)|tindak\s+lanjut)/i, "note-footer"],
];

/**
 * Footer kind of a row from the text of its cells, or null.
 * @example footerKind(["", "TOTAL", "", 27649042320]) // "total"
 */
export function footerKind(texts: readonly string[]): RowKind | null {
  for (const t of texts) {
    if (!t || t.length > 200) continue;
    for (const [re, kind] of FOOTERS) if (re.test(t)) return kind;
  }
  return null;
}
