// The domain's rounding rule: a stated figure agrees with a computed one within one unit of its last shown digit.
import { Money, type Dec } from "./decimal.js";

/** Widest decimals considered; more would not be shown by any sheet. */
const MAX_DECIMALS = 20;
/** One unit in the last place for 0..MAX_DECIMALS decimals. */
const UNITS: readonly Dec[] = Array.from({ length: MAX_DECIMALS + 1 }, (_, i) => new Money(`1e-${i}`));

/**
 * True when `computed`, rounded half up to the decimals the stated value shows, is within one
 * unit of the last shown place of `stated` (sheets mix rounding and truncation).
 *
 * @example
 * agreesWhenRounded(new Money("13.66"), 2, new Money("13.6537")); // true
 * agreesWhenRounded(new Money("2"), 0, new Money("100")); // false
 * agreesWhenRounded(new Money("14"), 0, new Money("13.2")); // true (13 vs 14: one unit)
 */
export function agreesWhenRounded(stated: Dec, statedDecimals: number, computed: Dec): boolean {
  if (!stated.isFinite() || !computed.isFinite()) return false;
  const dp = Math.min(Math.max(Math.floor(statedDecimals) || 0, 0), MAX_DECIMALS);
  const rounded = computed.toDecimalPlaces(dp, Money.ROUND_HALF_UP);
  return stated.minus(rounded).abs().lte(UNITS[dp] as Dec);
}
