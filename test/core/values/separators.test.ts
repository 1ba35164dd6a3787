// Tests of the separator rules: which mark groups, which marks decimals, and which layouts are garbage.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conventionOf, decimalMarkAt, normalizeSeparators, type NumberConvention } from "../../../core/values/index.js";
import { group } from "./value-arbitraries.js";

const valid: [string, NumberConvention, string][] = [
  ["1.234.567", "id", "1234567"],
  ["1.234.567", "en", "1234567"],
  ["1,234,567", "id", "1234567"],
  ["1,234,567", "en", "1234567"],
  ["1.234,5", "en", "1234.5"],
  ["1,234.50", "id", "1234.50"],
  ["60.422.029.520,00", "id", "60422029520.00"],
  ["8.152", "id", "8152"],
  ["8.152", "en", "8.152"],
  ["8,152", "id", "8.152"],
  ["8,152", "en", "8152"],
  ["123.456", "id", "123456"],
  ["0,75", "en", "0.75"],
  ["2.5", "id", "2.5"],
  ["0.125", "id", "0.125"],
  ["1234.567", "id", "1234.567"],
  ["12.3456", "id", "12.3456"],
  [",5", "id", "0.5"],
  ["007", "id", "007"],
  ["12345", "en", "12345"],
];

const garbage: string[] = [
  "418.441,900,00",
  "0.000.000.000.00",
  "0.000.000",
  "1.234.56",
  "1.23.456",
  "1,23,456",
  "1234.567.890",
  "1.234,567.8",
  "1.234,5,6",
  "1,234.5.6",
  ".123,45",
  "1.",
  "1.000.",
  ".",
  "",
  "1 000",
  "1a",
];

describe("normalizeSeparators", () => {
  it.each(valid)("%j (%s) → %s", (text, convention, out) => {
    expect(normalizeSeparators(text, convention)).toBe(out);
  });

  it.each(garbage)("%j is garbage in both conventions", (text) => {
    expect(normalizeSeparators(text, "id")).toBeNull();
    expect(normalizeSeparators(text, "en")).toBeNull();
    expect(decimalMarkAt(text, "id")).toBe(-1);
  });

  it("reads a sub-range of a longer text", () => {
    expect(normalizeSeparators("Rp 1.234,50 x", "id", 3, 11)).toBe("1234.50");
    expect(decimalMarkAt("Rp 1.234,50 x", "id", 3, 11)).toBe(8);
    expect(decimalMarkAt("1.234", "id")).toBe(5);
  });

  it("reads any grouped number in the convention it was written in", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.constantFrom<NumberConvention>("id", "en"), (n, convention) => {
        const text = group(String(n), convention === "id" ? "." : ",");
        expect(normalizeSeparators(text, convention)).toBe(String(n));
      }),
    );
  });
});

describe("conventionOf", () => {
  it.each([
    ["1.234.567", "id"],
    ["1.234,5", "id"],
    ["0,75", "id"],
    ["1,234,567", "en"],
    ["1,234.50", "en"],
    ["2.5", "en"],
    ["8.152", null],
    ["8,152", null],
    ["1234", null],
    ["418.441,900,00", null],
  ] as const)("%j → %s", (text, expected) => {
    expect(conventionOf(text)).toBe(expected);
  });
});
