// A parsed number held as its integer coefficient; the Decimal is only built when someone asks for it.
import { Money, ZERO, type Dec } from "./decimal.js";

const POW10 = Array.from({ length: 16 }, (_, i) => new Money(10).pow(i));

/** The "number" result of a parser whose digits fit a safe integer. */
export interface ScaledNumber {
  readonly kind: "number";
  /** value × 10^decimals, a safe integer: the hot paths compare these. */
  readonly coef: number;
  readonly decimals: number;
  readonly percent: boolean;
  readonly unit: string | null;
  /** The Decimal, made on first use and kept. */
  readonly value: Dec;
}

/** A scaled number's own fields; `kind` and `value` come from the class (shared), so each number holds five. */
class Scaled {
  cached: Dec | null = null;

  constructor(
    readonly coef: number,
    readonly decimals: number,
    readonly percent: boolean,
    readonly unit: string | null,
  ) {}

  get kind(): "number" {
    return "number";
  }

  get value(): Dec {
    if (this.cached === null) {
      const c = this.coef === 0 ? ZERO : new Money(this.coef);
      this.cached = this.decimals === 0 || this.coef === 0 ? c : c.div(POW10[this.decimals] ?? new Money(10).pow(this.decimals));
    }
    return this.cached;
  }
}

/**
 * A scaled number: `coef` / 10^`decimals`.
 * @example scaledNumber(6042202952000, 2, false, null).value.toString(); // "60422029520"
 */
export function scaledNumber(coef: number, decimals: number, percent: boolean, unit: string | null): ScaledNumber {
  return new Scaled(coef, decimals, percent, unit);
}

/** True when `p` is a scaled number (so `withUnit` keeps it scaled). */
export function isScaledNumber(p: object): p is ScaledNumber {
  return p instanceof Scaled;
}
