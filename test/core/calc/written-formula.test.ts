// The exact fast path of written formulas (scaled integers, BigInt, Decimal only past 15 digits) against plain Decimal arithmetic.
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cmpNum, mulNum, roundedDiff, toDec } from "../../../core/calc/num.js";
import { columnsByNumber, compileFormula, evalFormula, newFraction } from "../../../core/calc/written-formula.js";
import type { Column, FormulaExpr, TableRow } from "../../../core/model.js";
import { parseQuantityText, type ParsedNumber } from "../../../core/values/index.js";
import { group } from "../values/value-arbitraries.js";
import { decimalOf } from "../../../core/values/number-result.js";

/** Wide enough that + − × of the cells below are exact and a quotient (even after cancellation) is far past any shown digit. */
const Ref = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_HALF_UP });
type RefDec = InstanceType<typeof Ref>;

const COLUMNS = 4;
const columns = Array.from({ length: COLUMNS }, (_, i) => ({ index: i, number: i + 1 }) as Column);
const byNumber = columnsByNumber(columns);

/** A cell as a sheet writes it: fractions, money past 15 digits, zero, a lone "-", negatives (Indonesian convention). */
const cellText: fc.Arbitrary<string> = fc.oneof(
  fc.record({ neg: fc.boolean(), int: fc.bigInt({ min: 0n, max: 10n ** 20n }), frac: fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 6 }) }).map(
    ({ neg, int, frac }) => `${neg ? "-" : ""}${group(String(int), ".")}${frac === "" ? "" : `,${frac}`}`,
  ),
  fc.integer({ min: 0, max: 400 }).map((n) => `${n} Dokumen`),
  fc.integer({ min: 0, max: 99_999 }).map((n) => `${Math.floor(n / 100)},${String(n % 100).padStart(2, "0")} %`),
  fc.constantFrom("0", "-", "0,00", "27.649.042.320", "9.007.199.254.740.993", "1"),
);

const column = fc.integer({ min: 1, max: COLUMNS }).map((n) => ({ op: "col" as const, n }));

const expr: fc.Arbitrary<FormulaExpr> = fc.letrec<{ e: FormulaExpr }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    column,
    fc.constantFrom(100, 1, 0, 2.5).map((value) => ({ op: "num" as const, value })),
    fc.record({ op: fc.constantFrom("+" as const, "-" as const, "*" as const, "/" as const), left: tie("e"), right: tie("e") }),
    // The shapes sheets write: `7/6`, `5+7+9`, `10-4`.
    fc.record({ op: fc.constant("/" as const), left: column, right: column }),
    fc.record({ op: fc.constantFrom("+" as const, "-" as const), left: fc.oneof(column, fc.record({ op: fc.constantFrom("+" as const, "-" as const), left: column, right: column })), right: column }),
  ),
})).e;

function rowOf(cells: ParsedNumber[]): TableRow {
  return { index: 0, kind: "node", kode: null, level: null, name: "", indicator: "", bold: false, cells };
}

/** The formula in plain Decimal arithmetic: null when an input is missing, "div0" on a division by zero. */
function reference(e: FormulaExpr, cells: ParsedNumber[]): RefDec | null | "div0" {
  if (e.op === "num") return new Ref(e.value);
  if (e.op === "col") {
    const p = cells[e.n - 1];
    if (p?.kind === "empty") return new Ref(0);
    return p?.kind === "number" ? new Ref(decimalOf(p).toString()) : null;
  }
  const l = reference(e.left, cells);
  if (l === null || l === "div0") return l;
  const r = reference(e.right, cells);
  if (r === null || r === "div0") return r;
  if (e.op === "+") return l.plus(r);
  if (e.op === "-") return l.minus(r);
  if (e.op === "*") return l.times(r);
  return r.isZero() ? "div0" : l.div(r);
}

describe("written formulas, exactly", () => {
  it("evaluate to the fraction Decimal arithmetic gives, with missing cells and division by zero", () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: COLUMNS, maxLength: COLUMNS }), expr, (texts, e) => {
        const cells = texts.map((t) => parseQuantityText(t, "id"));
        const row = rowOf(cells);
        const v = evalFormula(e, row, byNumber);
        const ref = reference(e, cells);
        // The compiled form (no allocation for `a/b` and sums of columns) says the same.
        const held = newFraction();
        const status = compileFormula(e, byNumber)(row, held);
        expect(status).toBe("missing" in v ? "missing" : "divByZero" in v ? "div0" : "value");
        if ("num" in v) expect(cmpNum(mulNum(held.num, v.den), mulNum(v.num, held.den))).toBe(0);
        if (ref === null) expect(v).toEqual({ missing: true });
        else if (ref === "div0") expect(v).toEqual({ divByZero: true });
        else {
          expect("num" in v).toBe(true);
          if (!("num" in v)) return;
          const got = new Ref(toDec(v.num).toString()).div(new Ref(toDec(v.den).toString()));
          expect(got.minus(ref).abs().lte(ref.abs().times("1e-300"))).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("a stated figure agrees or not exactly as Decimal rounding says (fractions, big money, ×100)", () => {
    fc.assert(
      fc.property(cellText, cellText, cellText, fc.constantFrom<1 | 100>(1, 100), (s, n, d, factor) => {
        const [stated, num, den] = [s, n, d].map((t) => parseQuantityText(t, "id"));
        if (stated?.kind !== "number" || num?.kind !== "number" || den?.kind !== "number" || decimalOf(den).isZero()) return;
        const statedNum = stated.coef !== null ? { coef: stated.coef, decimals: stated.decimals } : decimalOf(stated);
        const numNum = num.coef !== null ? { coef: num.coef, decimals: num.decimals } : decimalOf(num);
        const denNum = den.coef !== null ? { coef: den.coef, decimals: den.decimals } : decimalOf(den);
        const computed = new Ref(decimalOf(num).toString()).div(new Ref(decimalOf(den).toString())).times(factor);
        const rounded = computed.toDecimalPlaces(stated.decimals, Decimal.ROUND_HALF_UP);
        const diff = new Ref(decimalOf(stated).toString()).minus(rounded).abs();
        const expected = diff.isZero() ? 0 : diff.lte(new Ref(10).pow(-stated.decimals)) ? 1 : 2;
        expect(roundedDiff(statedNum, stated.decimals, numNum, denNum, factor)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("a stated figure equal to the rounded quotient is found so, the next one up is one unit off", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 4 }), (n, d, decimals) => {
        const computed = new Ref(n).div(d).times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
        const coef = Number(computed.times(new Ref(10).pow(decimals)).toFixed(0));
        const num = { coef: n, decimals: 0 };
        const den = { coef: d, decimals: 0 };
        expect(roundedDiff({ coef, decimals }, decimals, num, den, 100)).toBe(0);
        expect(roundedDiff({ coef: coef + 1, decimals }, decimals, num, den, 100)).toBe(1);
        expect(roundedDiff({ coef: coef + 2, decimals }, decimals, num, den, 100)).toBe(2);
      }),
    );
  });
});
