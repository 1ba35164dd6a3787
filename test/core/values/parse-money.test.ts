// Tests of parseMoney: every money form of domain §4, the garbage that must be reported, and properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../core/grid.js";
import { formatMoney, Money, parseMoney, type InvalidReason, type NumberConvention } from "../../../core/values/index.js";
import { anyCell, checkShape, decimalParts, group, partsToDec } from "./value-arbitraries.js";
import { decimalOf } from "../../../core/values/number-result.js";

const id = { convention: "id" } as const;
const en = { convention: "en" } as const;

const valid: [CellValue, NumberConvention, string, number][] = [
  ["27.649.042.320", "id", "27649042320", 0],
  ["60.422.029.520,00", "id", "60422029520", 2],
  ["4,197,049,000", "id", "4197049000", 0],
  ["4,197,049,000", "en", "4197049000", 0],
  ["50,000,000.00", "id", "50000000", 2],
  ["50,000,000.00", "en", "50000000", 2],
  ["Rp 58.061.400.000", "id", "58061400000", 0],
  ["Rp.27.649.042.320,-", "id", "27649042320", 0],
  ["Rp. 1.000", "id", "1000", 0],
  ["Rp. 1.000", "en", "1", 3],
  ["(35.000.000)", "id", "-35000000", 0],
  ["-35.000.000", "id", "-35000000", 0],
  ["Rp (35.000.000)", "id", "-35000000", 0],
  ["(Rp 35.000.000)", "id", "-35000000", 0],
  ["Rp -35.000.000", "id", "-35000000", 0],
  ["-Rp 35.000.000", "id", "-35000000", 0],
  ["(35.000.000,-)", "id", "-35000000", 0],
  ["\u221235.000", "id", "-35000", 0],
  ["+1.000", "id", "1000", 0],
  ["IDR 1,500,000.50", "en", "1500000.5", 2],
  ["rp1.000", "id", "1000", 0],
  ["1.234,5", "id", "1234.5", 1],
  ["1.234,5", "en", "1234.5", 1],
  ["1,234.5", "id", "1234.5", 1],
  ["8.152", "id", "8152", 0],
  ["8.152", "en", "8.152", 3],
  ["8,152", "id", "8.152", 3],
  ["8,152", "en", "8152", 0],
  ["0,75", "id", "0.75", 2],
  ["0,75", "en", "0.75", 2],
  ["2.5", "id", "2.5", 1],
  ["0.000", "id", "0", 3],
  ["1234.567", "id", "1234.567", 3],
  ["1000000", "id", "1000000", 0],
  ["0", "id", "0", 0],
  ["-0", "id", "0", 0],
  ["  1.000\u00a0", "id", "1000", 0],
  ["\u200b1.000", "id", "1000", 0],
  ["123456789012345678901234567890", "id", "123456789012345678901234567890", 0],
  [27649042320, "id", "27649042320", 0],
  [60422029520.5, "id", "60422029520.5", 1],
  [0.1 + 0.2, "id", "0.30000000000000004", 10],
  [1e21, "id", "1e21", 0],
  [1e-7, "id", "0.0000001", 7],
  [-35000000, "id", "-35000000", 0],
  [-0, "id", "0", 0],
];

const empty: CellValue[] = [null, "", "   ", "\u00a0", "-", " - ", "\u2013", "\u2014", "Rp -", "Rp. -", "Rp -,-", "(-)"];

const invalid: [CellValue, InvalidReason][] = [
  ["418.441,900,00", "bad-separators"],
  ["0.000.000.000.00", "bad-separators"],
  ["0.000.000", "bad-separators"],
  ["1.234.56", "bad-separators"],
  ["1,23,456", "bad-separators"],
  ["12.34.567", "bad-separators"],
  ["1.234,567.89", "bad-separators"],
  ["1234.567,00", "bad-separators"],
  ["1.000.", "bad-separators"],
  ["5,", "bad-separators"],
  ["Rp 1.2.3", "bad-separators"],
  ["#REF!", "error-value"],
  ["#DIV/0!", "error-value"],
  ["#N/A", "error-value"],
  ["#VALUE!", "error-value"],
  ["#NAME?", "error-value"],
  [" #NILAI! ", "error-value"],
  ["#hashtag", "not-a-number"],
  ["abc", "not-a-number"],
  ["Rp", "not-a-number"],
  ["Rp abc", "not-a-number"],
  ["12 Dokumen", "not-a-number"],
  ["10%", "not-a-number"],
  ["(-35.000)", "not-a-number"],
  ["-(35.000)", "not-a-number"],
  ["1 000 000", "not-a-number"],
  ["--", "not-a-number"],
  ["+", "not-a-number"],
  ["()", "not-a-number"],
  ["1e5", "not-a-number"],
  [true, "boolean"],
  [false, "boolean"],
  [NaN, "not-a-number"],
  [Infinity, "not-a-number"],
  [-Infinity, "not-a-number"],
];

describe("parseMoney valid", () => {
  it.each(valid)("%j (%s) → %s, %i decimals", (input, convention, value, decimals) => {
    const p = parseMoney(input, { convention });
    expect(p.kind).toBe("number");
    if (p.kind !== "number") return;
    expect(decimalOf(p).toFixed()).toBe(new Money(value).toFixed());
    expect(decimalOf(p).isNegative() && decimalOf(p).isZero()).toBe(false);
    expect(p.decimals).toBe(decimals);
    expect(p.unit).toBeNull();
    expect(p.percent).toBe(false);
  });

  it("marks a %-formatted number cell as percent without scaling it", () => {
    expect(parseMoney(0.5, { convention: "id", percentFormat: true })).toMatchObject({ kind: "number", percent: true, unit: null });
    const p = parseMoney(0.5, { convention: "id", percentFormat: true });
    expect(p.kind === "number" && decimalOf(p).toString()).toBe("0.5");
  });
});

describe("parseMoney empty", () => {
  it.each(empty)("%j → empty", (input) => {
    expect(parseMoney(input, id)).toEqual({ kind: "empty" });
  });
});

describe("parseMoney invalid", () => {
  it.each(invalid)("%j → %s", (input, reason) => {
    const p = parseMoney(input, id);
    expect(p).toMatchObject({ kind: "invalid", reason });
    expect(parseMoney(input, en)).toMatchObject({ kind: "invalid", reason });
  });

  it("keeps the text of the cell, trimmed", () => {
    expect(parseMoney("  418.441,900,00 ", id)).toEqual({ kind: "invalid", text: "418.441,900,00", reason: "bad-separators" });
    expect(parseMoney(true, id)).toEqual({ kind: "invalid", text: "TRUE", reason: "boolean" });
  });
});

describe("parseMoney properties", () => {
  it("reads back any value written with id or en grouping, Rp prefixes and negative styles", () => {
    fc.assert(
      fc.property(
        decimalParts(4),
        fc.constantFrom<NumberConvention>("id", "en"),
        fc.constantFrom("", "Rp ", "Rp.", "Rp. ", "IDR "),
        fc.constantFrom("minus", "minus-after-prefix", "parens"),
        fc.constantFrom("", " "),
        (parts, convention, prefix, negStyle, pad) => {
          const [sep, mark] = convention === "id" ? [".", ","] : [",", "."];
          const body = group(parts.int, sep) + (parts.frac === "" ? "" : mark + parts.frac);
          let text = prefix + body;
          if (parts.negative) {
            if (negStyle === "minus") text = "-" + text;
            else if (negStyle === "minus-after-prefix") text = prefix + "-" + body;
            else text = "(" + text + ")";
          }
          const p = parseMoney(pad + text + pad, { convention });
          expect(p.kind).toBe("number");
          if (p.kind !== "number") return;
          expect(decimalOf(p).eq(partsToDec(parts))).toBe(true);
          expect(p.decimals).toBe(parts.frac.length);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads back what formatMoney writes", () => {
    fc.assert(
      fc.property(decimalParts(2), fc.constantFrom<NumberConvention>("id", "en"), (parts, lang) => {
        const d = partsToDec(parts);
        const p = parseMoney(formatMoney(d, lang), { convention: lang });
        expect(p.kind === "number" && decimalOf(p).eq(d)).toBe(true);
      }),
    );
  });

  it("reads any finite JS number exactly as its shortest decimal string", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const p = parseMoney(v, id);
        expect(p.kind === "number" && decimalOf(p).eq(new Money(String(v)))).toBe(true);
      }),
    );
  });

  it("never throws, never reads text as text, and returns sound results", () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom<NumberConvention>("id", "en"), fc.boolean(), (v, convention, percentFormat) => {
        const p = parseMoney(v, { convention, percentFormat });
        checkShape(p, v);
        expect(p.kind).not.toBe("text");
        if (p.kind === "number") expect(p.unit).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});
