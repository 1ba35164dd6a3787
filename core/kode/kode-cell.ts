// Splits one kode cell into its code part (digits and dots), the code as written and the text after it.
import type { CellValue } from "../grid.js";

/**
 * The code part of one kode cell.
 *
 * @example
 * const cell: KodeCell = { code: "2.01", raw: "2.0 1.", rest: null, inexact: false };
 */
export interface KodeCell {
  /** Digits and dots only: commas made dots, inner spaces (split cells) removed, trailing dots dropped. */
  code: string;
  /** The code part as written, trimmed. */
  raw: string;
  /** Text after the code, or null. */
  rest: string | null;
  /** A number with more than two decimals: no code can be read from it exactly. */
  inexact: boolean;
  /** Letters glued to the code's last digits (`0003a`): not a code of the nomenclature. */
  letters?: boolean;
}

/** A cell that is a clean dotted code and nothing else. */
const CLEAN_RE = /^\d+(?:\.\d+)*$/;
/** Code part of a split cell: PDF breaks may put spaces anywhere inside (`2.0 1.`, `0 6`). */
const SPLIT_PREFIX_RE = /^\d[\d.,\s]*/;
/** Code part of a one-cell code: spaces only next to a separator (`1. 06 .04`). */
const ONE_PREFIX_RE = /^\d+(?:(?:\s*[.,])+\s*\d+)*(?:\s*[.,])*\s*/;
/** Characters allowed right after a code with no space between (`1.06.04-PROGRAM X`). */
const JOINED_AFTER_RE = /^[-–—:;]/;
/** Text that continues a number rather than following a code (`13 = 8+10`, `100 %`). */
const NOT_REST_RE = /^[=%/+*×<>]/;
/** One or two letters glued to a code's last digit and ending there (`1.06.01.2.03.0003a Nama`). */
const LETTER_SUFFIX_RE = /^[A-Za-z]{1,2}(?=$|[\s\-–—:;.,])/;
/** Separators between the code and the name. */
const REST_LEAD_RE = /^[\s\-–—:;]+/;
const SPACES_RE = /\s+/g;
const COMMA_RE = /,/g;
const TRAILING_DOTS_RE = /\.+$/;
/** Only dots, commas and spaces (`.`, `..`): the PDF's leftovers of an empty cell. */
const DOTS_ONLY_RE = /^[\s.,]*$/;
/** Whitespace at the end of a string. */
const ENDS_SPACE_RE = /\s$/;
/** Numbers at or above this print with an exponent or lose digits: not a code. */
const MAX_NUMBER = 1e15;

/**
 * True when a kode cell holds nothing: null, empty, blank, or only dots (`.`, `..`).
 *
 * @example
 * isBlankKodeCell(".."); // true
 * isBlankKodeCell(0);    // false
 */
export function isBlankKodeCell(v: CellValue): boolean {
  if (v === null) return true;
  if (typeof v !== "string") return false;
  if (v === "") return true;
  const c = v.charCodeAt(0);
  if (c >= 48 && c <= 57) return false;
  return DOTS_ONLY_RE.test(v);
}

/**
 * The code part of one non-blank kode cell, or null when the cell does not start with a code.
 * `split` is true when the row's kode is spread over several cells: spaces inside the code are
 * then PDF breaks and removed. Numbers: integers as written, others with two decimals
 * (Excel's 2.1 was typed `2.10`).
 *
 * @example
 * kodeCell("1.06.04 - PROGRAM X", false); // { code: "1.06.04", raw: "1.06.04", rest: "PROGRAM X", inexact: false }
 * kodeCell("2.0 1.", true)?.code;         // "2.01"
 * kodeCell(2.1, true)?.code;              // "2.10"
 * kodeCell("TOTAL", false);               // null
 */
export function kodeCell(v: CellValue, split: boolean): KodeCell | null {
  if (typeof v === "number") return numberCell(v);
  if (typeof v !== "string") return null;
  const t = isTrimmed(v) ? v : v.trim();
  if (CLEAN_RE.test(t)) return { code: t, raw: t, rest: null, inexact: false };
  const m = (split ? SPLIT_PREFIX_RE : ONE_PREFIX_RE).exec(t);
  if (m === null) return null;
  const prefix = m[0];
  let rest: string | null = null;
  let letters = "";
  if (prefix.length < t.length) {
    let after = t.slice(prefix.length);
    const glued = ENDS_SPACE_RE.test(prefix) || prefix.length < 2 ? null : LETTER_SUFFIX_RE.exec(after);
    if (glued) {
      letters = glued[0];
      after = after.slice(letters.length);
    }
    if (after !== "" && !glued && !ENDS_SPACE_RE.test(prefix) && !JOINED_AFTER_RE.test(after)) return null;
    if (NOT_REST_RE.test(after)) return null;
    const r = after.replace(REST_LEAD_RE, "").trim();
    if (NOT_REST_RE.test(r)) return null;
    rest = r === "" ? null : r;
  }
  const code = prefix.replace(SPACES_RE, "").replace(COMMA_RE, ".").replace(TRAILING_DOTS_RE, "");
  if (letters !== "") return { code, raw: prefix.trim() + letters, rest, inexact: false, letters: true };
  return { code, raw: prefix.trim(), rest, inexact: false };
}

/** A number cell as code text: integers as written, others with exactly two decimals. */
function numberCell(n: number): KodeCell | null {
  if (!Number.isFinite(n) || n < 0 || n >= MAX_NUMBER) return null;
  const raw = String(n);
  if (Number.isInteger(n)) return { code: raw, raw, rest: null, inexact: false };
  const fixed = n.toFixed(2);
  const inexact = Number(fixed) !== n;
  return { code: inexact ? raw : fixed, raw, rest: null, inexact };
}

/** True when the text has no whitespace at either end (so `trim` can be skipped). */
function isTrimmed(s: string): boolean {
  if (s.length === 0) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  return a > 32 && a < 127 && b > 32 && b < 127;
}
