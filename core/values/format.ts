// Writes decimals back the way Renja sheets show them: grouped thousands, Indonesian or English marks.
import { Money, type Dec } from "./decimal.js";

/** Puts `sep` between groups of three digits of an unsigned digit string. */
function groupDigits(digits: string, sep: string): string {
  const n = digits.length;
  if (n <= 3) return digits;
  let head = n % 3 || 3;
  let out = digits.slice(0, head);
  for (; head < n; head += 3) out += sep + digits.slice(head, head + 3);
  return out;
}

/** Groups and localises a plain fixed-point string ("-1234.5"), dropping the sign of a zero. */
function localise(fixed: string, lang: "id" | "en"): string {
  let neg = false;
  let body = fixed;
  if (body.charCodeAt(0) === 45) {
    neg = true;
    body = body.slice(1);
  }
  const p = body.indexOf(".");
  const int = p < 0 ? body : body.slice(0, p);
  const frac = p < 0 ? "" : body.slice(p + 1);
  const grouped = groupDigits(int, lang === "id" ? "." : ",");
  const out = frac === "" ? grouped : grouped + (lang === "id" ? "," : ".") + frac;
  return neg && /[1-9]/.test(body) ? "-" + out : out;
}

/**
 * Money as a reviewer reads it: grouped thousands, a leading "-" for negatives, two decimals
 * (rounded half up) only when the cents are not zero.
 *
 * @example
 * formatMoney(new Money("1100000000"), "id"); // "1.100.000.000"
 * formatMoney(new Money("-1234.5"), "en"); // "-1,234.50"
 */
export function formatMoney(d: Dec, lang: "id" | "en"): string {
  if (!d.isFinite()) return d.toString();
  const r = d.toDecimalPlaces(2, Money.ROUND_HALF_UP);
  return localise(r.toFixed(r.isInteger() ? 0 : 2), lang);
}

/**
 * A quantity or percentage: grouped thousands and the language's decimal mark; with
 * `decimals`, rounded half up to exactly that many digits, else all digits of the value.
 *
 * @example
 * formatNumber(new Money("13.66"), "id"); // "13,66"
 * formatNumber(new Money("13.6537"), "en", 2); // "13.65"
 * formatNumber(new Money("8152"), "id"); // "8.152"
 */
export function formatNumber(d: Dec, lang: "id" | "en", decimals?: number): string {
  if (!d.isFinite()) return d.toString();
  if (decimals === undefined) return localise(d.toFixed(), lang);
  const dp = Math.min(Math.max(Math.floor(decimals) || 0, 0), 100);
  return localise(d.toFixed(dp, Money.ROUND_HALF_UP), lang);
}
