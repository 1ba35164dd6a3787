// Formulas as small trees, rendered for a host: en-US for Excel and .xlsx files, `;` between arguments for Google Sheets.

/** Where a formula goes. Excel's `formulas` API and .xlsx files always take en-US syntax; Sheets takes its locale's. */
export type FormulaHost = "excel" | "xlsx" | "sheets";

export interface FormulaSyntax {
  host: FormulaHost;
  /** Between function arguments: `,` (en-US: Excel, .xlsx) or `;` (Sheets, in every locale). */
  argSep: "," | ";";
  /** Decimal mark of number constants. */
  decimalSep: "." | ",";
}

/** en-US syntax: Excel (a range's `formulas` in the add-in API) and the .xlsx file format. */
export const EN_US_SYNTAX: FormulaSyntax = Object.freeze({ host: "xlsx", argSep: ",", decimalSep: "." });

/**
 * The syntax of a host. Sheets takes `;` between arguments in every locale, so its formulas use `;` whatever
 * the locale (which `,` would need `Intl` locale data to decide, and Apps Script need not have it); give the
 * spreadsheet's locale (`getSpreadsheetLocale()`, e.g. `in_ID`) for the decimal mark of constants.
 * @example formulaSyntax("sheets", "en_US") // { host: "sheets", argSep: ";", decimalSep: "." }
 */
export function formulaSyntax(host: FormulaHost, locale?: string): FormulaSyntax {
  if (host !== "sheets") return { ...EN_US_SYNTAX, host };
  const comma = locale !== undefined && decimalMarkOf(locale) === ",";
  return { host, argSep: ";", decimalSep: comma ? "," : "." };
}

function decimalMarkOf(locale: string): string {
  // Sheets writes locales as `in_ID`; Intl wants `id-ID` (`in` is the old code for Indonesian).
  const tag = locale.replace(/_/g, "-").replace(/^in(?=-|$)/, "id");
  try {
    return new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
  } catch {
    return ".";
  }
}

/** A formula as a tree; cell references are A1 text (`R12`, `R13:R17`). */
export type Fx =
  | { ref: string }
  | { num: number }
  | { str: string }
  | { call: string; args: Fx[] }
  | { op: "+" | "-" | "*" | "/" | "=" | "<>" | ">" | "<" | ">=" | "<="; left: Fx; right: Fx };

const PRECEDENCE: Record<string, number> = { "=": 1, "<>": 1, ">": 1, "<": 1, ">=": 1, "<=": 1, "+": 2, "-": 2, "*": 3, "/": 3 };

/**
 * The formula text for a host, with the leading `=`.
 * @example renderFormula(call("MAX", op("-", ref("R12"), ref("Q12")), num(0)), formulaSyntax("sheets", "in_ID")) // "=MAX(R12-Q12;0)"
 */
export function renderFormula(fx: Fx, syntax: FormulaSyntax = EN_US_SYNTAX): string {
  return `=${render(fx, syntax)}`;
}

function render(fx: Fx, s: FormulaSyntax): string {
  if ("ref" in fx) return fx.ref;
  if ("num" in fx) {
    const t = String(fx.num);
    const text = s.decimalSep === "," ? t.replace(".", ",") : t;
    return fx.num < 0 ? `(${text})` : text;
  }
  if ("str" in fx) return `"${fx.str.replace(/"/g, '""')}"`;
  if ("call" in fx) return `${fx.call}(${fx.args.map((a) => render(a, s)).join(s.argSep)})`;
  const p = PRECEDENCE[fx.op] ?? 0;
  const left = wrap(fx.left, p, false, s);
  const right = wrap(fx.right, p, true, s);
  return `${left}${fx.op}${right}`;
}

/** Parenthesises an operand of lower precedence, and a right operand of equal precedence (a-(b-c), a/(b*c)). */
function wrap(fx: Fx, parent: number, right: boolean, s: FormulaSyntax): string {
  const text = render(fx, s);
  if (!("op" in fx)) return text;
  const p = PRECEDENCE[fx.op] ?? 0;
  return p < parent || (right && p === parent) ? `(${text})` : text;
}

/** @example ref("R12") */
export const ref = (a1: string): Fx => ({ ref: a1 });
/** @example num(100) */
export const num = (n: number): Fx => ({ num: n });
/** @example str("") */
export const str = (s: string): Fx => ({ str: s });
/** @example call("SUM", ref("R13:R17")) */
export const call = (name: string, ...args: Fx[]): Fx => ({ call: name, args });
/** @example op("-", ref("R12"), ref("Q12")) */
export const op = (o: "+" | "-" | "*" | "/" | "=" | "<>" | ">" | "<" | ">=" | "<=", left: Fx, right: Fx): Fx => ({ op: o, left, right });

/**
 * Terms joined with `+` (never comma-separated arguments, so no separator is needed).
 * @example renderFormula(plus([ref("R12"), ref("R18"), ref("R25")])) // "=R12+R18+R25"
 */
export function plus(terms: Fx[]): Fx {
  if (terms.length === 0) return num(0);
  return terms.slice(1).reduce((acc, t) => op("+", acc, t), terms[0] as Fx);
}

/**
 * `fx`, or empty text when `denominator` is zero (domain §5: division by zero gives no value, not an error).
 * IF needs an argument separator, so this only exists rendered for a host.
 * @example renderFormula(unlessZero(ref("F12"), op("/", ref("G12"), ref("F12")))) // '=IF(F12=0,"",G12/F12)'
 */
export function unlessZero(denominator: Fx, fx: Fx): Fx {
  return call("IF", op("=", denominator, num(0)), str(""), fx);
}

/**
 * Formula text compared loosely: case, spaces and `$` anchors do not matter.
 * @example sameFormula("=sum($R$13:R17)", "=SUM(R13:R17)") // true
 */
export function sameFormula(a: string, b: string): boolean {
  const norm = (f: string) => f.replace(/^=/, "").replace(/[\s$]/g, "").toUpperCase();
  return norm(a) === norm(b);
}
