// SeenCodes skips its lookup table while codes grow: it must answer as a plain Map of every earlier node would.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Node } from "../../../core/model.js";
import { SeenCodes } from "../../../core/tree/seen-codes.js";

const node = (i: number): Node => ({ row: { index: i } as Node["row"], level: 5, code: null, parent: null, children: [], placement: "code" });
const asList = (x: Node | readonly Node[] | undefined): readonly Node[] => (x === undefined ? [] : Array.isArray(x) ? x : [x as Node]);

describe("SeenCodes", () => {
  it("finds every earlier node of a code, in order, whether codes grow or not", () => {
    const code = fc.constantFrom("1.06", "1.06.01", "1.06.01.2.01", "1.06.01.2.01.0001", "1.06.01.2.01.0002", "1.06.02", "2.01");
    fc.assert(
      fc.property(fc.array(code, { maxLength: 30 }), (codes) => {
        const seen = new SeenCodes();
        const model = new Map<string, Node[]>();
        codes.forEach((c, i) => {
          expect(asList(seen.get(c))).toEqual(model.get(c) ?? []);
          const n = node(i);
          seen.add(c, n);
          model.set(c, [...(model.get(c) ?? []), n]);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("finds a sheet's repeated context row after codes that only grew", () => {
    const seen = new SeenCodes();
    const urusan = node(0);
    seen.add("1", urusan);
    expect(seen.get("1.06")).toBeUndefined();
    seen.add("1.06", node(1));
    expect(seen.get("1")).toBe(urusan);
  });
});
