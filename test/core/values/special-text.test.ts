// Tests of blank, dash, error-value and currency recognition.
import { describe, expect, it } from "vitest";
import { currencyPrefixLength, isErrorValue, isLoneDash, isSpaceCode } from "../../../core/values/special-text.js";

describe("isErrorValue", () => {
  it.each(["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#ERROR!", "#NILAI!", "#ref!"])(
    "%j is an error value",
    (text) => expect(isErrorValue(text)).toBe(true),
  );
  it.each(["#", "#1 prioritas", "REF!", "#REF! x", "# REF!", "#N/A/", ""])("%j is not", (text) => expect(isErrorValue(text)).toBe(false));
});

describe("isLoneDash", () => {
  it.each(["-", "\u2013", "\u2014", "\u2212"])("%j is a dash", (t) => expect(isLoneDash(t, 0, t.length)).toBe(true));
  it.each(["--", "", "_", "- -"])("%j is not", (t) => expect(isLoneDash(t, 0, t.length)).toBe(false));
});

describe("currencyPrefixLength", () => {
  it.each([
    ["Rp 1", 2],
    ["Rp.1", 3],
    ["rp. 1", 3],
    ["RP1", 2],
    ["IDR 1", 3],
    ["Rupiah", 0],
    ["1", 0],
    ["R", 0],
    ["", 0],
  ] as const)("%j → %i", (text, n) => expect(currencyPrefixLength(text, 0)).toBe(n));
});

describe("isSpaceCode", () => {
  it("covers what String.prototype.trim removes", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (ch.trim() === "") expect([c, isSpaceCode(c)]).toEqual([c, true]);
    }
    expect(isSpaceCode(65)).toBe(false);
  });
});
