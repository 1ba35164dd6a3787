// Tests of parsePercent: percentages of domain §4, %-formatted number cells, garbage and properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../core/grid.js";
import { Money, parsePercent, type InvalidReason, type NumberConvention } from "../../../core/values/index.js";
import { anyCell, checkShape } from "./value-arbitraries.js";
import { decimalOf } from "../../../core/values/number-result.js";

const id = { convention: "id" } as const;

const valid: [CellValue, boolean, string, number, boolean][] = [
  // input, percentFormat, value, decimals, percent
  ["57,56%", false, "57.56", 2, true],
  ["45,00%", false, "45", 2, true],
  ["100 %", false, "100", 0, true],
  ["100%", false, "100", 0, true],
  ["0,00%", false, "0", 2, true],
  ["892%", false, "892", 0, true],
  ["13,66%", false, "13.66", 2, true],
  ["13,66", false, "13.66", 2, false],
  ["57.56%", false, "57.56", 2, true],
  ["-5%", false, "-5", 0, true],
  ["1.234,5 %", false, "1234.5", 1, true],
  [" 75 % ", false, "75", 0, true],
  [45, false, "45", 0, false],
  [0.5756, false, "0.5756", 4, false],
  [0.5756, true, "57.56", 2, true],
  [1, true, "100", 0, true],
  [0.1366, true, "13.66", 2, true],
  [0.13659999, true, "13.659999", 6, true],
  [1e-7, true, "0.00001", 5, true],
  [-0.25, true, "-25", 0, true],
  [1e21, true, "1e23", 0, true],
  [0, true, "0", 0, true],
];

const invalid: [CellValue, InvalidReason][] = [
  ["Baik", "not-a-number"],
  ["%", "not-a-number"],
  ["57,56 % x", "not-a-number"],
  ["57,56%%", "not-a-number"],
  ["Cepat Berkembang", "not-a-number"],
  ["#DIV/0!", "error-value"],
  ["#REF!", "error-value"],
  ["418.441,900,00%", "bad-separators"],
  ["1.2.3%", "bad-separators"],
  [true, "boolean"],
  [NaN, "not-a-number"],
  [Infinity, "not-a-number"],
];

describe("parsePercent valid", () => {
  it.each(valid)("%j (percentFormat %s) → %s", (input, percentFormat, value, decimals, percent) => {
    const p = parsePercent(input, { convention: "id", percentFormat });
    expect(p).toMatchObject({ kind: "number", decimals, percent, unit: percent ? "%" : null });
    expect(p.kind === "number" && decimalOf(p).toFixed()).toBe(new Money(value).toFixed());
  });
});

describe("parsePercent empty and invalid", () => {
  it.each([null, "", "-", "\u2013"])("%j → empty", (input) => {
    expect(parsePercent(input, id)).toEqual({ kind: "empty" });
  });

  it.each(invalid)("%j → %s", (input, reason) => {
    expect(parsePercent(input, id)).toMatchObject({ kind: "invalid", reason });
  });
});

describe("parsePercent properties", () => {
  it("scales a %-formatted number by exactly 100", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const p = parsePercent(v, { convention: "id", percentFormat: true });
        expect(p.kind === "number" && decimalOf(p).eq(new Money(String(v)).times(100))).toBe(true);
      }),
    );
  });

  it("never throws and returns sound results", () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom<NumberConvention>("id", "en"), fc.boolean(), (v, convention, percentFormat) => {
        const p = parsePercent(v, { convention, percentFormat });
        checkShape(p, v);
        expect(p.kind).not.toBe("text");
      }),
      { numRuns: 3000 },
    );
  });
});
