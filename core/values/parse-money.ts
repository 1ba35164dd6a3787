// Reads a money cell (pagu, realisasi Rp): grouped digits, "Rp" marks, negatives; garbage is invalid, never 0.
import type { CellValue } from "../grid.js";
import { booleanCell, EMPTY, hashText, invalidText, numberCell, otherCell } from "./cell-results.js";
import { coefficientOf, decimalFromDigits } from "./fast-decimal.js";
import { numberResult } from "./number-result.js";
import { decimalMarkAt, isDigitCode, isMarkCode } from "./separators.js";
import { afterSpaces, beforeSpaces, currencyPrefixLength, isLoneDash, isMinusCode } from "./special-text.js";
import type { NumberConvention, ParseContext, ParsedNumber } from "./types.js";

/**
 * Reads money written as text: `27.649.042.320`, `60.422.029.520,00`, `4,197,049,000`,
 * `Rp.27.649.042.320,-`, `(35.000.000)`, `-35.000.000`; `-`, `Rp -` and blanks are empty.
 *
 * @example
 * parseMoneyText("Rp 58.061.400.000", "id"); // number 58061400000, decimals 0
 */
export function parseMoneyText(raw: string, convention: NumberConvention): ParsedNumber {
  let i = afterSpaces(raw, 0, raw.length);
  let e = beforeSpaces(raw, i, raw.length);
  if (i === e || isLoneDash(raw, i, e)) return EMPTY;
  const s = i;
  const t = e;
  if (raw.charCodeAt(i) === 35) {
    return hashText(raw, s, t);
  }
  // Prefixes in any order, each at most once: "(" … ")", a sign, a currency mark.
  let paren = false;
  let sign = false;
  let neg = false;
  let cur = false;
  for (;;) {
    const c = raw.charCodeAt(i);
    let n = 0;
    if (!paren && !sign && c === 40 && raw.charCodeAt(e - 1) === 41) {
      paren = true;
      neg = true;
      i++;
      e--;
    } else if (!sign && !paren && (isMinusCode(c) || c === 43)) {
      sign = true;
      neg = c !== 43;
      i++;
    } else if (!cur && (n = currencyPrefixLength(raw, i)) > 0) {
      cur = true;
      i += n;
    } else break;
    i = afterSpaces(raw, i, e);
    e = beforeSpaces(raw, i, e);
  }
  // "Rp 1.000,-": the ",-" says "no cents".
  if (e - i >= 2 && raw.charCodeAt(e - 1) === 45 && isMarkCode(raw.charCodeAt(e - 2))) {
    e -= 2;
    e = beforeSpaces(raw, i, e);
  }
  if (i === e) return sign && neg ? EMPTY : invalidText(raw, s, t, "not-a-number");
  if (isLoneDash(raw, i, e)) return sign ? invalidText(raw, s, t, "not-a-number") : EMPTY;
  let digits = 0;
  for (let k = i; k < e; k++) {
    const c = raw.charCodeAt(k);
    if (isDigitCode(c)) digits++;
    else if (!isMarkCode(c)) return invalidText(raw, s, t, "not-a-number");
  }
  if (digits === 0) return invalidText(raw, s, t, "not-a-number");
  const dec = decimalMarkAt(raw, convention, i, e);
  if (dec < 0) return invalidText(raw, s, t, "bad-separators");
  const decimals = dec < e ? e - dec - 1 : 0;
  const coef = coefficientOf(raw, i, e, neg);
  if (coef !== null) return numberResult(coef, decimals, false, null, null);
  return numberResult(null, decimals, false, null, decimalFromDigits(raw, i, e, dec, neg));
}

/**
 * Reads a money cell. Numbers are taken exactly (via their shortest decimal string); text is
 * read by {@link parseMoneyText}; booleans, error values and any other text are invalid.
 * `unit` is always null; `percent` is true only for a number cell with a % format.
 *
 * @example
 * parseMoney("60.422.029.520,00", { convention: "id" }); // number 60422029520, decimals 2
 * parseMoney("(35.000.000)", { convention: "id" }); // number -35000000
 * parseMoney("418.441,900,00", { convention: "id" }); // invalid, "bad-separators"
 */
export function parseMoney(v: CellValue, ctx: ParseContext): ParsedNumber {
  if (typeof v === "string") return parseMoneyText(v, ctx.convention);
  if (typeof v === "number") return numberCell(v, ctx.percentFormat === true, false, null);
  if (v === null) return EMPTY;
  if (typeof v === "boolean") return booleanCell(v);
  return otherCell(v);
}
