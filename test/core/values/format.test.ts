// Tests of money and number formatting in Indonesian and English.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney, formatNumber, Money } from "../../../core/values/index.js";

describe("formatMoney", () => {
  it.each([
    ["1100000000", "1.100.000.000", "1,100,000,000"],
    ["-35000000", "-35.000.000", "-35,000,000"],
    ["1234.5", "1.234,50", "1,234.50"],
    ["1234.567", "1.234,57", "1,234.57"],
    ["1234.005", "1.234,01", "1,234.01"],
    ["1234.004", "1.234", "1,234"],
    ["999.995", "1.000", "1,000"],
    ["-0.004", "0", "0"],
    ["0", "0", "0"],
    ["12", "12", "12"],
    ["123456", "123.456", "123,456"],
    ["1e21", "1.000.000.000.000.000.000.000", "1,000,000,000,000,000,000,000"],
  ])("%s → %s / %s", (value, idText, enText) => {
    expect(formatMoney(new Money(value), "id")).toBe(idText);
    expect(formatMoney(new Money(value), "en")).toBe(enText);
  });

  it("writes non-finite values as decimal.js does", () => {
    expect(formatMoney(new Money(NaN), "id")).toBe("NaN");
  });
});

describe("formatNumber", () => {
  it.each([
    ["13.66", undefined, "13,66", "13.66"],
    ["13.6537", 2, "13,65", "13.65"],
    ["13.655", 2, "13,66", "13.66"],
    ["8152", undefined, "8.152", "8,152"],
    ["0.75", undefined, "0,75", "0.75"],
    ["100", undefined, "100", "100"],
    ["45", 2, "45,00", "45.00"],
    ["-0.001", 2, "0,00", "0.00"],
    ["-12.5", 0, "-13", "-13"],
    ["1234567.891", undefined, "1.234.567,891", "1,234,567.891"],
    ["0.0000001", undefined, "0,0000001", "0.0000001"],
  ] as const)("%s (decimals %s) → %s / %s", (value, decimals, idText, enText) => {
    expect(formatNumber(new Money(value), "id", decimals)).toBe(idText);
    expect(formatNumber(new Money(value), "en", decimals)).toBe(enText);
  });

  it("shows exactly the decimals asked for", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), (v, k) => {
        const s = formatNumber(new Money(v), "id", k);
        const comma = s.indexOf(",");
        expect(k === 0 ? comma : s.length - comma - 1).toBe(k === 0 ? -1 : k);
      }),
    );
  });
});
