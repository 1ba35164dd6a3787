// sameFolded agrees with comparing the folded copies, for ASCII and Unicode texts, spaces of every kind and case.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldSpaceAndCase, sameFolded } from "../../../core/layout/folded-equal.js";

const chars = fc.constantFrom("a", "A", "z", "Z", "@", "`", "[", "{", "%", " ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "1", "-", "é", "É", "İ", "ß", "Σ", "ς");
const text = fc.array(chars, { maxLength: 8 }).map((xs) => xs.join(""));

describe("sameFolded", () => {
  it("is true exactly when the folded copies are equal", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sameFolded(a, b)).toBe(foldSpaceAndCase(a) === foldSpaceAndCase(b));
      }),
      { numRuns: 5000 },
    );
  });

  it("folds texts that differ only in spaces and case, and no other", () => {
    // ASCII only: Unicode case is not round-trip ("ß" upper-cases to "SS").
    const ascii = fc.array(fc.constantFrom("a", "Z", "%", "1", " ", "\t", "-"), { maxLength: 8 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(ascii, (a) => {
        expect(sameFolded(a, ` ${a.toUpperCase()}\u00a0`)).toBe(true);
      }),
    );
    expect(sameFolded("100 %", "100%")).toBe(true);
    expect(sameFolded("5 Dokumen", "5 dokumen")).toBe(true);
    expect(sameFolded("@", "`")).toBe(false);
    expect(sameFolded("5 Dokumen", "6 Dokumen")).toBe(false);
  });
});
