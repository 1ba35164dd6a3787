// Tests of the kode tree helpers: levelOf, parentOf, bidangOf, withBidang, compareKode.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bidangOf, compareKode, levelOf, parentOf, readKode, withBidang, type KodeLevel, type KodeRead } from "../../../core/kode/index.js";
import { canonicalOf, kodeParts, numbersOf, segmentsOf } from "./kode-arbitraries.js";

const chain: [string, KodeLevel, string | null, string | null][] = [
  ["1.06.04.2.01.0001", 5, "1.06.04.2.01", "1.06"],
  ["1.06.04.2.01", 4, "1.06.04", "1.06"],
  ["1.06.04", 3, "1.06", "1.06"],
  ["1.06", 2, "1", "1.06"],
  ["1", 1, null, null],
  ["2.13.05.2.03.0011", 5, "2.13.05.2.03", "2.13"],
  ["1.06.01.2.10", 4, "1.06.01", "1.06"],
];

describe("levelOf, parentOf, bidangOf", () => {
  it.each(chain)("%s: level %d, parent %s, bidang %s", (code, level, parent, bidang) => {
    expect(levelOf(code)).toBe(level);
    expect(parentOf(code)).toBe(parent);
    expect(bidangOf(code)).toBe(bidang);
  });

  it("walks from a sub kegiatan up to its urusan", () => {
    const seen: string[] = [];
    for (let c: string | null = "1.06.04.2.01.0001"; c !== null; c = parentOf(c)) seen.push(c);
    expect(seen).toEqual(["1.06.04.2.01.0001", "1.06.04.2.01", "1.06.04", "1.06", "1"]);
  });

  it("never throws on strings that are not canonical", () => {
    expect(levelOf("")).toBe(1);
    expect(levelOf("1.06.04.2")).toBe(4);
    expect(levelOf("1.06.04.2.01.0001.01")).toBe(5);
    expect(parentOf("")).toBeNull();
    expect(bidangOf("")).toBeNull();
  });

  it("parentOf(x) is one level up and a prefix of x (property)", () => {
    fc.assert(
      fc.property(kodeParts, (p) => {
        const code = canonicalOf(p);
        expect(levelOf(code)).toBe(p.level);
        const parent = parentOf(code);
        if (p.level === 1) {
          expect(parent).toBeNull();
          return;
        }
        expect(parent).not.toBeNull();
        expect(levelOf(parent as string)).toBe(p.level - 1);
        expect(code.startsWith(`${parent as string}.`)).toBe(true);
        expect(parent).toBe(segmentsOf(p).slice(0, -1).join("."));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("withBidang", () => {
  it("fills the canonical code of a code written without urusan and bidang", () => {
    const read = readKode(["01.2.01.01"]) as KodeRead;
    const filled = withBidang(read, "1.06");
    expect(filled.canonical).toBe("1.06.01.2.01.0001");
    expect(filled.level).toBe(5);
    expect(filled.partial).toBe("01.2.01.0001");
    expect(filled.needsBidang).toBe(true);
    expect(read.canonical).toBeNull();
    expect(withBidang(filled, "1.06").canonical).toBe("1.06.01.2.01.0001");
  });

  it("fills a program written as 01", () => {
    expect(withBidang(readKode(["01"]) as KodeRead, "2.13").canonical).toBe("2.13.01");
  });

  it("leaves a read alone when it does not need a bidang, is malformed, or the bidang is not U.BB", () => {
    const full = readKode(["1.06.04"]) as KodeRead;
    expect(withBidang(full, "2.13")).toBe(full);
    const broken = readKode(["01.0.01"]) as KodeRead;
    expect(withBidang(broken, "1.06").canonical).toBeNull();
    const partial = readKode(["01.2.01"]) as KodeRead;
    expect(withBidang(partial, "1.6").canonical).toBeNull();
    expect(withBidang(partial, "1.06.01").canonical).toBeNull();
    expect(withBidang(partial, "").canonical).toBeNull();
  });

  it("restores any generated code of level 3 or deeper from its tail and bidang (property)", () => {
    fc.assert(
      fc.property(
        kodeParts.filter((p) => p.level >= 3),
        (p) => {
          const code = canonicalOf(p);
          const read = readKode([segmentsOf(p).slice(2).join(".")]) as KodeRead;
          expect(withBidang(read, bidangOf(code) as string).canonical).toBe(code);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("compareKode", () => {
  it("sorts naturally, parents before children", () => {
    const codes = ["1.06.10", "1.06.02.2.01", "2.13", "1.06", "1.06.02", "1.06.02.2.01.0010", "1.06.02.2.01.0002", "1", "1.06.02.1.05"];
    expect([...codes].sort(compareKode)).toEqual([
      "1",
      "1.06",
      "1.06.02",
      "1.06.02.1.05",
      "1.06.02.2.01",
      "1.06.02.2.01.0002",
      "1.06.02.2.01.0010",
      "1.06.10",
      "2.13",
    ]);
  });

  it("compares segments by number, so 01 and 0001 sit together and 9 comes before 10", () => {
    expect(compareKode("1.06.01.2.01.01", "1.06.01.2.01.0002")).toBeLessThan(0);
    expect(compareKode("1.6", "1.10")).toBeLessThan(0);
    expect(compareKode("1.06.01.2.01.01", "1.06.01.2.01.0001")).not.toBe(0);
    expect(Math.sign(compareKode("1.06.01.2.01.01", "1.06.01.2.01.0001")) + Math.sign(compareKode("1.06.01.2.01.0001", "1.06.01.2.01.01"))).toBe(0);
    expect(compareKode("1.06", "1.06")).toBe(0);
    expect(compareKode("1.06.x", "1.06.y")).toBeLessThan(0);
  });

  it("orders generated codes like their numbers, and is antisymmetric (property)", () => {
    const lexical = (a: number[], b: number[]): number => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
      return a.length - b.length;
    };
    fc.assert(
      fc.property(kodeParts, kodeParts, (p, q) => {
        const a = canonicalOf(p);
        const b = canonicalOf(q);
        expect(Math.sign(compareKode(a, b))).toBe(Math.sign(lexical(numbersOf(p), numbersOf(q))));
        expect(Math.sign(compareKode(a, b)) + Math.sign(compareKode(b, a))).toBe(0);
        const parent = parentOf(a);
        if (parent !== null) expect(compareKode(parent, a)).toBeLessThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
