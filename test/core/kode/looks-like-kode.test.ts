// Tests of looksLikeKode, the cheap kode-cell test used by header detection.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../core/grid.js";
import { looksLikeKode, readKode } from "../../../core/kode/index.js";
import { canonicalOf, kodeParts, splitCells } from "./kode-arbitraries.js";

const yes: CellValue[] = [
  "1.06.04.2.01.0001",
  "1.06.04.2.01.0001 - Penyediaan X",
  "1.06.04 - PROGRAM X",
  "1.06",
  "1",
  "06",
  "0001",
  "0 6",
  "6.",
  "2.01",
  "2,02",
  "2.0 1.",
  "2.01.",
  "01.2.01.01",
  "01.06.07",
  "2.013.04",
  "2.13.04.2.01.0",
  "  1.06.01  ",
  1,
  6,
  12,
  9999,
  2.01,
  2.1,
  1.06,
];

const no: CellValue[] = [
  null,
  "",
  "   ",
  ".",
  "..",
  true,
  false,
  "TOTAL",
  "PROGRAM PENUNJANG",
  "Kode",
  "(1)",
  "8= (7/6)",
  "100%",
  "36 Dokumen",
  "312 Orang/Bulan",
  "27.649.042.320",
  "4,197,049,000",
  "60.422.029.520,00",
  "50,000,000.00",
  "8.152",
  "Rp 58.061.400.000",
  "12345",
  "<b>1.06.01</b>",
  0,
  -1,
  0.75,
  10000,
  27649042320,
  2.015,
  Number.NaN,
  Number.POSITIVE_INFINITY,
];

describe("looksLikeKode", () => {
  it.each(yes.map((v) => ({ v })))("$v looks like a kode", ({ v }) => {
    expect(looksLikeKode(v)).toBe(true);
  });

  it.each(no.map((v) => ({ v })))("$v does not look like a kode", ({ v }) => {
    expect(looksLikeKode(v)).toBe(false);
  });

  it("accepts every generated code in one cell and every non-blank split cell of one (property)", () => {
    fc.assert(
      fc.property(
        kodeParts.chain((p) => fc.tuple(fc.constant(p), splitCells(p))),
        ([p, cells]) => {
          expect(looksLikeKode(canonicalOf(p))).toBe(true);
          for (const c of cells) if (c !== null && String(c).replace(/[\s.]/g, "") !== "") expect(looksLikeKode(c)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never throws, and accepts every text that reads as a clean code with no name after it (property)", () => {
    const codeish = fc.string({ unit: fc.constantFrom("0", "1", "2", "6", "9", ".", ",", " ", "-", "A"), maxLength: 24 });
    fc.assert(
      fc.property(fc.oneof(codeish, fc.string({ unit: "grapheme", maxLength: 200 }), fc.double(), fc.boolean(), fc.constant(null)), (v) => {
        const looks = looksLikeKode(v);
        if (typeof v !== "string") return;
        const r = readKode([v]);
        if (r !== null && r.problem === null && r.rest === null) expect(looks).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
