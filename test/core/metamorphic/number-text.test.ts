// The metamorphic number rewriting is itself exact: written in either convention and read back (with that convention for `8.152`), a number is unchanged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asNumber, numberAsText, readNumberText, writeNumberText, type NumberText } from "./number-text.js";

const numberTextArb: fc.Arbitrary<NumberText> = fc.record({
  prefix: fc.constantFrom("", "Rp ", "Rp."),
  negative: fc.constantFrom<NumberText["negative"]>("", "-", "("),
  int: fc.bigInt({ min: 0n, max: 10n ** 13n }).map(String),
  frac: fc.option(fc.stringMatching(/^\d{1,2}$/), { nil: null }),
  grouped: fc.boolean(),
  percent: fc.constantFrom("", "%", " %"),
  unit: fc.constantFrom("", " Dokumen", " Orang/Bulan"),
});

describe("number text", () => {
  it("reads back what it writes, in both conventions", () => {
    fc.assert(
      fc.property(numberTextArb, fc.constantFrom<"id" | "en">("id", "en"), (n, convention) => {
        const read = readNumberText(writeNumberText(n, convention), convention);
        const grouped = n.grouped && n.int.length > 3;
        expect(read).toEqual({ ...n, grouped });
      }),
      { numRuns: 300 },
    );
  });

  it("reads the seed forms and leaves garbage alone", () => {
    expect(writeNumberText(readNumberText("(35.000.000)", "id") as NumberText, "en")).toBe("(35,000,000)");
    expect(writeNumberText(readNumberText("8.152 Keluarga", "id") as NumberText, "en")).toBe("8,152 Keluarga");
    expect(writeNumberText(readNumberText("57,56%", "id") as NumberText, "en")).toBe("57.56%");
    expect(readNumberText("418.441,900,00", "id")).toBeNull();
    expect(readNumberText("390;320 Jenis/710 item", "id")).toBeNull();
    expect(asNumber(readNumberText("57,56%", "id") as NumberText)).toEqual({ value: 0.5756, format: "0.00%" });
    expect(asNumber(readNumberText("36 Dokumen", "id") as NumberText)).toBeNull();
    expect(writeNumberText(numberAsText(0.5756, "0.00%"), "id")).toBe("57,56%");
    expect(writeNumberText(numberAsText(-35000000, "#,##0"), "id")).toBe("-35.000.000");
    expect(writeNumberText(numberAsText(0.35, "0%"), "id")).toBe("35%");
    expect(writeNumberText(numberAsText(45.5, null), "en")).toBe("45.5");
  });
});
