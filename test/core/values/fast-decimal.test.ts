// Tests that decimals built straight from digits are the very Decimals decimal.js would build.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Money, ZERO, type Dec } from "../../../core/values/decimal.js";
import { decimalFromDigits, decimalFromNumber } from "../../../core/values/fast-decimal.js";
import { decimalMarkAt, normalizeSeparators } from "../../../core/values/separators.js";

const fields = (d: Dec) => ({ d: d.d, e: d.e, s: d.s, ctor: d.constructor === Money });

describe("decimalFromDigits", () => {
  it.each([
    ["27.649.042.320", "27649042320"],
    ["60.422.029.520,00", "60422029520"],
    ["0,75", "0.75"],
    ["0,000001", "0.000001"],
    ["1.000.000", "1000000"],
    ["10000000", "10000000"],
    ["1234567,1234567", "1234567.1234567"],
    ["0,0000000123", "0.0000000123"],
  ])("%j has the fields of new Money(%s)", (text, plain) => {
    const dec = decimalMarkAt(text, "id");
    expect(fields(decimalFromDigits(text, 0, text.length, dec, false))).toEqual(fields(new Money(plain)));
    expect(fields(decimalFromDigits(text, 0, text.length, dec, true))).toEqual(fields(new Money(plain).neg()));
  });

  it("gives the shared ZERO for any zero", () => {
    expect(decimalFromDigits("0.000,00", 0, 8, 5, true)).toBe(ZERO);
  });

  it("matches the decimal.js string constructor on any digits-and-marks run", () => {
    const run = fc.string({ unit: fc.constantFrom(..."0000123456789.,"), minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(run, fc.constantFrom("id", "en") as fc.Arbitrary<"id" | "en">, fc.boolean(), fc.integer({ min: -3, max: 3 }), (text, convention, neg, shift) => {
        const dec = decimalMarkAt(text, convention);
        fc.pre(dec >= 0);
        const norm = normalizeSeparators(text, convention) as string;
        let expected = new Money(norm).times(new Money(10).pow(shift));
        if (neg) expected = expected.neg();
        const got = decimalFromDigits(text, 0, text.length, dec, neg, shift);
        if (expected.isZero()) expect(got).toBe(ZERO);
        else expect(fields(got)).toEqual(fields(expected));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("decimalFromNumber", () => {
  it("matches the decimal.js number constructor on any finite double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const got = decimalFromNumber(v);
        if (v === 0) expect(got).toBe(ZERO);
        else expect(fields(got)).toEqual(fields(new Money(v)));
        expect(decimalFromNumber(v, 2).eq(new Money(v).times(100))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([[1e21], [1e-7], [-1.5e-10], [123.456], [-0.1]])("%d round-trips", (v) => {
    expect(decimalFromNumber(v).toNumber()).toBe(v);
  });
});
