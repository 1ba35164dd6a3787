// The one place that decides what "." and "," mean in a run of digits (grouping, decimal mark, garbage).
import type { NumberConvention } from "./types.js";

const DOT = 46;
const COMMA = 44;
const D0 = 48;
const D9 = 57;

/** Result of locating the decimal mark: the marks cannot be read (e.g. `418.441,900,00`). */
const INVALID = -1;
/** Result of locating the decimal mark: a single mark before exactly three digits (`8.152`), no convention given. */
const AMBIGUOUS = -2;

/**
 * True for the code units "0"-"9".
 *
 * @example
 * isDigitCode("7".charCodeAt(0)); // true
 */
export function isDigitCode(c: number): boolean {
  return c >= D0 && c <= D9;
}

/**
 * True for "." and ",".
 *
 * @example
 * isMarkCode(",".charCodeAt(0)); // true
 */
export function isMarkCode(c: number): boolean {
  return c === DOT || c === COMMA;
}

/** Groups after the first are exactly 3 digits; the first is 1-3 digits and does not start with 0. */
function groupsValid(text: string, start: number, end: number, group: number): boolean {
  if (text.charCodeAt(start) === D0) return false;
  let len = 0;
  let first = true;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === group) {
      if (first ? len < 1 || len > 3 : len !== 3) return false;
      first = false;
      len = 0;
    } else len++;
  }
  return !first && len === 3;
}

/** decimalMarkAt, with AMBIGUOUS instead of a decision when `convention` is null. */
function locate(text: string, start: number, end: number, convention: NumberConvention | null): number {
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= D0 && c <= D9) digits++;
    else if (c === DOT) {
      dots++;
      lastDot = i;
    } else if (c === COMMA) {
      commas++;
      lastComma = i;
    } else return INVALID;
  }
  if (digits === 0) return INVALID;
  if (dots === 0 && commas === 0) return end;
  let group = 0;
  let decPos = end;
  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark and may appear only once.
    if (lastDot > lastComma) {
      if (dots !== 1) return INVALID;
      group = COMMA;
      decPos = lastDot;
    } else {
      if (commas !== 1) return INVALID;
      group = DOT;
      decPos = lastComma;
    }
  } else {
    const mark = dots > 0 ? DOT : COMMA;
    if (dots + commas > 1) group = mark;
    else {
      const pos = dots > 0 ? lastDot : lastComma;
      const intLen = pos - start;
      // A grouped number never starts with a 0 group, so "0,750" is a decimal whatever the convention.
      if (end - pos - 1 === 3 && intLen >= 1 && intLen <= 3 && text.charCodeAt(start) !== D0) {
        if (convention === null) return AMBIGUOUS;
        if ((convention === "id") === (mark === DOT)) group = mark;
        else decPos = pos;
      } else decPos = pos;
    }
  }
  if (decPos === end - 1) return INVALID;
  if (group !== 0 && !groupsValid(text, start, decPos, group)) return INVALID;
  return decPos;
}

/**
 * Where the decimal mark of the digits-and-marks run text[start, end) is: its index, `end`
 * when the number has none, or -1 when the marks are garbage. Both marks: the last is the
 * decimal mark and appears once. One mark repeated: it groups thousands. One mark before
 * exactly three digits: the convention decides (id: "." groups). One mark before other than
 * three digits: decimal mark. Groups after the first must be exactly three digits.
 *
 * @example
 * decimalMarkAt("60.422.029.520,00", "id"); // 14
 * decimalMarkAt("8.152", "id"); // 5 (no decimal mark: 8152)
 * decimalMarkAt("418.441,900,00", "id"); // -1
 */
export function decimalMarkAt(text: string, convention: NumberConvention, start = 0, end = text.length): number {
  return locate(text, start, end, convention);
}

/**
 * Reads the digits-and-marks run text[start, end) as a plain decimal string ("27649042320",
 * "60422029520.00"), or null when the marks are garbage (rules of {@link decimalMarkAt}).
 *
 * @example
 * normalizeSeparators("60.422.029.520,00", "id"); // "60422029520.00"
 * normalizeSeparators("8.152", "en"); // "8.152"
 * normalizeSeparators("418.441,900,00", "id"); // null
 */
export function normalizeSeparators(
  text: string,
  convention: NumberConvention,
  start = 0,
  end = text.length,
): string | null {
  const decPos = locate(text, start, end, convention);
  if (decPos < 0) return null;
  let out = "";
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= D0 && c <= D9) out += text[i];
    else if (i === decPos) out += out === "" ? "0." : ".";
  }
  return out;
}

/**
 * The convention a digits-and-marks run proves, or null when it proves none (no marks,
 * ambiguous `8.152`, or garbage).
 *
 * @example
 * conventionOf("1.234,5"); // "id"
 * conventionOf("2.5"); // "en"
 * conventionOf("8.152"); // null
 */
export function conventionOf(text: string, start = 0, end = text.length): NumberConvention | null {
  const decPos = locate(text, start, end, null);
  if (decPos < 0) return null;
  if (decPos < end) return text.charCodeAt(decPos) === COMMA ? "id" : "en";
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) return "id";
    if (c === COMMA) return "en";
  }
  return null;
}
