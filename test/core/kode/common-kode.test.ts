// The common-code shortcut gives exactly what the general kode reader gives, and is taken for the clean forms it exists for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../core/grid.js";
import { readCommonKode } from "../../../core/kode/common-kode.js";
import { readKodeInFull } from "../../../core/kode/read-kode.js";
import { kodeParts, oneCell, segmentsOf, splitCells } from "./kode-arbitraries.js";

/** Pieces near the clean forms: right and wrong digit counts, zeros, spaces, letters, numbers, blanks. */
const piece: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom("1", "5", "0", "06", "00", "6", "006", "01", "2.01", "2.00", "0.01", "2.1", "2,01", "0001", "0000", "01 ", " 01", "1a", "X", "xx", "", ".", "-", "12", "123", "9999"),
  fc.stringMatching(/^[0-9.]{1,6}$/),
  fc.integer({ min: 0, max: 120 }),
  fc.constant(null),
);

/** One-cell strings near the clean forms. */
const oneCellText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom("1", "06", "00", "01", "2", "0", "0001", "0000", "12", "001", "x"), { minLength: 1, maxLength: 7 }).map((xs) => xs.join(".")),
  fc.stringMatching(/^[0-9.]{1,18}$/),
);

const agrees = (cells: CellValue[]): void => {
  const quick = readCommonKode(cells);
  if (quick !== null) expect(quick).toEqual(readKodeInFull(cells));
};

describe("readCommonKode", () => {
  it("agrees with the general reader on one-cell texts near the clean forms", () => {
    fc.assert(fc.property(oneCellText, (s) => agrees([s])), { numRuns: 3000 });
  });

  it("agrees with the general reader on five split cells near the clean forms", () => {
    fc.assert(fc.property(fc.array(piece, { minLength: 5, maxLength: 5 }), agrees), { numRuns: 3000 });
  });

  it("agrees with the general reader on every way the kode arbitraries write a code", () => {
    fc.assert(fc.property(kodeParts.chain((p) => fc.oneof(oneCell(p).map((c) => [c]), splitCells(p))), agrees), { numRuns: 2000 });
  });

  it("takes the clean forms: canonical, two-digit sub kegiatan, clean split cells", () => {
    expect(readCommonKode(["1.06.01.2.01.0001"])?.canonical).toBe("1.06.01.2.01.0001");
    expect(readCommonKode(["1.06.01.2.01.01"])?.canonical).toBe("1.06.01.2.01.0001");
    expect(readCommonKode(["1", "06", "01", "2.01", "01"])).toEqual({ raw: "1 | 06 | 01 | 2.01 | 01", canonical: "1.06.01.2.01.0001", level: 5, problem: null, needsBidang: false, partial: null, rest: null });
    expect(readCommonKode(["1", "06", "01", null, null])?.canonical).toBe("1.06.01");
    fc.assert(
      fc.property(kodeParts, (p) => {
        const segments = segmentsOf(p);
        const split: CellValue[] = [...segments, ...Array<null>(5 - segments.length).fill(null)];
        expect(readCommonKode(split)?.canonical).toBe(segments.join("."));
      }),
    );
  });

  it("leaves everything else to the general reader", () => {
    for (const cells of [["01.06.07"], ["1.6.01"], ["1.06.04.2.01.0001 - X"], ["1.06.01.2.01.00"], [null, null, "01", "2.01", "01"], ["1", "06", null, "2.01", null], [1, 6, 1, 2.01, 1]] as CellValue[][]) {
      expect(readCommonKode(cells)).toBeNull();
    }
  });
});
