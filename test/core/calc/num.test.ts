// Exact scaled-integer arithmetic agrees with decimal.js, including where it falls back to Decimal.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addNum, cmpNum, NumSum, ratioAgrees, subNum, toDec, type Num } from "../../../core/calc/num.js";
import { Money, type Dec } from "../../../core/values/decimal.js";
import { agreesWhenRounded } from "../../../core/values/index.js";

const scaled = fc.record({ coef: fc.integer({ min: -1e12, max: 1e12 }), decimals: fc.integer({ min: 0, max: 4 }) });
const num: fc.Arbitrary<Num> = fc.oneof(scaled, scaled.map((s) => toDec(s)), fc.constant({ coef: Number.MAX_SAFE_INTEGER, decimals: 0 }));

describe("num", () => {
  it("adds, subtracts and compares exactly", () => {
    fc.assert(
      fc.property(num, num, (a, b) => {
        expect(toDec(addNum(a, b)).eq(toDec(a).plus(toDec(b)))).toBe(true);
        expect(toDec(subNum(a, b)).eq(toDec(a).minus(toDec(b)))).toBe(true);
        expect(cmpNum(a, b)).toBe(toDec(a).comparedTo(toDec(b)));
      }),
    );
  });

  it("ratioAgrees is the rounding rule of domain §5", () => {
    expect(ratioAgrees({ coef: 1366, decimals: 2 }, 2, { coef: 136537, decimals: 0 }, { coef: 1000000, decimals: 0 }, 100)).toBe(true);
    expect(ratioAgrees({ coef: 2, decimals: 0 }, 0, { coef: 8, decimals: 0 }, { coef: 8, decimals: 0 }, 100)).toBe(false);
    fc.assert(
      fc.property(scaled, fc.integer({ min: 0, max: 4 }), scaled, scaled.filter((s) => s.coef !== 0), fc.constantFrom<1 | 100>(1, 100), (stated, decimals, n, d, factor) => {
        const s = { coef: stated.coef, decimals: Math.min(stated.decimals, decimals) };
        const expected = agreesWhenRounded(toDec(s), decimals, toDec(n).div(toDec(d)).times(factor));
        expect(ratioAgrees(s, decimals, n, d, factor)).toBe(expected);
        expect(ratioAgrees(toDec(s), decimals, toDec(n), toDec(d), factor)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("NumSum equals the Decimal sum of its terms, whatever their scales and sizes", () => {
    fc.assert(
      fc.property(fc.array(num, { maxLength: 30 }), (terms) => {
        const s = new NumSum();
        for (const t of terms) s.add(t);
        const expected = terms.reduce<Dec>((a, t) => a.plus(toDec(t)), new Money(0));
        if (terms.length === 0) expect(s.value).toBeNull();
        else expect(toDec(s.value as Num).eq(expected)).toBe(true);
      }),
    );
  });
});
