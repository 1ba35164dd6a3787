// A parsed number held as its integer coefficient; the Decimal is only built when someone asks for it.
import { Money, ZERO, type Dec } from "./decimal.js";

const POW10 = Array.from({ length: 16 }, (_, i) => new Money(10).pow(i));

/**
 * The "number" result of a parser whose digits fit a safe integer: `value` (a Decimal) is made on
 * first use and kept. Most checks only need `coef`, so most cells never build a Decimal at all.
 *
 * @example
 * new ScaledNumber(6042202952000, 2, false, null).value.toString(); // "60422029520"
 */
export class ScaledNumber {
  readonly kind = "number" as const;
  #value: Dec | null = null;

  constructor(
    readonly coef: number,
    readonly decimals: number,
    readonly percent: boolean,
    readonly unit: string | null,
  ) {}

  get value(): Dec {
    if (this.#value === null) {
      const c = this.coef === 0 ? ZERO : new Money(this.coef);
      this.#value = this.decimals === 0 || this.coef === 0 ? c : c.div(POW10[this.decimals] ?? new Money(10).pow(this.decimals));
    }
    return this.#value;
  }

  /** The same number with another unit (`Rp 5.000.000` read as a quantity). */
  withUnit(unit: string | null): ScaledNumber {
    return new ScaledNumber(this.coef, this.decimals, this.percent, unit);
  }
}
