// The exact slow path of the scaled-integer arithmetic: any number as a BigInt coefficient and a scale, never rounded.
import type { Dec } from "../model.js";
import { Money } from "../values/decimal.js";
import type { Num, Scaled } from "./num.js";

/** value = c / 10^d, exactly. */
export interface BigScaled {
  c: bigint;
  d: number;
}

const POW10N = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

/** 10^k as a BigInt. */
export function pow10n(k: number): bigint {
  return POW10N[k] ?? 10n ** BigInt(k);
}

/** True for a scaled safe integer (else it is a Decimal). */
export function isScaled(x: Num): x is Scaled {
  return typeof (x as Scaled).coef === "number";
}

/**
 * Any exact number as a BigInt coefficient (a Decimal through its exact fixed-point text).
 * @example toBig(new Money("-1.25")) // { c: -125n, d: 2 }
 */
export function toBig(x: Num): BigScaled {
  if (isScaled(x)) return { c: BigInt(x.coef), d: x.decimals };
  const d = x.decimalPlaces();
  return { c: BigInt(x.toFixed(d).replace(".", "")), d };
}

/** The coefficient of x at scale d (≥ x.d). */
export function bigAt(x: BigScaled, d: number): bigint {
  return x.d === d ? x.c : x.c * pow10n(d - x.d);
}

/**
 * Back to a Num: a scaled safe integer when it fits, else a Decimal (its constructor keeps every digit).
 * @example fromBig({ c: 10n ** 30n, d: 2 }) // Decimal 1e28
 */
export function fromBig(x: BigScaled): Num {
  if (x.c <= BigInt(Number.MAX_SAFE_INTEGER) && x.c >= -BigInt(Number.MAX_SAFE_INTEGER) && x.d < 16) return { coef: Number(x.c), decimals: x.d };
  const neg = x.c < 0n;
  const digits = (neg ? -x.c : x.c).toString().padStart(x.d + 1, "0");
  const text = x.d === 0 ? digits : `${digits.slice(0, digits.length - x.d)}.${digits.slice(digits.length - x.d)}`;
  return new Money(neg ? `-${text}` : text) as Dec;
}

/** n/m rounded half away from zero. */
export function roundHalfUp(n: bigint, m: bigint): bigint {
  if (m < 0n) [n, m] = [-n, -m];
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = (2n * a + m) / (2n * m);
  return neg ? -q : q;
}
