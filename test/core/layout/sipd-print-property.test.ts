// Property: the SIPD print's findings do not depend on how its header is written or its money columns are ordered or typed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import { columnLetter, type CellValue } from "../../../core/grid.js";
import { withoutMerges } from "./grids.js";
import { SIPD, sipdPrint } from "./sipd-print.js";

const MONEY: number[] = [SIPD.rkpd, SIPD.apbd, SIPD.rkpdP];
const HEADER_ROWS = [2, 3, 4];

/** Ways a header label is written: as printed, upper case, lower case, words broken over lines, doubled spaces. */
const WRITE: ((s: string) => string)[] = [(s) => s, (s) => s.toUpperCase(), (s) => s.toLowerCase(), (s) => s.replace(/ /g, "\n"), (s) => ` ${s.replace(/ /g, "  ")} `];

describe("SIPD print under meaning-preserving changes", () => {
  it("finds the same mismatches, in the columns the money moved to", () => {
    fc.assert(
      fc.property(fc.constantFrom(...[[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]), fc.array(fc.nat(WRITE.length - 1), { minLength: 19, maxLength: 19 }), fc.boolean(), fc.boolean(), (perm, writes, merges, numbers) => {
        const print = sipdPrint(6, true);
        const moved = (c: number) => (MONEY.includes(c) ? (MONEY[perm[MONEY.indexOf(c)] as number] as number) : c);
        const rows: CellValue[][] = print.grid.rows.map((r, i) => {
          const out: CellValue[] = [...r];
          // The group labels above (rows 2, 3) stay; the money labels and cells move.
          if (i > 3) for (const c of MONEY) out[moved(c)] = r[c] ?? null;
          if (HEADER_ROWS.includes(i)) out.forEach((v, c) => typeof v === "string" && (out[c] = (WRITE[writes[c] ?? 0] as (s: string) => string)(v)));
          if (numbers && i >= 6) for (const c of MONEY) if (typeof out[c] === "string") out[c] = Number(String(out[c]).replace(/\./g, ""));
          return out;
        });
        const grid = merges ? { ...print.grid, rows } : withoutMerges({ ...print.grid, rows }, false);
        const found = checkGrid(grid).report.issues.filter((i) => i.severity !== "info" && !i.rule.startsWith("nomenclature")).map((i) => `${i.rule}@${i.column}${i.row}`);
        expect(found.sort()).toEqual(print.wrong.map((w) => `total-mismatch@${columnLetter(moved(w.col))}${w.row}`).sort());
      }),
      { numRuns: 40 },
    );
  });
});
