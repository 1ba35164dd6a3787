// Header wording → column role: interprets the vocabulary of header-words.ts (the first word that holds decides).
import type { RoleId } from "../model.js";
import { HEADER_VOCABULARY, type HeaderCondition, type HeaderVocabulary, type HeaderWord, type MeasureWords, type RoleChoice } from "./header-words.js";

/** A column's header as the matcher sees it: the lowest label and the whole path from the top. */
export interface HeaderText {
  leaf: string;
  path: string;
  /** The same labels with flat labels cut into their group and leaf parts (see flat-labels.ts), when any was cut. */
  split?: { leaf: string; path: string };
}

export interface RoleMatch {
  role: RoleId;
  quarter?: 1 | 2 | 3 | 4;
  /** The word that decided asks for numbers in the data before its role holds. */
  needsNumbers?: boolean;
}

const QUARTER = /(?:triwulan|\btw)\s*(iv|iii|ii|i|1|2|3|4)\b/;
const ROMAN: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const LEAF_QUARTER = /^(iv|iii|ii|i)$/;
const SEGMENT_QUARTER = /^(?:triwulan|tw)\s*(iv|iii|ii|i|1|2|3|4)$/;

/**
 * Decides the role of one column from its header wording: from the flat labels cut into parts when they were cut
 * (the words nearest the end decide) unless the word that holds there must see the whole label, else from the labels whole.
 * @example matchRole({ leaf: "sesudah perubahan", path: "pagu indikatif (rp) > sesudah perubahan" }) // { role: "pagu-after" }
 */
export function matchRole(h: HeaderText, vocabulary: HeaderVocabulary = HEADER_VOCABULARY): RoleMatch | null {
  if (h.path === "") return null;
  if (h.split) {
    const parts = firstWord(h.split, vocabulary);
    if (parts && !parts.word.wholeLabel) return parts.match;
  }
  return firstWord(h, vocabulary)?.match ?? null;
}

/** The first word of the vocabulary whose condition holds, with the match it gives (null for a word that names nothing checked). */
function firstWord(h: HeaderText, vocabulary: HeaderVocabulary): { word: HeaderWord; match: RoleMatch | null } | undefined {
  const money = holdsMoney(h, vocabulary.measure);
  for (const word of vocabulary.words) {
    if (!word.when.some((c) => holds(c, h, money))) continue;
    return { word, match: word.role === null ? null : matchOf(word.role, word, h, money) };
  }
  return undefined;
}

function matchOf(choice: RoleChoice, word: HeaderWord, h: HeaderText, money: boolean): RoleMatch {
  const role = typeof choice === "string" ? choice : money ? choice.money : choice.quantity;
  const match: RoleMatch = { role };
  if (word.quarter) {
    const q = pathQuarter(h.path) ?? QUARTER.exec(h.leaf)?.[1];
    if (q) match.quarter = ROMAN[q];
  }
  if (word.needsNumbers) match.needsNumbers = true;
  return match;
}

function holds(c: HeaderCondition, h: HeaderText, money: boolean): boolean {
  if (c.leaf && !c.leaf.test(h.leaf)) return false;
  if (c.notLeaf?.test(h.leaf)) return false;
  if (c.path && !c.path.test(h.path)) return false;
  if (c.pathAll && !c.pathAll.every((re) => re.test(h.path))) return false;
  if (c.notPath?.test(h.path)) return false;
  if (c.money !== undefined && c.money !== money) return false;
  if (c.segment) {
    const seg = c.segment;
    if (!h.path.split(" > ").some((s) => seg.test(s.trim()))) return false;
  }
  return true;
}

/**
 * Money or quantity: a money word in the leaf decides; otherwise the nearest label (leaf upwards) that
 * speaks of only one of the two (`Pagu Indikatif (Rp) > RKPD 2024` money, `… Pendanaan > Target 2024 > Sebelum`
 * quantity); when none does, a money word anywhere in the path.
 */
function holdsMoney(h: HeaderText, m: MeasureWords): boolean {
  if (m.money.test(h.leaf)) return true;
  const segs = h.path.split(" > ");
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = (segs[i] ?? "").trim();
    const money = m.money.test(s);
    const quantity = m.quantity.test(s);
    if (money && !quantity) return true;
    if (quantity && !money) return false;
  }
  return m.money.test(h.path);
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
