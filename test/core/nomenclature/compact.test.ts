// The compact form of the built-in catalogue: what is encoded comes back the same, whatever the texts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEntries, decodeTexts, encodeCatalogues } from "../../../core/nomenclature/compact.js";
import type { Catalogue, CatalogueEntry } from "../../../core/nomenclature/types.js";

/** Tidy official text: words of any characters but spaces, tabs and line breaks, one space between. */
const word = fc.string({ minLength: 1, maxLength: 12, unit: fc.oneof(fc.constantFrom(..."aAzZ09%/-().,\\\"<>'é"), fc.string({ minLength: 1, maxLength: 1, unit: "grapheme" })) }).filter((w) => !/[\s]/.test(w));
const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(" "));
const code = fc.constantFrom("1", "1.06", "1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001", "X.XX.01.2.02.0003", "2.13.05.2.01.0012");
const entry: fc.Arbitrary<CatalogueEntry> = fc.record(
  { code, name: text, performance: text, indicator: text, unit: text, previousCode: code, previousName: text },
  { requiredKeys: ["code", "name"] },
).map((e) => ({ ...e, level: e.code.split(".").length === 6 ? 5 : e.code.split(".").length === 5 ? 4 : (e.code.split(".").length as 1 | 2 | 3) }));

describe("compact catalogue", () => {
  it("decodes every encoded entry as it was (texts of any characters, a few thousand distinct words)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(entry, { maxLength: 30 }), { minLength: 1, maxLength: 3 }), (sets) => {
        const catalogues: Catalogue[] = sets.map((entries) => ({ version: "v", entries }));
        const compact = encodeCatalogues(catalogues);
        const texts = decodeTexts(compact);
        expect(compact.sets.map((block, i) => (catalogues[i]?.entries.length ? decodeEntries(block, texts) : []))).toEqual(catalogues.map((c) => c.entries));
      }),
      { numRuns: 200 },
    );
  });

  it("writes word codes without quotes, backslashes or '<', so the module needs no escapes and can sit in a page", () => {
    const words = Array.from({ length: 9000 }, (_, i) => `w${i}`);
    const compact = encodeCatalogues([{ version: "v", entries: [{ code: "1", level: 1, name: words.join(" ") }] }]);
    expect(compact.texts).not.toMatch(/["\\<]/);
    expect(decodeTexts(compact)).toEqual([words.join(" ")]);
  });

  it("refuses text that is not tidy (it would not come back the same)", () => {
    expect(() => encodeCatalogues([{ version: "v", entries: [{ code: "1", level: 1, name: "two  spaces" }] }])).toThrow(/not tidy/);
    expect(() => encodeCatalogues([{ version: "v", entries: [{ code: "1", level: 1, name: "tab\there" }] }])).toThrow(/not tidy/);
  });
});
