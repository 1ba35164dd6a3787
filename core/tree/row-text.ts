// Text tests on a row: the level a name announces (PROGRAM …, KEGIATAN …) and footer wording.
import type { KodeLevel, RowKind } from "../model.js";

const LEVEL_INITIAL = /^[sSkKpPbBuU]/;
const NAME_LEVEL: [RegExp, KodeLevel[]][] = [
  [/^sub\s*kegiatan\b/i, [5]],
  [/^kegiatan\b/i, [4]],
  [/^program\b/i, [3]],
  [/^(urusan\s+pemerintahan\s+)?bidang\b/i, [2]],
  // Support units print `5.01` as URUSAN PEMERINTAHAN BIDANG PERENCANAAN (domain §10).
  [/^urusan\s+pemerintahan\s+bidang\b/i, [2]],
  [/^urusan\b/i, [1, 2]],
];

/**
 * Levels a name announces by its first word; empty when it announces none.
 * @example levelsNamed("PROGRAM PENANGANAN BENCANA") // [3]
 */
export function levelsNamed(name: string): KodeLevel[] {
  // Every level word starts with one of these letters: most names are ruled out without a regex.
  if (!LEVEL_INITIAL.test(name)) return [];
  for (const [re, levels] of NAME_LEVEL) if (re.test(name)) return levels;
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
