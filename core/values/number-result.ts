// The "number" result of the parsers: one plain object shape (kind, coef, decimals, percent, unit, exact); the Decimal is built only when asked for.
import { Money, ZERO, type Dec } from "./decimal.js";
import type { ParsedNumber } from "./types.js";

/** A parse result that holds a number. */
export type NumberResult = Extract<ParsedNumber, { kind: "number" }>;

const POW10 = Array.from({ length: 16 }, (_, i) => new Money(10).pow(i));

/**
 * A number result, always made here so that every one has the same shape: a plain object literal, which the
 * engine allocates and keeps more cheaply than a class instance when every cell of a sheet makes one.
 * `exact` is the Decimal when the parser has one (and must be, when `coef` is null: more than 15 digits).
 * @example numberResult(6042202952000, 2, false, null, null).coef // 6042202952000
 */
export function numberResult(coef: number | null, decimals: number, percent: boolean, unit: string | null, exact: Dec | null): NumberResult {
  return { kind: "number", coef, decimals, percent, unit, exact };
}

/**
 * The number as a Decimal: `exact` when the parser kept one, else coef / 10^decimals (built anew each call:
 * only messages and the rare slow paths ask).
 * @example decimalOf(numberResult(150, 2, false, null, null)).toString() // "1.5"
 */
export function decimalOf(p: NumberResult): Dec {
  if (p.exact !== null) return p.exact;
  const coef = p.coef ?? 0;
  if (coef === 0) return ZERO;
  const c = new Money(coef);
  return p.decimals === 0 ? c : c.div(POW10[p.decimals] ?? new Money(10).pow(p.decimals));
}
