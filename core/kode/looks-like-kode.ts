// Cheap test whether a cell looks like a kode, for finding the kode column while detecting headers.
import type { CellValue } from "../grid.js";

/** A dotted code at the start of the text, then the end, a space or a dash/colon (`1.06.04 - X`, `2.0 1.`). */
const DOTTED_RE = /^\d{1,2}(?:\s*[.,]\s*\d{1,4})+[.,]*(?:$|[\s\-–—:;])/;
/** A bare small number, possibly broken by a PDF space or ending in a dot (`06`, `0 6`, `6.`, `0001`). */
const BARE_RE = /^(?:\d ?){1,4}[\s.,\-–—:;]*$/;
/** Money, not a code: thousands grouped by threes (`8.152`, `27.649.042.320`, `4,197,049,000.00`). */
const MONEY_RE = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** Largest bare integer that can be a kode cell (a sub kegiatan `9999`). */
const MAX_INTEGER = 9999;

/**
 * True when a cell looks like (part of) a kode: text that starts with a dotted code, a bare number of
 * up to four digits, or a number that is a small integer (1–9999) or a decimal 1–10 with at most two
 * decimals (`2.01`). Money (`27.649.042.320`) and quantities with units (`36 Dokumen`) are not.
 *
 * @example
 * looksLikeKode("1.06.04.2.01.0001 - Penyediaan"); // true
 * looksLikeKode(2.01);                             // true
 * looksLikeKode("27.649.042.320");                 // false
 * looksLikeKode("TOTAL");                          // false
 */
export function looksLikeKode(v: CellValue): boolean {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 1) return false;
    if (Number.isInteger(v)) return v <= MAX_INTEGER;
    return v < 10 && Number(v.toFixed(2)) === v;
  }
  if (typeof v !== "string") return false;
  const t = v.trim();
  if (t === "") return false;
  const c = t.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  if (BARE_RE.test(t)) return true;
  return DOTTED_RE.test(t) && !MONEY_RE.test(t);
}
