// The compact text form of the built-in catalogue: a table of words, the distinct texts as word codes, and per
// entry set one line per entry with the texts' numbers, so the generated module is a few string constants that
// cost nothing until read (a quarter of the plain text's size).
import { catalogueLevel } from "./code.js";
import type { Catalogue, CatalogueEntry, Pemda } from "./types.js";

/** What the built-in catalogue says about one entry set without reading it. */
export interface EntrySetInfo {
  version: string;
  pemda: Pemda;
  /** First and last budget year the version is for (`to` absent: still in force). */
  from: number;
  to?: number;
  /** Entries per level 1 … 5. */
  counts: [number, number, number, number, number];
  /** Where the list comes from. */
  source: string;
}

/** The compact form: words (most frequent first, space separated), distinct texts as word codes (space separated), one block of entry lines per set. */
export interface CompactCatalogue {
  words: string;
  texts: string;
  sets: string[];
}

/**
 * Word codes are written with the printable ASCII characters that need no escape in a JS string: `!` … `~`
 * without `"`, `\` and `<` (so no `</script>` can appear when a bundle is inlined in a page).
 */
const ALPHABET = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).filter((c) => c !== '"' && c !== "\\" && c !== "<").join("");
const BASE = ALPHABET.length;
/** Lead characters: the first ONE codes are whole words, the next TWO lead a two-character code, the rest a three-character one. */
const ONE = 50;
const TWO = 40;
const DIGIT = new Int16Array(128).fill(-1);
for (let i = 0; i < BASE; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** The code of word number n. */
function wordCode(n: number): string {
  const a = (i: number) => ALPHABET[i] ?? "";
  if (n < ONE) return a(n);
  const m = n - ONE;
  if (m < TWO * BASE) return a(ONE + Math.floor(m / BASE)) + a(m % BASE);
  const k = m - TWO * BASE;
  const lead = ONE + TWO + Math.floor(k / (BASE * BASE));
  if (lead >= BASE) throw new Error(`too many distinct words (${n})`);
  return a(lead) + a(Math.floor(k / BASE) % BASE) + a(k % BASE);
}

/** How many leading characters two codes share (at most 35). */
function sharedLength(a: string, b: string): number {
  let i = 0;
  while (i < 35 && i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** A code is written as the number of characters it shares with the code before it (one base-36 digit), then the rest. */
function sharedStart(a: string, b: string): string {
  return sharedLength(a, b).toString(36);
}

/** A text back from its word codes. */
function decodeText(code: string, words: readonly string[]): string {
  let out = "";
  for (let i = 0; i < code.length; ) {
    const c = DIGIT[code.charCodeAt(i)] ?? 0;
    let n: number;
    if (c < ONE) {
      n = c;
      i += 1;
    } else if (c < ONE + TWO) {
      n = ONE + (c - ONE) * BASE + (DIGIT[code.charCodeAt(i + 1)] ?? 0);
      i += 2;
    } else {
      n = ONE + TWO * BASE + (c - ONE - TWO) * BASE * BASE + (DIGIT[code.charCodeAt(i + 1)] ?? 0) * BASE + (DIGIT[code.charCodeAt(i + 2)] ?? 0);
      i += 3;
    }
    out += out === "" ? words[n] : ` ${words[n]}`;
  }
  return out;
}

/**
 * Text number n of a compact catalogue, each decoded on first use and kept: a list decodes only the texts its
 * own entries use.
 * @example textDecoder(compact)(0) // "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
 */
export function textDecoder(c: Pick<CompactCatalogue, "words" | "texts">): (n: number) => string {
  const words = c.words.split(" ");
  const codes = c.texts.split(" ");
  const done: (string | undefined)[] = new Array<string | undefined>(codes.length);
  return (n) => (done[n] ??= decodeText(codes[n] ?? "", words));
}

/**
 * The distinct texts of a compact catalogue, in number order.
 * @example decodeTexts(compact)[0] // "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
 */
export function decodeTexts(c: Pick<CompactCatalogue, "words" | "texts">): string[] {
  const text = textDecoder(c);
  return c.texts.split(" ").map((_, i) => text(i));
}

const FIELDS = ["name", "performance", "indicator", "unit", "previousName"] as const;

/**
 * Encodes catalogues; each entry is `code TAB name TAB performance TAB indicator TAB unit TAB previousCode TAB
 * previousName`, texts as base-36 numbers into `texts` (empty: none). Texts may not hold tabs or line breaks.
 * @example encodeCatalogues([catalogue]).sets[0].split("\n")[0] // "1\t0\t\t\t\t\t"
 */
export function encodeCatalogues(catalogues: readonly Catalogue[]): CompactCatalogue {
  const numbers = new Map<string, number>();
  const texts: string[] = [];
  const ref = (s: string | undefined): string => {
    if (s === undefined) return "";
    if (s === "" || /[\t\n]|^ | $| {2}/.test(s)) throw new Error(`text is empty or not tidy (tabs, line breaks, spaces at the ends or doubled): ${JSON.stringify(s)}`);
    let n = numbers.get(s);
    if (n === undefined) {
      n = texts.length;
      texts.push(s);
      numbers.set(s, n);
    }
    return n.toString(36);
  };
  const sets = catalogues.map((c) => {
    let last = "";
    return c.entries
      .map((e) => {
        const code = sharedStart(last, e.code) + e.code.slice(sharedLength(last, e.code));
        last = e.code;
        return [code, ...FIELDS.slice(0, 4).map((f) => ref(e[f])), e.previousCode ?? "", ref(e.previousName)].join("\t").replace(/\t+$/, "");
      })
      .join("\n");
  });
  const frequency = new Map<string, number>();
  for (const t of texts) for (const w of t.split(" ")) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const words = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const codes = new Map(words.map((w, i) => [w, wordCode(i)]));
  const coded = texts.map((t) => t.split(" ").map((w) => codes.get(w) ?? "").join(""));
  return { words: words.join(" "), texts: coded.join(" "), sets };
}

/**
 * The entries of one encoded set; `texts` is `decodeTexts`' array or `textDecoder`'s function.
 * @example decodeEntries(sets[0], texts.split("\n"))[0] // { code: "1", level: 1, name: "URUSAN …" }
 */
export function decodeEntries(block: string, texts: readonly string[] | ((n: number) => string)): CatalogueEntry[] {
  const byNumber = typeof texts === "function" ? texts : (n: number) => texts[n] ?? "";
  const out: CatalogueEntry[] = [];
  let last = "";
  for (const line of block.split("\n")) {
    const f = line.split("\t");
    const written = f[0] ?? "";
    const code = last.slice(0, parseInt(written[0] ?? "0", 36)) + written.slice(1);
    last = code;
    const text = (i: number): string | undefined => {
      const v = f[i];
      return v === undefined || v === "" ? undefined : byNumber(parseInt(v, 36));
    };
    const e: CatalogueEntry = { code, level: catalogueLevel(code), name: text(1) ?? "" };
    const performance = text(2);
    const indicator = text(3);
    const unit = text(4);
    const previousName = text(6);
    if (performance !== undefined) e.performance = performance;
    if (indicator !== undefined) e.indicator = indicator;
    if (unit !== undefined) e.unit = unit;
    if (f[5]) e.previousCode = f[5];
    if (previousName !== undefined) e.previousName = previousName;
    out.push(e);
  }
  return out;
}
