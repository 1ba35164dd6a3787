// Exact numbers for the hot paths: a scaled safe integer when the cell allows it, a Decimal otherwise.
import type { Dec } from "../model.js";
import { Money } from "../values/decimal.js";
import type { ParsedNumber } from "../values/types.js";
import { bigAt, fromBig, isScaled, pow10n, roundHalfUp, toBig } from "./big-scaled.js";
import { decimalOf } from "../values/number-result.js";

/**
 * value = coef / 10^decimals with coef a safe integer: integer arithmetic is exact, and ~50× cheaper than
 * Decimal. A parsed number cell with a coefficient is one already, so reading a cell allocates nothing.
 */
export interface Scaled {
  coef: number;
  decimals: number;
}

/** An exact number: scaled integer or Decimal. */
export type Num = Scaled | Dec;

const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** The exact number of a parsed cell, null when it holds none. */
export function numOf(p: ParsedNumber | undefined): Num | null {
  if (!p || p.kind !== "number") return null;
  return p.coef !== null ? (p as Scaled) : decimalOf(p);
}

/** As a Decimal (for messages and the rare slow path). */
export function toDec(x: Num): Dec {
  if (!isScaled(x)) return x;
  return x.decimals === 0 ? new Money(x.coef) : new Money(x.coef).div(POW10[x.decimals] ?? 10 ** x.decimals);
}

/** The coefficient of x at `decimals` (≥ x.decimals), NaN when it would not be a safe integer. */
function at(x: Scaled, decimals: number): number {
  if (x.decimals === decimals) return x.coef;
  const c = x.coef * (POW10[decimals - x.decimals] ?? Number.NaN);
  return Number.isSafeInteger(c) ? c : Number.NaN;
}

/** a + b, exact. */
export function addNum(a: Num | null, b: Num): Num {
  if (a === null) return b;
  if (isScaled(a) && isScaled(b)) {
    const d = a.decimals > b.decimals ? a.decimals : b.decimals;
    const c = at(a, d) + at(b, d);
    if (Number.isSafeInteger(c)) return { coef: c, decimals: d };
  }
  // BigInt, never Decimal arithmetic: Decimal rounds past its 40 digits.
  const x = toBig(a);
  const y = toBig(b);
  const d = x.d > y.d ? x.d : y.d;
  return fromBig({ c: bigAt(x, d) + bigAt(y, d), d });
}

/** a − b, exact. */
export function subNum(a: Num, b: Num): Num {
  return addNum(a, negNum(b));
}

function negNum(x: Num): Num {
  return isScaled(x) ? { coef: -x.coef, decimals: x.decimals } : x.neg();
}

/** Sign of a − b: −1, 0 or 1. */
export function cmpNum(a: Num, b: Num): number {
  if (isScaled(a) && isScaled(b)) {
    const d = a.decimals > b.decimals ? a.decimals : b.decimals;
    const ac = at(a, d);
    const bc = at(b, d);
    if (!Number.isNaN(ac) && !Number.isNaN(bc)) return ac === bc ? 0 : ac < bc ? -1 : 1;
  }
  const x = toBig(a);
  const y = toBig(b);
  const d = x.d > y.d ? x.d : y.d;
  const ac = bigAt(x, d);
  const bc = bigAt(y, d);
  return ac === bc ? 0 : ac < bc ? -1 : 1;
}

/** a = b, exactly. */
export function eqNum(a: Num, b: Num): boolean {
  return cmpNum(a, b) === 0;
}

/** True when negative. */
export function isNegativeNum(x: Num): boolean {
  return isScaled(x) ? x.coef < 0 : x.isNegative() && !x.isZero();
}

/** True when zero. */
export function isZeroNum(x: Num): boolean {
  return isScaled(x) ? x.coef === 0 : x.isZero();
}

/** a × b, exact. */
export function mulNum(a: Num, b: Num): Num {
  if (isScaled(a) && isScaled(b)) {
    const c = a.coef * b.coef;
    if (Number.isSafeInteger(c) && a.decimals + b.decimals < POW10.length) return { coef: c === 0 ? 0 : c, decimals: a.decimals + b.decimals };
  }
  const x = toBig(a);
  const y = toBig(b);
  return fromBig({ c: x.c * y.c, d: x.d + y.d });
}

/**
 * Whether `stated` (shown with `decimals`) agrees with numerator ÷ denominator × factor under the
 * rounding rule (equal after rounding half up to the stated decimals, within one unit). Exact, see roundedDiff.
 * @example ratioAgrees({ coef: 1366, decimals: 2 }, 2, { coef: 136537, decimals: 0 }, { coef: 1000000, decimals: 0 }, 100) // true
 */
export function ratioAgrees(stated: Num, decimals: number, num: Num, den: Num, factor: 1 | 100): boolean {
  return roundedDiff(stated, decimals, num, den, factor) <= 1;
}

/**
 * How far `stated` (shown with `decimals`) is from numerator ÷ denominator × factor rounded half up to
 * those decimals, in units of the last shown place: 0 (equal), 1 (within one unit) or 2 (further).
 * Exact: safe integers first, else BigInt rationals (a Decimal is read through its exact digits).
 * @example roundedDiff({ coef: 2175, decimals: 2 }, 2, { coef: 87, decimals: 0 }, { coef: 4, decimals: 0 }, 1) // 0
 */
export function roundedDiff(stated: Num, decimals: number, num: Num, den: Num, factor: 1 | 100): 0 | 1 | 2 {
  if (isScaled(stated) && isScaled(num) && isScaled(den) && den.coef !== 0 && stated.decimals <= decimals) {
    const small = smallRatioDiff(stated, decimals, num, den, factor);
    if (small !== null) return small === 0 ? 0 : small >= -1 && small <= 1 ? 1 : 2;
  }
  // In BigInt at scale D (the shown decimals, or the stated figure's own when it has more):
  // stated × 10^D − round(num/den × factor × 10^decimals) × 10^(D − decimals), one unit being 10^(D − decimals).
  const s = toBig(stated);
  const n = toBig(num);
  const m = toBig(den);
  if (m.c === 0n) return 2;
  const D = s.d > decimals ? s.d : decimals;
  const q = roundHalfUp(n.c * BigInt(factor) * pow10n(m.d + decimals), m.c * pow10n(n.d));
  const diff = bigAt(s, D) - q * pow10n(D - decimals);
  const unit = pow10n(D - decimals);
  return diff === 0n ? 0 : diff >= -unit && diff <= unit ? 1 : 2;
}

/**
 * stated × 10^decimals − round(num/den × factor × 10^decimals) with plain safe integers (exact: the
 * float quotient is corrected by its remainder), or null when an intermediate would not be safe.
 */
function smallRatioDiff(stated: Scaled, decimals: number, num: Scaled, den: Scaled, factor: number): number | null {
  const n = num.coef * factor * (POW10[den.decimals + decimals] ?? Number.NaN);
  const m = den.coef * (POW10[num.decimals] ?? Number.NaN);
  const s = stated.coef * (POW10[decimals - stated.decimals] ?? Number.NaN);
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(m) || !Number.isSafeInteger(s) || !Number.isSafeInteger(2 * n + m)) return null;
  const sign = n < 0 !== m < 0 ? -1 : 1;
  const a = Math.abs(n);
  const b = Math.abs(m);
  // q = floor((2a + b) / 2b), the half-up rounding of a / b.
  let q = Math.floor((2 * a + b) / (2 * b));
  const r = 2 * a + b - q * 2 * b;
  if (!Number.isSafeInteger(q * 2 * b)) return null;
  if (r < 0) q--;
  else if (r >= 2 * b) q++;
  return s - sign * q;
}


/**
 * A running exact sum that stays in plain integers while it can (no allocation per term), and
 * moves to Decimal when a term or the total would not be a safe integer.
 * @example const s = new NumSum(); s.add({ coef: 150, decimals: 2 }); s.add({ coef: 2, decimals: 0 }); s.value // { coef: 350, decimals: 2 }
 */
export class NumSum {
  private coef = 0;
  private decimals = 0;
  private dec: Dec | null = null;
  private terms = 0;

  add(x: Num): void {
    this.terms++;
    if (this.dec === null && isScaled(x)) {
      const d = x.decimals > this.decimals ? x.decimals : this.decimals;
      const mine = d === this.decimals ? this.coef : this.coef * (POW10[d - this.decimals] ?? Number.NaN);
      const c = mine + at(x, d);
      if (Number.isSafeInteger(c)) {
        this.coef = c;
        this.decimals = d;
        return;
      }
    }
    this.dec = toDec(addNum(this.dec ?? { coef: this.coef, decimals: this.decimals }, x));
  }

  /** The sum, null when nothing was added. */
  get value(): Num | null {
    if (this.terms === 0) return null;
    return this.dec ?? { coef: this.coef, decimals: this.decimals };
  }
}
