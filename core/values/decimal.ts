// The single decimal.js configuration the core uses for money and exact arithmetic.
import Decimal from "decimal.js";

/**
 * The one Decimal configuration the core uses for money (never touch decimal.js globals).
 *
 * @example
 * new Money("27649042320").plus("0.5").toString(); // "27649042320.5"
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** A decimal made by {@link Money}. */
export type Dec = InstanceType<typeof Money>;

/** Zero, shared (decimals are immutable). */
export const ZERO: Dec = new Money(0);
