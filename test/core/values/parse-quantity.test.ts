// Tests of parseQuantity: targets with units from domain §4, qualitative and compound text, garbage, properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../core/grid.js";
import { formatNumber, Money, parseQuantity, type InvalidReason, type NumberConvention } from "../../../core/values/index.js";
import { anyCell, checkShape, decimalParts, partsToDec } from "./value-arbitraries.js";
import { decimalOf } from "../../../core/values/number-result.js";

const id = { convention: "id" } as const;

interface Valid {
  input: CellValue;
  value: string;
  decimals: number;
  unit: string | null;
  percent?: boolean;
  convention?: NumberConvention;
  percentFormat?: boolean;
}

const valid: Valid[] = [
  { input: "36 Dokumen", value: "36", decimals: 0, unit: "Dokumen" },
  { input: "312 Orang/Bulan", value: "312", decimals: 0, unit: "Orang/Bulan" },
  { input: "8.152 Keluarga", value: "8152", decimals: 0, unit: "Keluarga" },
  { input: "8.152 Keluarga", value: "8.152", decimals: 3, unit: "Keluarga", convention: "en" },
  { input: "8,152 Keluarga", value: "8152", decimals: 0, unit: "Keluarga", convention: "en" },
  { input: "0,75", value: "0.75", decimals: 2, unit: null },
  { input: "100 %", value: "100", decimals: 0, unit: "%", percent: true },
  { input: "100%", value: "100", decimals: 0, unit: "%", percent: true },
  { input: "12 Bulan", value: "12", decimals: 0, unit: "Bulan" },
  { input: "62,00 / B", value: "62", decimals: 2, unit: "/ B" },
  { input: "45,00", value: "45", decimals: 2, unit: null },
  { input: "7,5 Km", value: "7.5", decimals: 1, unit: "Km" },
  { input: "1.234.567 Jiwa", value: "1234567", decimals: 0, unit: "Jiwa" },
  { input: "500 M2", value: "500", decimals: 0, unit: "M2" },
  { input: "36Dokumen", value: "36", decimals: 0, unit: "Dokumen" },
  { input: "-5 Dokumen", value: "-5", decimals: 0, unit: "Dokumen" },
  { input: "  4 Layanan  ", value: "4", decimals: 0, unit: "Layanan" },
  { input: "Rp 5.000.000", value: "5000000", decimals: 0, unit: "Rp" },
  { input: 36, value: "36", decimals: 0, unit: null },
  { input: 0.75, value: "0.75", decimals: 2, unit: null },
  { input: 0.75, value: "75", decimals: 0, unit: "%", percent: true, percentFormat: true },
];

const text: string[] = [
  "Cepat Berkembang",
  "Baik",
  "390;320 Jenis/710 item",
  "10 Unit Rehab 10 Unit Sarpras",
  "2 Dokumen dan 3 Laporan",
  "5 - 10 Dokumen",
  "5-10",
  "10 20",
  "12/2024",
  "\u2265 80%",
  "1. Dokumen RKA",
  "RPJMD",
  "Rp abc",
  "1e5",
  "1E+21",
  "#1 prioritas",
  "(5)",
];

const invalid: [CellValue, InvalidReason][] = [
  ["418.441,900,00 Orang", "bad-separators"],
  ["418.441,900,00", "bad-separators"],
  ["1.234.56 Orang", "bad-separators"],
  ["0.000.000.000.00", "bad-separators"],
  ["5,", "bad-separators"],
  ["Rp 1.2.3", "bad-separators"],
  ["#REF!", "error-value"],
  ["#DIV/0!", "error-value"],
  ["#N/A", "error-value"],
  ["#VALUE!", "error-value"],
  [true, "boolean"],
  [NaN, "not-a-number"],
  [-Infinity, "not-a-number"],
];

describe("parseQuantity valid", () => {
  it.each(valid)("$input → $value $unit", ({ input, value, decimals, unit, percent = false, convention = "id", percentFormat }) => {
    const p = parseQuantity(input, { convention, percentFormat });
    expect(p).toMatchObject({ kind: "number", decimals, unit, percent });
    expect(p.kind === "number" && decimalOf(p).toFixed()).toBe(new Money(value).toFixed());
  });
});

describe("parseQuantity text", () => {
  it.each(text)("%j stays text", (input) => {
    expect(parseQuantity(input, id)).toEqual({ kind: "text", text: input });
    expect(parseQuantity(input, { convention: "en" })).toEqual({ kind: "text", text: input });
  });
});

describe("parseQuantity empty and invalid", () => {
  it.each([null, "", " ", "-", "\u2014"])("%j → empty", (input) => {
    expect(parseQuantity(input, id)).toEqual({ kind: "empty" });
  });

  it.each(invalid)("%j → %s", (input, reason) => {
    expect(parseQuantity(input, id)).toMatchObject({ kind: "invalid", reason });
  });
});

describe("parseQuantity properties", () => {
  it("reads back what formatNumber writes, with a unit", () => {
    fc.assert(
      fc.property(
        decimalParts(5),
        fc.constantFrom<NumberConvention>("id", "en"),
        fc.constantFrom("", " Dokumen", " Orang/Bulan", "%", " M2"),
        (parts, lang, unit) => {
          const d = partsToDec(parts);
          const p = parseQuantity(formatNumber(d, lang) + unit, { convention: lang });
          expect(p.kind).toBe("number");
          if (p.kind !== "number") return;
          expect(decimalOf(p).eq(d)).toBe(true);
          expect(p.unit).toBe(unit === "" ? null : unit.trim());
          expect(p.percent).toBe(unit === "%");
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("keeps text holding two numbers as text", () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(" Unit ", ";", "/", " dan ", " - "), fc.nat(), (a, sep, b) => {
        const s = `${a}${sep}${b} Unit`;
        expect(parseQuantity(s, id)).toEqual({ kind: "text", text: s });
      }),
    );
  });

  it("never throws and returns sound results", () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom<NumberConvention>("id", "en"), fc.boolean(), (v, convention, percentFormat) => {
        checkShape(parseQuantity(v, { convention, percentFormat }), v);
      }),
      { numRuns: 3000 },
    );
  });
});
