// Ratios (domain §5): realisasi ÷ target × 100; division by zero gives no value.
import type { Dec } from "../model.js";

/**
 * Percentage of realisation over target, null when the target is zero or missing.
 * @example percentOf(new Money(42), new Money(100)) // 42
 */
export function percentOf(realisation: Dec | null, target: Dec | null): Dec | null {
  if (realisation === null || target === null || target.isZero()) return null;
  return realisation.div(target).times(100);
}
