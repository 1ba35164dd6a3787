// Formula rendering per host: en-US for Excel and .xlsx, `;` between arguments for Google Sheets; precedence and quoting.
import { describe, expect, it } from "vitest";
import { call, EN_US_SYNTAX, formulaSyntax, num, op, plus, ref, renderFormula, sameFormula, str, unlessZero } from "../../../core/plan/formula-syntax.js";

const max = call("MAX", op("-", ref("R12"), ref("Q12")), num(0));
const ratio = unlessZero(ref("F12"), op("*", op("/", ref("G12"), ref("F12")), num(100)));

describe("formulaSyntax", () => {
  it.each([
    ["excel", undefined, ","],
    ["xlsx", undefined, ","],
    // Sheets takes `;` in every locale: no guess from Intl locale data, which Apps Script need not have.
    ["sheets", "en_US", ";"],
    ["sheets", "en_GB", ";"],
    ["sheets", "in_ID", ";"],
    ["sheets", "id_ID", ";"],
    ["sheets", "de_DE", ";"],
    ["sheets", "not a locale!", ";"],
    ["sheets", undefined, ";"],
  ] as const)("%s %s separates arguments with %s", (host, locale, sep) => {
    expect(formulaSyntax(host, locale).argSep).toBe(sep);
  });

  it("Sheets' separator does not depend on Intl", () => {
    const NumberFormat = Intl.NumberFormat;
    // A runtime without locale data formats every locale as en-US.
    Intl.NumberFormat = function (_locale?: string | string[], options?: Intl.NumberFormatOptions) {
      return new NumberFormat("en-US", options);
    } as typeof Intl.NumberFormat;
    try {
      expect(formulaSyntax("sheets", "in_ID").argSep).toBe(";");
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
  });
});

describe("renderFormula", () => {
  const id = formulaSyntax("sheets", "in_ID");

  it.each([
    ["a sum of references", plus([ref("R12"), ref("R18"), ref("R25")]), "=R12+R18+R25", "=R12+R18+R25"],
    ["a range", call("SUM", ref("R13:R17")), "=SUM(R13:R17)", "=SUM(R13:R17)"],
    ["a difference", op("-", ref("R12"), ref("Q12")), "=R12-Q12", "=R12-Q12"],
    ["MAX (separator-dependent)", max, "=MAX(R12-Q12,0)", "=MAX(R12-Q12;0)"],
    ["a guarded ratio (separator-dependent)", ratio, '=IF(F12=0,"",G12/F12*100)', '=IF(F12=0;"";G12/F12*100)'],
    ["a decimal constant", op("*", ref("A1"), num(0.5)), "=A1*0.5", "=A1*0,5"],
    ["text with a quote", call("N", str('a"b')), '=N("a""b")', '=N("a""b")'],
  ])("%s", (_label, fx, en, sheetsId) => {
    expect(renderFormula(fx)).toBe(en);
    expect(renderFormula(fx, EN_US_SYNTAX)).toBe(en);
    expect(renderFormula(fx, formulaSyntax("excel"))).toBe(en);
    expect(renderFormula(fx, id)).toBe(sheetsId);
  });

  it("parenthesises only where precedence needs it", () => {
    expect(renderFormula(op("-", ref("A1"), op("-", ref("B1"), ref("C1"))))).toBe("=A1-(B1-C1)");
    expect(renderFormula(op("-", op("-", ref("A1"), ref("B1")), ref("C1")))).toBe("=A1-B1-C1");
    expect(renderFormula(op("/", op("+", ref("E1"), ref("G1")), ref("D1")))).toBe("=(E1+G1)/D1");
    expect(renderFormula(op("/", ref("A1"), op("*", ref("B1"), ref("C1"))))).toBe("=A1/(B1*C1)");
    expect(renderFormula(op("+", ref("A1"), op("*", ref("B1"), ref("C1"))))).toBe("=A1+B1*C1");
  });

  it("an empty sum is 0", () => {
    expect(renderFormula(plus([]))).toBe("=0");
  });
});

describe("sameFormula", () => {
  it.each([
    ["=SUM(R13:R17)", "=sum( $R$13:R17 )", true],
    ["=R12+R18", "R12+R18", true],
    ["=R12+R18", "=R18+R12", false],
    ["=SUM(R13:R17)", "=SUM(R13:R18)", false],
  ])("%s ~ %s: %s", (a, b, same) => {
    expect(sameFormula(a, b)).toBe(same);
  });
});
