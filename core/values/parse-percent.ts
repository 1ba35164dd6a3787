// Reads a percentage cell ("57,56%", "100 %", or a plain number under a % header) in percent units.
import type { CellValue } from "../grid.js";
import { booleanCell, EMPTY, hashText, invalidText, numberCell, otherCell } from "./cell-results.js";
import { coefficientOf, decimalFromDigits } from "./fast-decimal.js";
import { numberResult } from "./number-result.js";
import { decimalMarkAt, isDigitCode, isMarkCode } from "./separators.js";
import { afterSpaces, beforeSpaces, isLoneDash, isMinusCode } from "./special-text.js";
import type { NumberConvention, ParseContext, ParsedNumber } from "./types.js";

/**
 * Reads a percentage written as text: a number and an optional "%" sign, nothing else.
 *
 * @example
 * parsePercentText("57,56%", "id"); // number 57.56, decimals 2, percent true, unit "%"
 * parsePercentText("45", "id"); // number 45, percent false, unit null
 */
export function parsePercentText(raw: string, convention: NumberConvention): ParsedNumber {
  let i = afterSpaces(raw, 0, raw.length);
  const e = beforeSpaces(raw, i, raw.length);
  if (i === e || isLoneDash(raw, i, e)) return EMPTY;
  const s = i;
  const c0 = raw.charCodeAt(i);
  if (c0 === 35) return hashText(raw, s, e);
  let neg = false;
  if (isMinusCode(c0) || c0 === 43) {
    neg = c0 !== 43;
    i++;
    i = afterSpaces(raw, i, e);
  }
  const numStart = i;
  let digits = 0;
  while (i < e) {
    const c = raw.charCodeAt(i);
    if (isDigitCode(c)) digits++;
    else if (!isMarkCode(c)) break;
    i++;
  }
  const numEnd = i;
  i = afterSpaces(raw, i, e);
  const percent = raw.charCodeAt(i) === 37;
  if (percent) i++;
  if (i !== e || digits === 0) return invalidText(raw, s, e, "not-a-number");
  const dec = decimalMarkAt(raw, convention, numStart, numEnd);
  if (dec < 0) return invalidText(raw, s, e, "bad-separators");
  const decimals = dec < numEnd ? numEnd - dec - 1 : 0;
  const coef = coefficientOf(raw, numStart, numEnd, neg);
  if (coef !== null) return numberResult(coef, decimals, percent, percent ? "%" : null, null);
  return numberResult(null, decimals, percent, percent ? "%" : null, decimalFromDigits(raw, numStart, numEnd, dec, neg));
}

/**
 * Reads a percentage cell in percent units. A number cell with a % format holds a fraction
 * and is multiplied by 100 exactly (0.5756 → 57.56, decimals counted after scaling); a plain
 * number is taken as is with percent false (the caller knows the header says %).
 *
 * @example
 * parsePercent("13,66%", { convention: "id" }); // number 13.66, decimals 2, percent true
 * parsePercent(0.5756, { convention: "id", percentFormat: true }); // number 57.56, percent true
 * parsePercent("Baik", { convention: "id" }); // invalid, "not-a-number"
 */
export function parsePercent(v: CellValue, ctx: ParseContext): ParsedNumber {
  if (typeof v === "string") return parsePercentText(v, ctx.convention);
  if (typeof v === "number") return ctx.percentFormat === true ? numberCell(v, true, true, "%") : numberCell(v, false, false, null);
  if (v === null) return EMPTY;
  if (typeof v === "boolean") return booleanCell(v);
  return otherCell(v);
}
