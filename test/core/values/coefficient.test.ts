// The integer coefficient every parser returns is exactly value × 10^decimals, or null when it would not be safe.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Money, parseMoney, parsePercent, parseQuantity, type ParsedNumber } from "../../../core/values/index.js";
import { decimalOf } from "../../../core/values/number-result.js";

function check(p: ParsedNumber): void {
  if (p.kind !== "number" || p.coef === null) return;
  expect(Number.isSafeInteger(p.coef)).toBe(true);
  expect(new Money(p.coef).div(new Money(10).pow(p.decimals)).eq(decimalOf(p))).toBe(true);
}

describe("coef", () => {
  it.each([
    ["60.422.029.520,00", 6042202952000, 2],
    ["(35.000.000)", -35000000, 0],
    ["Rp.27.649.042.320,-", 27649042320, 0],
  ])("money %s → %d at %d decimals", (text, coef, decimals) => {
    expect(parseMoney(text, { convention: "id" })).toMatchObject({ kind: "number", coef, decimals });
  });

  it("is null past 15 digits, where only the Decimal is exact", () => {
    expect(parseMoney("1.234.567.890.123.456", { convention: "id" })).toMatchObject({ kind: "number", coef: null });
  });

  it("matches the Decimal for any money text, quantity, percent and number cell", () => {
    const ctx = { convention: "id" as const };
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^-?\d{1,3}(\.\d{3}){0,6}(,\d{1,4})?( ?%| Orang)?$/), fc.double({ noNaN: true }), fc.integer()), (v) => {
        check(parseMoney(v, ctx));
        check(parseQuantity(v, ctx));
        check(parsePercent(v, ctx));
        check(parsePercent(v, { ...ctx, percentFormat: true }));
      }),
      { numRuns: 2000 },
    );
  });
});
