// Tests that the core's Decimal is configured for money and leaves decimal.js globals alone.
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { Money, ZERO } from "../../../core/values/index.js";

describe("Money", () => {
  it("keeps 40 significant digits and rounds half up", () => {
    expect(new Money("12345678901234567890123456789").plus("0.5").toFixed()).toBe("12345678901234567890123456789.5");
    expect(new Money("2.5").toDecimalPlaces(0).toString()).toBe("3");
    expect(new Money("-2.5").toDecimalPlaces(0).toString()).toBe("-3");
    expect(new Money(1).div(3).toString()).toBe("0." + "3".repeat(40));
  });

  it("adds money without binary floating point error", () => {
    expect(new Money("0.1").plus("0.2").toString()).toBe("0.3");
  });

  it("does not change the decimal.js defaults", () => {
    expect(Decimal.precision).toBe(20);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(Money.precision).toBe(40);
  });

  it("has a zero", () => {
    expect(ZERO.isZero() && !ZERO.isNegative()).toBe(true);
  });
});
