// Navigates canonical kodes: level, parent, bidang, filling in a missing bidang, and natural sort order.
import type { KodeLevel, KodeRead } from "./types.js";

/** A bidang as `withBidang` accepts it: `1.06`. */
const BIDANG_RE = /^\d\.\d\d$/;
/** Level by the number of dots in a canonical code (the kegiatan `2.01` holds one dot of its own). */
const LEVEL_BY_DOTS: readonly KodeLevel[] = [1, 2, 3, 4, 4, 5];

function countDots(s: string): number {
  let n = 0;
  for (let i = s.indexOf("."); i >= 0; i = s.indexOf(".", i + 1)) n++;
  return n;
}

/**
 * Level of a canonical code: 1 urusan … 5 sub kegiatan. Never throws: a string that is not canonical
 * gets the level its number of dots suggests (3 dots → 4, 5 or more → 5).
 *
 * @example
 * levelOf("1.06.04");           // 3
 * levelOf("1.06.04.2.01");      // 4
 * levelOf("1.06.04.2.01.0001"); // 5
 */
export function levelOf(canonical: string): KodeLevel {
  return LEVEL_BY_DOTS[countDots(canonical)] ?? 5;
}

/**
 * Parent of a canonical code: the code with its last segment removed (the kegiatan `2.01` is one
 * segment). Null for an urusan.
 *
 * @example
 * parentOf("1.06.04.2.01.0001"); // "1.06.04.2.01"
 * parentOf("1.06.04.2.01");      // "1.06.04"
 * parentOf("1");                 // null
 */
export function parentOf(canonical: string): string | null {
  const level = levelOf(canonical);
  if (level === 1) return null;
  let cut = canonical.lastIndexOf(".");
  if (level === 4) cut = canonical.lastIndexOf(".", cut - 1);
  return cut > 0 ? canonical.slice(0, cut) : null;
}

/**
 * Bidang (`U.BB`) of a canonical code of level 2 or deeper; null for an urusan.
 *
 * @example
 * bidangOf("1.06.04.2.01.0001"); // "1.06"
 * bidangOf("1");                 // null
 */
export function bidangOf(canonical: string): string | null {
  const first = canonical.indexOf(".");
  if (first < 0) return null;
  const second = canonical.indexOf(".", first + 1);
  return second < 0 ? canonical : canonical.slice(0, second);
}

/**
 * Fills the canonical code of a read written without urusan and bidang (`needsBidang`) from its
 * partial and the given bidang (`1.06`). `needsBidang` stays true (it says how the code was written),
 * so calling it twice is harmless. Returns the read unchanged when it does not need a bidang, has no
 * partial (malformed), or the bidang is not of the form `U.BB`.
 *
 * @example
 * withBidang(readKode(["01.2.01.01"])!, "1.06").canonical; // "1.06.01.2.01.0001"
 */
export function withBidang(read: KodeRead, bidang: string): KodeRead {
  if (!read.needsBidang || read.partial === null || !BIDANG_RE.test(bidang)) return read;
  return { ...read, canonical: bidang + "." + read.partial };
}

/** Compares a[as..ae) with b[bs..be): numerically when both are digits, else as text. */
function comparePiece(a: string, as: number, ae: number, b: string, bs: number, be: number): number {
  let digits = true;
  for (let k = as; k < ae && digits; k++) digits = isDigit(a.charCodeAt(k));
  for (let k = bs; k < be && digits; k++) digits = isDigit(b.charCodeAt(k));
  if (digits) {
    while (as < ae - 1 && a.charCodeAt(as) === 48) as++;
    while (bs < be - 1 && b.charCodeAt(bs) === 48) bs++;
    if (ae - as !== be - bs) return ae - as < be - bs ? -1 : 1;
  }
  const n = Math.min(ae - as, be - bs);
  for (let k = 0; k < n; k++) {
    const d = a.charCodeAt(as + k) - b.charCodeAt(bs + k);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return ae - as === be - bs ? 0 : ae - as < be - bs ? -1 : 1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Natural order of codes, segment by segment (numerically: `01` = `0001`), a parent before its
 * children; for sorting. Codes equal segment by segment are ordered by their text, so the order is total.
 *
 * @example
 * ["1.06.10", "1.06.02", "1.06"].sort(compareKode); // ["1.06", "1.06.02", "1.06.10"]
 */
export function compareKode(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    let ea = a.indexOf(".", i);
    if (ea < 0) ea = a.length;
    let eb = b.indexOf(".", j);
    if (eb < 0) eb = b.length;
    const c = comparePiece(a, i, ea, b, j, eb);
    if (c !== 0) return c;
    i = ea + 1;
    j = eb + 1;
  }
  const aDone = i >= a.length;
  const bDone = j >= b.length;
  if (aDone !== bDone) return aDone ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}
