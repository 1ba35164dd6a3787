// Recognises cell texts that carry meaning without being numbers: blanks, lone dashes, spreadsheet errors.

/** Excel / Sheets error values (#REF!, #DIV/0!, #N/A, #NAME?, localised ones such as #NILAI!). */
const ERROR_VALUE = /^#(?:N\/A|[A-Z][A-Z0-9_/]*[!?]|GETTING_DATA)$/i;

/**
 * True for whitespace code units, including no-break and zero-width spaces pasted from PDFs.
 *
 * @example
 * isSpaceCode(0xa0); // true
 */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x1680 ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The first position in text[i, end) that is not a space (`end` when all are).
 *
 * @example
 * afterSpaces("  12", 0, 4); // 2
 */
export function afterSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The end of text[start, end) without its trailing spaces.
 *
 * @example
 * beforeSpaces("12  ", 0, 4); // 2
 */
export function beforeSpaces(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * True when `text` is a spreadsheet error value.
 *
 * @example
 * isErrorValue("#DIV/0!"); // true
 * isErrorValue("#1 prioritas"); // false
 */
export function isErrorValue(text: string): boolean {
  return text.charCodeAt(0) === 35 && ERROR_VALUE.test(text);
}

/**
 * True when text[start, end) is a single dash, which Renja sheets write for "no value".
 *
 * @example
 * isLoneDash("–", 0, 1); // true
 */
export function isLoneDash(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const c = text.charCodeAt(start);
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212;
}

/**
 * True for a minus sign: "-" or the typographic "−".
 *
 * @example
 * isMinusCode("-".charCodeAt(0)); // true
 */
export function isMinusCode(c: number): boolean {
  return c === 45 || c === 0x2212;
}

/**
 * Length of a currency mark at text[i]: "Rp" (3 with a following "."), "IDR", or 0 when none.
 *
 * @example
 * currencyPrefixLength("Rp.27.649.042.320,-", 0); // 3
 */
export function currencyPrefixLength(text: string, i: number): number {
  const c = text.charCodeAt(i) | 0x20;
  if (c === 0x72 && (text.charCodeAt(i + 1) | 0x20) === 0x70) return text.charCodeAt(i + 2) === 46 ? 3 : 2;
  if (c === 0x69 && (text.charCodeAt(i + 1) | 0x20) === 0x64 && (text.charCodeAt(i + 2) | 0x20) === 0x72) return 3;
  return 0;
}
