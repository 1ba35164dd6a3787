// Tests of readKode: every form of domain §2, the malformed codes, non-codes, and fast-check properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../core/grid.js";
import { levelOf, readKode, type KodeLevel, type KodeProblem } from "../../../core/kode/index.js";
import { canonicalOf, kodeParts, oneCell, segmentsOf, splitCells } from "./kode-arbitraries.js";

interface Valid {
  cells: CellValue[];
  canonical: string;
  level: KodeLevel;
  rest?: string;
  raw?: string;
}

const valid: Valid[] = [
  // one cell
  { cells: ["1.06.04.2.01.0001"], canonical: "1.06.04.2.01.0001", level: 5, raw: "1.06.04.2.01.0001" },
  { cells: ["1.06.01.2.02.01"], canonical: "1.06.01.2.02.0001", level: 5 },
  { cells: ["1.06.04.2.01.12"], canonical: "1.06.04.2.01.0012", level: 5 },
  { cells: ["1.06.04.2.01"], canonical: "1.06.04.2.01", level: 4 },
  { cells: ["1.06.01"], canonical: "1.06.01", level: 3 },
  { cells: ["1.06"], canonical: "1.06", level: 2 },
  { cells: ["1"], canonical: "1", level: 1 },
  { cells: ["2.13.05.2.02.0010"], canonical: "2.13.05.2.02.0010", level: 5 },
  { cells: ["  1.06.04 \u00a0"], canonical: "1.06.04", level: 3, raw: "1.06.04" },
  { cells: ["1.06.04."], canonical: "1.06.04", level: 3 },
  { cells: ["1. 06 .04"], canonical: "1.06.04", level: 3 },
  { cells: ["1,06,04"], canonical: "1.06.04", level: 3 },
  { cells: ["1.06.04.2.01.0001 - Penyediaan X"], canonical: "1.06.04.2.01.0001", level: 5, rest: "Penyediaan X", raw: "1.06.04.2.01.0001" },
  { cells: ["1.06.04 - PROGRAM X"], canonical: "1.06.04", level: 3, rest: "PROGRAM X", raw: "1.06.04" },
  { cells: ["1.06.04-PROGRAM X"], canonical: "1.06.04", level: 3, rest: "PROGRAM X" },
  { cells: ["1.06.04 : PROGRAM X"], canonical: "1.06.04", level: 3, rest: "PROGRAM X" },
  { cells: ["1.06.04.2.01.0001 Penyediaan Permakanan"], canonical: "1.06.04.2.01.0001", level: 5, rest: "Penyediaan Permakanan" },
  { cells: ["1 URUSAN PEMERINTAHAN WAJIB"], canonical: "1", level: 1, rest: "URUSAN PEMERINTAHAN WAJIB" },
  { cells: ["1.06.04 – Rehabilitasi"], canonical: "1.06.04", level: 3, rest: "Rehabilitasi" },
  // one cell inside several kode cells (a merged kode)
  { cells: ["1.06.04.2.01.0001", null, null, null, null], canonical: "1.06.04.2.01.0001", level: 5 },
  { cells: ["1.06.04.2.01.0001", "", "  ", null, ""], canonical: "1.06.04.2.01.0001", level: 5 },
  // split cells
  { cells: ["1", "06", "01", "2.01", "06"], canonical: "1.06.01.2.01.0006", level: 5, raw: "1 | 06 | 01 | 2.01 | 06" },
  { cells: ["1", "6", "1", "2,02"], canonical: "1.06.01.2.02", level: 4, raw: "1 | 6 | 1 | 2,02" },
  { cells: ["1", "6", "1", "2,02", null], canonical: "1.06.01.2.02", level: 4 },
  { cells: ["1", "6.", "01", "2.0 1.", "0 6"], canonical: "1.06.01.2.01.0006", level: 5, raw: "1 | 6. | 01 | 2.0 1. | 0 6" },
  { cells: ["1", "6.", "01", "2.0 6.", "0 1"], canonical: "1.06.01.2.06.0001", level: 5 },
  { cells: ["2", "13", "4", "", ""], canonical: "2.13.04", level: 3, raw: "2 | 13 | 4" },
  { cells: ["1", "06", "01", "2.01", "0006"], canonical: "1.06.01.2.01.0006", level: 5 },
  { cells: ["1", "06", "02", "2.03", "0001"], canonical: "1.06.02.2.03.0001", level: 5 },
  { cells: ["1", "6", "01", "2.01.", "06"], canonical: "1.06.01.2.01.0006", level: 5 },
  { cells: ["1", "6", "01", "2.02.", ""], canonical: "1.06.01.2.02", level: 4 },
  { cells: ["1", "06", "01", "2.01", "123"], canonical: "1.06.01.2.01.0123", level: 5 },
  { cells: ["1", "06", "01", "2.01", "001"], canonical: "1.06.01.2.01.0001", level: 5 },
  { cells: ["1", "06", null, null, null], canonical: "1.06", level: 2 },
  { cells: ["1", null, null, null, null], canonical: "1", level: 1 },
  // PDF leftovers: cells that are only dots are blank
  { cells: ["1", ".", null, null, null], canonical: "1", level: 1, raw: "1" },
  { cells: ["1", "6.", "..", null, null], canonical: "1.06", level: 2 },
  { cells: ["1", "6.", "01", ".", null], canonical: "1.06.01", level: 3 },
  // a merged urusan+bidang cell, then the rest split
  { cells: ["1.06", "01", "2.01", "01"], canonical: "1.06.01.2.01.0001", level: 5 },
  { cells: ["1.06", null, "01", "2.01", "01"], canonical: "1.06.01.2.01.0001", level: 5 },
  // a name that landed in a kode cell
  { cells: ["1", "06", "01", "Program Penunjang"], canonical: "1.06.01", level: 3, rest: "Program Penunjang" },
  { cells: ["1", "06", "01 Program Penunjang", null], canonical: "1.06.01", level: 3, rest: "Program Penunjang" },
  // numbers as Excel gives them
  { cells: [1, 6, 4, 2.01, 6], canonical: "1.06.04.2.01.0006", level: 5, raw: "1 | 6 | 4 | 2.01 | 6" },
  { cells: [1, 6, 4, 2.1, 12], canonical: "1.06.04.2.10.0012", level: 5 },
  { cells: [1, 6, 1, 2.02, null], canonical: "1.06.01.2.02", level: 4 },
  { cells: [2, 13, 4, null, null], canonical: "2.13.04", level: 3 },
  { cells: [1, 6, 4, 2.01, 123], canonical: "1.06.04.2.01.0123", level: 5 },
  { cells: ["1", 6, "01", 2.02, "01"], canonical: "1.06.01.2.02.0001", level: 5 },
  { cells: [1.06], canonical: "1.06", level: 2, raw: "1.06" },
  { cells: [1.1], canonical: "1.10", level: 2 },
  { cells: [2.13], canonical: "2.13", level: 2 },
  { cells: [1], canonical: "1", level: 1 },
  { cells: [1.06, 4, 2.01, 1], canonical: "1.06.04.2.01.0001", level: 5 },
];

describe("readKode: valid forms", () => {
  it.each(valid)("$cells → $canonical", ({ cells, canonical, level, rest, raw }) => {
    const r = readKode(cells);
    expect(r).not.toBeNull();
    expect(r?.canonical).toBe(canonical);
    expect(r?.level).toBe(level);
    expect(r?.problem).toBeNull();
    expect(r?.needsBidang).toBe(false);
    expect(r?.partial).toBeNull();
    expect(r?.rest).toBe(rest ?? null);
    if (raw !== undefined) expect(r?.raw).toBe(raw);
  });
});

interface NoBidang {
  cells: CellValue[];
  partial: string;
  level: KodeLevel;
  rest?: string;
}

const noBidang: NoBidang[] = [
  { cells: ["01.2.01.01"], partial: "01.2.01.0001", level: 5 },
  { cells: ["01.2.01.0001"], partial: "01.2.01.0001", level: 5 },
  { cells: ["01.2.02"], partial: "01.2.02", level: 4 },
  { cells: ["01"], partial: "01", level: 3 },
  { cells: ["01.2.05.11 Struktur Organisasi"], partial: "01.2.05.0011", level: 5, rest: "Struktur Organisasi" },
  { cells: [null, null, "01", "2.01", "01"], partial: "01.2.01.0001", level: 5 },
  { cells: [null, null, "1", 2.01, 6], partial: "01.2.01.0006", level: 5 },
  { cells: [null, null, "01", null, null], partial: "01", level: 3 },
  { cells: ["01.2.01", "01", null], partial: "01.2.01.0001", level: 5 },
];

describe("readKode: codes written without urusan and bidang", () => {
  it.each(noBidang)("$cells → partial $partial", ({ cells, partial, level, rest }) => {
    const r = readKode(cells);
    expect(r?.needsBidang).toBe(true);
    expect(r?.canonical).toBeNull();
    expect(r?.partial).toBe(partial);
    expect(r?.level).toBe(level);
    expect(r?.problem).toBeNull();
    expect(r?.rest).toBe(rest ?? null);
  });
});

interface Malformed {
  cells: CellValue[];
  problem: KodeProblem;
  canonical: string | null;
  level: KodeLevel | null;
  note: string;
}

const malformed: Malformed[] = [
  { cells: ["01.06.07"], problem: "urusan-two-digit", canonical: "1.06.07", level: 3, note: "Kutai Kartanegara program row" },
  { cells: ["10.06.07"], problem: "urusan-two-digit", canonical: null, level: 3, note: "extra digit is not a leading zero" },
  { cells: ["2.013.04"], problem: "bidang-three-digit", canonical: "2.13.04", level: 3, note: "Tarakan program row" },
  { cells: ["2.013.05"], problem: "bidang-three-digit", canonical: "2.13.05", level: 3, note: "Tarakan program row" },
  { cells: ["2.123.04"], problem: "bidang-three-digit", canonical: null, level: 3, note: "extra digit is not a leading zero" },
  { cells: ["2.13.04.2.01.0"], problem: "segment-truncated", canonical: null, level: 5, note: "Tarakan kegiatan row" },
  { cells: ["1.06.04.2.01.001"], problem: "segment-truncated", canonical: "1.06.04.2.01.0001", level: 5, note: "three-digit sub kegiatan, leading zero" },
  { cells: ["1", "6.", "01", "2.0", ""], problem: "segment-truncated", canonical: null, level: 4, note: "Tarakan PDF lost a digit" },
  { cells: ["1", "6.", "01", "2.0", "0"], problem: "segment-truncated", canonical: null, level: 5, note: "Tarakan PDF lost digits" },
  { cells: ["1", "06", "01", "2.01", "0"], problem: "segment-truncated", canonical: null, level: 5, note: "sub kegiatan 0" },
  { cells: ["1.06.04.0.01"], problem: "kegiatan-lead-zero", canonical: null, level: 4, note: "lead digit 0" },
  { cells: ["1.06.04.0.01.0001"], problem: "kegiatan-lead-zero", canonical: null, level: 5, note: "lead digit 0, sub kegiatan" },
  { cells: ["1", "06", "04", "0.01", "01"], problem: "kegiatan-lead-zero", canonical: null, level: 5, note: "lead digit 0, split" },
  { cells: [1, 6, 4, 0.01, 1], problem: "kegiatan-lead-zero", canonical: null, level: 5, note: "lead digit 0, number" },
  { cells: [1, 6, 4, 2, 6], problem: "bad-segment", canonical: null, level: 5, note: "kegiatan cell is the integer 2" },
  { cells: [1, 6, 4, 2, null], problem: "bad-segment", canonical: null, level: 4, note: "kegiatan cell is the integer 2, no sub" },
  { cells: ["1", "06", "04", "2", "01"], problem: "bad-segment", canonical: null, level: 5, note: "kegiatan cell is the text 2" },
  { cells: ["1.06.04.2"], problem: "bad-segment", canonical: null, level: 4, note: "kegiatan without its two digits" },
  { cells: ["1.06.04.12.01"], problem: "bad-segment", canonical: null, level: 4, note: "two-digit kegiatan lead" },
  { cells: ["1.06.04.2.001"], problem: "bad-segment", canonical: "1.06.04.2.01", level: 4, note: "kegiatan with three digits, leading zero" },
  { cells: ["1.06.004"], problem: "bad-segment", canonical: "1.06.04", level: 3, note: "program with three digits, leading zero" },
  { cells: ["1.06.04.2.01.00001"], problem: "bad-segment", canonical: "1.06.04.2.01.0001", level: 5, note: "five-digit sub kegiatan, leading zero" },
  { cells: ["1.06.04.2.01.12345"], problem: "bad-segment", canonical: null, level: 5, note: "five-digit sub kegiatan" },
  { cells: ["0.06"], problem: "bad-segment", canonical: null, level: 2, note: "urusan 0" },
  { cells: ["1.00.01"], problem: "bad-segment", canonical: null, level: 3, note: "bidang 00" },
  { cells: ["1.06.00"], problem: "bad-segment", canonical: null, level: 3, note: "program 00" },
  { cells: ["1.06.04.2.00"], problem: "bad-segment", canonical: null, level: 4, note: "kegiatan 2.00" },
  { cells: ["1.06.04.2.01.0000"], problem: "bad-segment", canonical: null, level: 5, note: "sub kegiatan 0000" },
  { cells: ["1..06"], problem: "bad-segment", canonical: null, level: 3, note: "empty segment" },
  { cells: [1.0601], problem: "bad-segment", canonical: null, level: 2, note: "number with more than two decimals" },
  { cells: ["1", null, "01"], problem: "bad-segment", canonical: null, level: 3, note: "gap: bidang missing between split cells" },
  { cells: [null, "06", "01"], problem: "bad-segment", canonical: null, level: 3, note: "bidang without urusan" },
  { cells: [null, null, null, "2.01", "01"], problem: "bad-segment", canonical: null, level: 5, note: "kegiatan without program" },
  { cells: ["1.06.04.2.01.0001.01"], problem: "too-many-segments", canonical: null, level: null, note: "seven pieces" },
  { cells: [1, 6, 4, 2.01, 6, 7], problem: "too-many-segments", canonical: null, level: null, note: "six split cells" },
  { cells: ["1.06.04.2.01.0001", "01"], problem: "too-many-segments", canonical: null, level: null, note: "full code then a sub" },
  { cells: ["01.06.07.2.01.0001.5"], problem: "urusan-two-digit", canonical: null, level: null, note: "first problem wins" },
];

/** Sheet-wide ways of writing codes (domain §2): read as canonical, with the style named (kode-malformed says it once per sheet). */
const styled: { cells: CellValue[]; canonical: string | null; partial?: string; style: string; note: string }[] = [
  { cells: ["1.6.04"], canonical: "1.06.04", style: "unpadded", note: "unpadded bidang in one cell" },
  { cells: ["1.06.4"], canonical: "1.06.04", style: "unpadded", note: "unpadded program in one cell" },
  { cells: ["1.3.02.2.01.0109"], canonical: "1.03.02.2.01.0109", style: "unpadded", note: "a Renstra's bidang 1.3" },
  { cells: ["1.06.04.2.1.0001"], canonical: "1.06.04.2.01.0001", style: "unpadded", note: "kegiatan 2.1 typed as text in one cell" },
  { cells: ["1.06.04.2.01.1"], canonical: "1.06.04.2.01.0001", style: "unpadded", note: "one-digit sub kegiatan in one cell" },
  { cells: ["1.06.04.2.01.123"], canonical: "1.06.04.2.01.0123", style: "unpadded", note: "three-digit sub kegiatan, no leading zero" },
  { cells: ["1.06.04.02.01"], canonical: "1.06.04.2.01", style: "kegiatan-zero-padded", note: "kegiatan lead with a leading zero" },
  { cells: ["1.01.01.02.01.0001"], canonical: "1.01.01.2.01.0001", style: "kegiatan-zero-padded", note: "kode-in-the-wild's convention" },
  { cells: ["x.xx.01.2.01.0001"], canonical: null, partial: "01.2.01.0001", style: "support-placeholder", note: "lower-case support program" },
  { cells: ["X", "XX", "01", "2.01", "01"], canonical: null, partial: "01.2.01.0001", style: "support-placeholder", note: "split support program" },
];

describe("readKode: sheet-wide styles", () => {
  it.each(styled)("$cells → $canonical ($note)", ({ cells, canonical, partial, style }) => {
    const r = readKode(cells);
    expect(r?.problem).toBeNull();
    expect(r?.canonical).toBe(canonical);
    if (partial) expect(r?.partial).toBe(partial);
    expect(r?.style).toBe(style);
  });

  it("reads a one-digit kegiatan tail typed as text in a split cell as unpadded (a number cell 2.1 is Excel's 2.10)", () => {
    expect(readKode(["1", "06", "04", "2.1", "0001"])).toMatchObject({ problem: null, canonical: "1.06.04.2.01.0001", style: "unpadded" });
    expect(readKode([1, 6, 4, 2.1, 1])).toMatchObject({ problem: null, canonical: "1.06.04.2.10.0001" });
  });

  it("flags letters glued to a code and reads no canonical code from it", () => {
    const r = readKode(["1.06.01.2.03.0003a Penyediaan Jasa"]);
    expect(r?.problem).toBe("letter-suffix");
    expect(r?.canonical).toBeNull();
    expect(r?.level).toBe(5);
    expect(r?.rest).toBe("Penyediaan Jasa");
  });
});

describe("readKode: malformed codes", () => {
  it.each(malformed)("$cells: $problem ($note)", ({ cells, problem, canonical, level }) => {
    const r = readKode(cells);
    expect(r).not.toBeNull();
    expect(r?.problem).toBe(problem);
    expect(r?.canonical).toBe(canonical);
    expect(r?.level).toBe(level);
    expect(r?.needsBidang).toBe(false);
  });

  it("flags a malformed code written without urusan and bidang, with no partial", () => {
    const r = readKode(["01.0.01"]);
    expect(r).toMatchObject({ needsBidang: true, problem: "kegiatan-lead-zero", canonical: null, partial: null, level: 4 });
  });

  it("keeps the raw text of a malformed code for the message", () => {
    expect(readKode(["2.013.04 PROGRAM ADMINISTRASI PEMERINTAHAN DESA"])).toMatchObject({
      raw: "2.013.04",
      rest: "PROGRAM ADMINISTRASI PEMERINTAHAN DESA",
    });
    expect(readKode(["1", "6.", "01", "2.0", "0"])?.raw).toBe("1 | 6. | 01 | 2.0 | 0");
    expect(readKode(["1", null, "01"])?.raw).toBe("1 |  | 01");
  });
});

const notCodes: CellValue[][] = [
  [],
  [null],
  ["", "  ", null, "\t"],
  [".", "..", null],
  ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"],
  ["TOTAL"],
  ["JUMLAH"],
  ["Rata-rata"],
  ["Rata-Rata Capaian Kinerja"],
  ["Predikat Kinerja"],
  ["Kode"],
  ["(1)"],
  ["8= (7/6)"],
  ["10=(5+7+9)"],
  ["13 = 8+10+12+10"],
  ["100%"],
  ["100 %"],
  ["2A"],
  ["1e5"],
  ["-1"],
  ["<b>1.06.01</b>"],
  [true],
  [false, "1.06"],
  [-1],
  [Number.NaN],
  [Number.POSITIVE_INFINITY],
  [1e21],
  [null, "Program Penunjang", "01"],
];

describe("readKode: not a code", () => {
  it.each(notCodes.map((cells) => ({ cells })))("$cells → null", ({ cells }) => {
    expect(readKode(cells)).toBeNull();
  });
});

describe("readKode: properties", () => {
  it("reads a generated code written in one cell back to its canonical form", () => {
    fc.assert(
      fc.property(
        kodeParts.chain((p) => fc.tuple(fc.constant(p), oneCell(p), fc.option(fc.constantFrom(" - Nama", " Nama Kegiatan", ": X")))),
        ([p, cell, suffix]) => {
          const withRest = suffix !== null && typeof cell === "string";
          const r = readKode([withRest ? cell + suffix : cell]);
          expect(r?.canonical).toBe(canonicalOf(p));
          expect(r?.problem).toBeNull();
          expect(r?.level).toBe(p.level);
          expect(r?.needsBidang).toBe(false);
          expect(r?.rest ?? null).toBe(withRest ? suffix.replace(/^[\s:-]+/, "") : null);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads a generated code written over split cells (padding removed, comma, numbers, PDF breaks) back", () => {
    fc.assert(
      fc.property(
        kodeParts.chain((p) => fc.tuple(fc.constant(p), splitCells(p))),
        ([p, cells]) => {
          const r = readKode(cells);
          expect(r?.canonical).toBe(canonicalOf(p));
          expect(r?.problem).toBeNull();
          expect(r?.level).toBe(p.level);
          expect(r?.rest).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads a generated code written without urusan and bidang as its partial", () => {
    fc.assert(
      fc.property(
        kodeParts.filter((p) => p.level >= 3),
        fc.boolean(),
        (p, split) => {
          const tail = segmentsOf(p).slice(2);
          const r = readKode(split ? [null, null, ...tail] : [tail.join(".")]);
          expect(r?.needsBidang).toBe(true);
          expect(r?.partial).toBe(tail.join("."));
          expect(r?.canonical).toBeNull();
          expect(r?.level).toBe(p.level);
        },
      ),
      { numRuns: 1000 },
    );
  });

  const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc.string({ unit: fc.constantFrom("0", "1", "2", "6", "9", ".", ",", " ", "-", "%", "A", "😀"), maxLength: 30 }),
    fc.double(),
    fc.integer(),
    fc.double({ min: 0, max: 10 }),
    fc.boolean(),
    fc.constant(null),
  );

  it("never throws, and what it returns is consistent", () => {
    fc.assert(
      fc.property(fc.array(anyCell, { maxLength: 8 }), (cells) => {
        const r = readKode(cells);
        if (r === null) return;
        expect(r.canonical !== null && r.partial !== null).toBe(false);
        if (r.partial !== null) expect(r.needsBidang).toBe(true);
        if (r.problem === null) expect(r.canonical !== null || r.partial !== null).toBe(true);
        if (r.canonical !== null) {
          expect(r.level).toBe(levelOf(r.canonical));
          const again = readKode([r.canonical]);
          expect(again?.canonical).toBe(r.canonical);
          expect(again?.problem).toBeNull();
        }
      }),
      { numRuns: 5000 },
    );
  });
});
