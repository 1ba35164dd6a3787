// Decides whether a sheet writes numbers the Indonesian or the English way, from its unambiguous texts.
import type { CellValue } from "../grid.js";
import { conventionOf, isDigitCode, isMarkCode } from "./separators.js";
import { currencyPrefixLength, isMinusCode, isSpaceCode } from "./special-text.js";
import type { NumberConvention } from "./types.js";

/** Enough decisive samples to trust the majority; later cells are not looked at. */
const ENOUGH_VOTES = 200;
/** Longer texts are names and descriptions, not numbers. */
const MAX_SAMPLE_LENGTH = 48;

/** A bidang code ("1.06") looks like an English decimal; it must not vote. */
function isKodeShape(s: string, i: number, j: number): boolean {
  return j - i === 4 && s.charCodeAt(i + 1) === 46 && isDigitCode(s.charCodeAt(i + 3));
}

/** The convention the leading number of `s` proves, or null. */
function vote(s: string): NumberConvention | null {
  const len = s.length;
  if (len === 0 || len > MAX_SAMPLE_LENGTH) return null;
  let i = 0;
  for (;;) {
    const c = s.charCodeAt(i);
    let n = 0;
    if (isSpaceCode(c) || c === 40 || c === 43 || isMinusCode(c)) i++;
    else if ((n = currencyPrefixLength(s, i)) > 0) i += n;
    else break;
  }
  if (!isDigitCode(s.charCodeAt(i))) return null;
  let j = i;
  while (j < len && (isDigitCode(s.charCodeAt(j)) || isMarkCode(s.charCodeAt(j)))) j++;
  // A trailing mark is punctuation ("1.000,-", "5. Dokumen"), not part of the number.
  while (j > i && isMarkCode(s.charCodeAt(j - 1))) j--;
  if (isKodeShape(s, i, j)) {
    let k = j;
    while (k < len && isSpaceCode(s.charCodeAt(k))) k++;
    if (k === len) return null;
  }
  return conventionOf(s, i, j);
}

/**
 * The number convention of a sheet, by majority of the texts whose marks prove one
 * (`1.234.567`, `1.234,5`, `0,75` → id; `1,234,567`, `1,234.50`, `2.5` → en). Ambiguous texts
 * (`8.152`), number cells and bare bidang codes (`1.06`) do not vote; a tie or no vote gives
 * "id". Stops after 200 decisive samples. Pass the cells of numeric columns where known.
 *
 * @example
 * detectConvention(["4,197,049,000", "50,000,000.00", "8,152"]); // "en"
 * detectConvention([1200, "Cepat Berkembang"]); // "id"
 */
export function detectConvention(cells: Iterable<CellValue>): NumberConvention {
  let id = 0;
  let en = 0;
  for (const v of cells) {
    if (typeof v !== "string") continue;
    const c = vote(v);
    if (c === null) continue;
    if (c === "id") id++;
    else en++;
    if (id + en >= ENOUGH_VOTES) break;
  }
  return en > id ? "en" : "id";
}
