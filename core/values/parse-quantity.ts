// Reads a target / realisation cell: one number with an optional unit ("36 Dokumen", "100 %"), else text.
import type { CellValue } from "../grid.js";
import { booleanCell, EMPTY, numberCell, otherCell } from "./cell-results.js";
import { coefficientOf, decimalFromDigits } from "./fast-decimal.js";
import { numberResult } from "./number-result.js";
import { parseMoneyText } from "./parse-money.js";
import { decimalMarkAt, isDigitCode, isMarkCode } from "./separators.js";
import { afterSpaces, beforeSpaces, currencyPrefixLength, isErrorValue, isLoneDash, isMinusCode } from "./special-text.js";
import type { NumberConvention, ParseContext, ParsedNumber } from "./types.js";

/** Letters a unit may glue digits to ("M2", "Km2"): ASCII letters and anything from Latin-1 letters up. */
function isLetterCode(c: number): boolean {
  const l = c | 0x20;
  return (l >= 0x61 && l <= 0x7a) || c >= 0xc0;
}

/** True when the unit text[k, e) holds a number of its own ("Jenis/710 item", "Unit Rehab 10 Unit"). */
function unitHasNumber(text: string, k: number, e: number): boolean {
  for (let m = k; m < e; m++) {
    if (isDigitCode(text.charCodeAt(m)) && (m === k || !isLetterCode(text.charCodeAt(m - 1)))) return true;
  }
  return false;
}

/** The last unit read: a column repeats its unit row after row, so the text is reused instead of sliced again. */
let lastUnit = "";

/** raw[j, e) as a string, the previous unit when it is the same text. */
function unitText(raw: string, j: number, e: number): string {
  if (lastUnit.length !== e - j || !raw.startsWith(lastUnit, j)) lastUnit = raw.slice(j, e);
  return lastUnit;
}

function cut(raw: string, start: number, end: number): string {
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}

/**
 * Reads a quantity written as text. One number, then an optional unit without numbers of its
 * own; anything else is text, kept as is.
 *
 * @example
 * parseQuantityText("8.152 Keluarga", "id"); // number 8152, unit "Keluarga"
 * parseQuantityText("390;320 Jenis/710 item", "id"); // text
 */
export function parseQuantityText(raw: string, convention: NumberConvention): ParsedNumber {
  const i = afterSpaces(raw, 0, raw.length);
  const e = beforeSpaces(raw, i, raw.length);
  if (i === e || isLoneDash(raw, i, e)) return EMPTY;
  const c0 = raw.charCodeAt(i);
  if (c0 === 35) {
    return isErrorValue(cut(raw, i, e)) ? { kind: "invalid", text: cut(raw, i, e), reason: "error-value" } : { kind: "text", text: cut(raw, i, e) };
  }
  if (currencyPrefixLength(raw, i) > 0) {
    const m = parseMoneyText(raw, convention);
    if (m.kind === "number") return numberResult(m.coef, m.decimals, m.percent, "Rp", m.exact);
    return m.kind === "invalid" && m.reason === "not-a-number" ? { kind: "text", text: m.text } : m;
  }
  let j = i;
  let neg = false;
  if (isMinusCode(c0) || c0 === 43) {
    neg = c0 !== 43;
    j++;
    j = afterSpaces(raw, j, e);
  }
  if (!isDigitCode(raw.charCodeAt(j))) return { kind: "text", text: cut(raw, i, e) };
  const numStart = j;
  while (j < e && (isDigitCode(raw.charCodeAt(j)) || isMarkCode(raw.charCodeAt(j)))) j++;
  const numEnd = j;
  j = afterSpaces(raw, j, e);
  // "1. Dokumen RKA" is a numbered item, not a quantity; a bare "5," is a broken number.
  if (isMarkCode(raw.charCodeAt(numEnd - 1))) {
    return j < e ? { kind: "text", text: cut(raw, i, e) } : { kind: "invalid", text: cut(raw, i, e), reason: "bad-separators" };
  }
  if (j === numEnd && j < e && (raw.charCodeAt(j) | 0x20) === 0x65 && isDigitCode(raw.charCodeAt(j + 1))) {
    return { kind: "text", text: cut(raw, i, e) };
  }
  if (unitHasNumber(raw, j, e)) return { kind: "text", text: cut(raw, i, e) };
  const dec = decimalMarkAt(raw, convention, numStart, numEnd);
  if (dec < 0) return { kind: "invalid", text: cut(raw, i, e), reason: "bad-separators" };
  const unit = j < e ? unitText(raw, j, e) : null;
  const decimals = dec < numEnd ? numEnd - dec - 1 : 0;
  const percent = unit !== null && unit.charCodeAt(0) === 37;
  const coef = coefficientOf(raw, numStart, numEnd, neg);
  if (coef !== null) return numberResult(coef, decimals, percent, unit, null);
  return numberResult(null, decimals, percent, unit, decimalFromDigits(raw, numStart, numEnd, dec, neg));
}

/**
 * Reads a target or realisation cell (K). A number cell with a % format is read in percent
 * units (0.75 → 75, unit "%"), as the text "75%" would be.
 *
 * @example
 * parseQuantity("36 Dokumen", { convention: "id" }); // number 36, unit "Dokumen"
 * parseQuantity("62,00 / B", { convention: "id" }); // number 62, decimals 2, unit "/ B"
 * parseQuantity("Cepat Berkembang", { convention: "id" }); // text
 */
export function parseQuantity(v: CellValue, ctx: ParseContext): ParsedNumber {
  if (typeof v === "string") return parseQuantityText(v, ctx.convention);
  if (typeof v === "number") return ctx.percentFormat === true ? numberCell(v, true, true, "%") : numberCell(v, false, false, null);
  if (v === null) return EMPTY;
  if (typeof v === "boolean") return booleanCell(v);
  return otherCell(v);
}
