// Ready-made results the parsers share: numbers (read exactly, never via float arithmetic), booleans, empty, invalid text.
import { decimalFromNumber } from "./fast-decimal.js";
import { numberResult } from "./number-result.js";
import type { Dec } from "./decimal.js";
import { isErrorValue } from "./special-text.js";
import type { InvalidReason, ParsedNumber } from "./types.js";

/** The result for null, blank and lone-dash cells (shared, frozen). */
export const EMPTY: ParsedNumber = Object.freeze({ kind: "empty" });

/** Decimals reported for a JS number are capped: 0.1 + 0.2 should not claim 17 shown digits. */
const MAX_NUMBER_DECIMALS = 10;

/**
 * A number cell as a ParsedNumber. `times100` turns a %-formatted fraction (0.5756) into
 * percent units (57.56), exactly; `decimals` are counted on the result. NaN and ±Infinity are
 * invalid ("not-a-number"); -0 reads as 0.
 *
 * @example
 * numberCell(0.5756, true, true, "%"); // { kind: "number", coef: 5756, decimals: 2, percent: true, unit: "%", exact: 57.56 }
 */
export function numberCell(v: number, percent: boolean, times100: boolean, unit: string | null): ParsedNumber {
  if (!Number.isFinite(v)) return { kind: "invalid", text: String(v), reason: "not-a-number" };
  if (!times100 && Number.isSafeInteger(v)) return numberResult(v === 0 ? 0 : v, 0, percent, unit, null);
  const value = decimalFromNumber(v, times100 ? 2 : 0);
  const dp = value.decimalPlaces();
  if (dp > MAX_NUMBER_DECIMALS) return numberResult(null, MAX_NUMBER_DECIMALS, percent, unit, value);
  return numberResult(coefficientFromNumber(v, value, dp, times100), dp, percent, unit, value);
}

/**
 * An unreadable stretch [start, end) of a text cell.
 * @example invalidText("Rp abc", 3, 6, "not-a-number"); // { kind: "invalid", text: "abc", reason: "not-a-number" }
 */
export function invalidText(raw: string, start: number, end: number, reason: InvalidReason): ParsedNumber {
  return { kind: "invalid", text: start === 0 && end === raw.length ? raw : raw.slice(start, end), reason };
}

/**
 * A money or percent text that starts with "#": a spreadsheet error value, else simply not a number.
 *
 * @example
 * hashText("#REF!", 0, 5); // { kind: "invalid", text: "#REF!", reason: "error-value" }
 */
export function hashText(raw: string, start: number, end: number): ParsedNumber {
  return invalidText(raw, start, end, isErrorValue(raw.slice(start, end)) ? "error-value" : "not-a-number");
}

/**
 * A boolean cell: never a number.
 *
 * @example
 * booleanCell(true); // { kind: "invalid", text: "TRUE", reason: "boolean" }
 */
export function booleanCell(v: boolean): ParsedNumber {
  return { kind: "invalid", text: v ? "TRUE" : "FALSE", reason: "boolean" };
}

/**
 * A cell of a type no host hands over (undefined from untyped callers, objects): empty when
 * undefined, otherwise not a number.
 *
 * @example
 * otherCell(undefined); // { kind: "empty" }
 */
export function otherCell(v: unknown): ParsedNumber {
  if (v === undefined) return EMPTY;
  let text: string;
  try {
    text = String(v);
  } catch {
    text = typeof v;
  }
  return { kind: "invalid", text, reason: "not-a-number" };
}

/** value × 10^dp as a safe integer, or null: integers directly, other numbers through their exact decimal. */
function coefficientFromNumber(v: number, value: Dec, dp: number, times100: boolean): number | null {
  if (dp === 0 && !times100 && Number.isSafeInteger(v)) return v === 0 ? 0 : v;
  if (value.precision(true) > 15) return null;
  const c = Number(value.times(10 ** dp).toFixed(0));
  return Number.isSafeInteger(c) ? c : null;
}
