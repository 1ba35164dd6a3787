// What Sheets' setValues does with a value, as typing it would: a leading `'` is dropped, `=` starts a formula,
// `+`/`-` start one too unless a number follows, number-like text becomes a number, and a cell formatted as plain
// text (`@`) keeps text as it is. Formulas are checked against the spreadsheet locale's separators.
import type { FakeCell } from "./fake-sheet.js";

/**
 * Text typed into Sheets that becomes a number (en_US rules, enough to catch a writer that forgets the quote
 * prefix): `06`, `1.5`, `1,000`, `100%`, `(35)`.
 */
const NUMBERISH = /^\s*[(+-]?\d[\d,]*(\.\d+)?%?\)?\s*$/;

/** Sheets locales whose decimal mark is a comma (the fake's own table; a real spreadsheet knows every locale). */
const COMMA_DECIMAL = /^(in|id|de|fr|es|it|nl|pt|ru|tr|pl|da|sv|nb|fi|cs|vi|ro|hu|uk|el)(_|$)/;

/** What a cell shows for a formula Sheets cannot parse. */
export const PARSE_ERROR = "#ERROR!";

/** Stores `v` in `cell` as Sheets' setValues does in a spreadsheet of `locale`. */
export function typeInto(cell: FakeCell, v: unknown, locale: string): void {
  cell.formula = null;
  if (v === "" || v === null || v === undefined) cell.value = null;
  else if (typeof v !== "string") cell.value = v as FakeCell["value"];
  else if (cell.format === "@") cell.value = v;
  else if (v.startsWith("'")) cell.value = v.slice(1);
  else if (v.startsWith("=")) formula(cell, v, locale);
  else if (NUMBERISH.test(v)) cell.value = typedNumber(v);
  else if (/^[+-]./.test(v)) formula(cell, `=${v}`, locale);
  else cell.value = v;
}

/** A formula: kept as typed; its value is a parse error when its separators do not fit the locale. */
function formula(cell: FakeCell, text: string, locale: string): void {
  cell.formula = text;
  cell.value = parses(text, locale) ? null : PARSE_ERROR;
}

/**
 * Whether Sheets parses a formula in a locale: `;` separates arguments everywhere; `,` does so only where the
 * decimal mark is a dot, and is the decimal mark elsewhere (`0,5`). Text after `=+`/`=-` that is not a
 * reference, number or call (typed JSON, prose) does not parse either.
 */
function parses(text: string, locale: string): boolean {
  const body = text.slice(1).replace(/"(?:[^"]|"")*"/g, '""');
  if (/[{}[\]']/.test(body) || /[A-Za-z]\s+[A-Za-z]/.test(body) || /[-+*/=<>(;,]\s*$/.test(body)) return false;
  if (!COMMA_DECIMAL.test(locale)) return true;
  const withoutDecimals = body.replace(/(?<![A-Za-z0-9_$.])\d+,\d+/g, "0");
  return !withoutDecimals.includes(",") && !/(?<![A-Za-z0-9_$.])\d+\.\d+/.test(withoutDecimals);
}

function typedNumber(text: string): number {
  const t = text.trim();
  const negative = t.startsWith("(") || t.startsWith("-");
  const n = Number(t.replace(/[()%,+-]/g, ""));
  const v = t.endsWith("%") || t.endsWith("%)") ? n / 100 : n;
  return negative ? -v : v;
}
