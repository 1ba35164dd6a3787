// Tests of the domain rounding rule: equal after rounding, within one unit of the last shown place.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreesWhenRounded, Money } from "../../../core/values/index.js";

const m = (s: string | number) => new Money(s);

describe("agreesWhenRounded", () => {
  it.each([
    ["13.66", 2, "13.6537", true],
    ["2", 0, "100", false],
    ["100", 0, "100.4", true],
    ["14", 0, "13.2", true],
    ["13.66", 2, "13.67", true],
    ["13.66", 2, "13.64", false],
    ["13.66", 2, "13.675", false],
    ["13", 0, "14.6", false],
    ["892", 0, "89.2", false],
    ["-5.5", 1, "-5.45", true],
    ["-5.5", 1, "-5.34", false],
    ["0", 2, "0.004", true],
    ["100", -1, "100.4", true],
  ] as const)("%s (%i decimals) vs %s → %s", (stated, decimals, computed, expected) => {
    expect(agreesWhenRounded(m(stated), decimals, m(computed))).toBe(expected);
  });

  it("never agrees with a non-finite value", () => {
    expect(agreesWhenRounded(m(1), 0, m(NaN))).toBe(false);
    expect(agreesWhenRounded(m(Infinity), 0, m(1))).toBe(false);
  });

  it("agrees with the value rounded or truncated, not with two units off", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (v, k) => {
        const x = m(v);
        expect(agreesWhenRounded(x.toDecimalPlaces(k, Money.ROUND_HALF_UP), k, x)).toBe(true);
        expect(agreesWhenRounded(x.toDecimalPlaces(k, Money.ROUND_DOWN), k, x)).toBe(true);
        const twoUnits = m(`2e-${k}`);
        expect(agreesWhenRounded(x.toDecimalPlaces(k, Money.ROUND_HALF_UP).plus(twoUnits), k, x)).toBe(false);
      }),
    );
  });
});
