// The memoised parser gives what the parser gives, for repeated and colliding texts and numbers, with and without a % format.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../core/grid.js";
import { memoParser } from "../../../core/tree/parse-memo.js";
import { parseMoney, parsePercent, parseQuantity, type ParseContext } from "../../../core/values/index.js";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(0, -0, 1, 2_000_000, 0.75, 57.56, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53 + 2, -1e21, true, null, "", "-", "100 %", "1.003 Dokumen", "1.004 Dokumen", "Rp 5.000.000", "#REF!"),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.stringMatching(/^[0-9.,]{1,9}( Dokumen| %)?$/),
);
/** A table's number convention is fixed (the memo is made per table); a cell's % format varies. */
const convention = fc.constantFrom("id" as const, "en" as const);

describe("memoParser", () => {
  it.each([
    ["parseMoney", parseMoney],
    ["parseQuantity", parseQuantity],
    ["parsePercent", parsePercent],
  ] as const)("gives what %s gives, cell after cell (a small cache, so slots are shared and replaced)", (_name, parse) => {
    fc.assert(
      fc.property(convention, fc.array(fc.tuple(cell, fc.boolean()), { maxLength: 200 }), (conv, cells) => {
        const memo = memoParser(parse, 4);
        for (const [v, percentFormat] of cells) {
          const ctx: ParseContext = { convention: conv, percentFormat };
          expect(memo(v, ctx)).toEqual(parse(v, ctx));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("shares one result for a repeated number and a repeated text", () => {
    const memo = memoParser(parseMoney, 1000);
    const ctx: ParseContext = { convention: "id" };
    expect(memo(2_000_000, ctx)).toBe(memo(2_000_000, ctx));
    expect(memo("Rp 5.000.000", ctx)).toBe(memo("Rp 5.000.000", ctx));
    expect(memo(0.75, { convention: "id", percentFormat: true })).not.toBe(memo(0.75, ctx));
  });
});
