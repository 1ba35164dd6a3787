// Header text normalisation: lower case, HTML leftovers and punctuation folded, one space between words.
import { cellText, type CellValue } from "../grid.js";

const TAGS = /<\/?[a-z][^>]*>/gi;
const STARS = /\*\*/g;
const PUNCT = /[^\p{L}\p{N}%/()=+\-×x*.]+/gu;
const SPACES = /\s+/g;

/**
 * Folds a header cell into comparable text.
 * @example normalizeHeader("Pagu Indikatif\n(Rp)") // "pagu indikatif (rp)"
 */
export function normalizeHeader(v: CellValue): string {
  const t = cellText(v);
  if (t === "") return "";
  return t.replace(TAGS, " ").replace(STARS, "").toLowerCase().replace(PUNCT, " ").replace(SPACES, " ").trim();
}

/** Text of a cell without HTML/markdown leftovers, whitespace folded (for names and indicators). */
export function cleanText(v: CellValue): string {
  const t = cellText(v);
  if (t === "") return "";
  if (t.indexOf("<") < 0 && t.indexOf("**") < 0) return t.indexOf("\n") < 0 && t.indexOf("  ") < 0 ? t : t.replace(SPACES, " ");
  return t.replace(TAGS, " ").replace(STARS, "").replace(SPACES, " ").trim();
}
