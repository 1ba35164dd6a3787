// levelsNamed picks its regexes by the name's first letter: it must read every name as trying all of them in order would.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { levelsNamed } from "../../../core/tree/row-text.js";

/** Every level word, tried in order on the whole name (the reading before the first-letter shortcut). */
const ALL_IN_ORDER: [RegExp, number[]][] = [
  [/^sub\s*kegiatan\b/i, [5]],
  [/^kegiatan\b/i, [4]],
  [/^program\b/i, [3]],
  [/^(urusan\s+pemerintahan\s+)?bidang\b/i, [2]],
  [/^urusan\s+pemerintahan\s+bidang\b/i, [2]],
  [/^urusan\b/i, [1, 2]],
];
const reference = (name: string): number[] => ALL_IN_ORDER.find(([re]) => re.test(name))?.[1] ?? [];

const WORDS = ["sub", "Sub", "SUB", "kegiatan", "KEGIATAN", "Program", "urusan", "URUSAN", "pemerintahan", "Bidang", "bidang", "ſub", "K", "x", "1.06", "-", " ", "  ", "\t", "é", "Û"];

describe("levelsNamed", () => {
  it("names a level as trying every level word in order does", () => {
    const name = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((ws) => ws.join(" "));
    fc.assert(fc.property(fc.oneof(name, fc.string()), (n) => {
        expect(levelsNamed(n)).toEqual(reference(n));
      }), { numRuns: 3000 });
  });

  it("reads the seeds' level names", () => {
    expect(levelsNamed("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH")).toEqual([3]);
    expect(levelsNamed("Sub Kegiatan Penyusunan Dokumen")).toEqual([5]);
    expect(levelsNamed("URUSAN PEMERINTAHAN BIDANG PERENCANAAN")).toEqual([2]);
    expect(levelsNamed("Urusan Pemerintahan Wajib")).toEqual([1, 2]);
    expect(levelsNamed("Penyediaan jasa")).toEqual([]);
  });
});
