// Memoised parsing of text cells: Renja sheets repeat the same cell text ("100 %", "1 Dokumen", "-") thousands of times.
import type { CellValue } from "../grid.js";
import type { ParseContext, ParsedNumber } from "../values/index.js";

type Parser = (v: CellValue, ctx: ParseContext) => ParsedNumber;

/** Slots per cache (a power of two): the repeated texts of a table fit; a text seen once only costs its slot. */
const SLOTS = 4096;

/**
 * A cheap hash of a cell text: its length and up to eight characters from both ends. Map's full string
 * hash costs as much as the parse itself on sheets where most figures differ.
 */
function slotOf(v: string): number {
  const n = v.length;
  let h = Math.imul(n, 0x9e3779b1);
  const ends = n < 4 ? n : 4;
  for (let k = 0; k < ends; k++) h = Math.imul(h ^ v.charCodeAt(k), 0x85ebca6b) ^ Math.imul(v.charCodeAt(n - 1 - k), 0xc2b2ae35);
  return (h ^ (h >>> 15)) & (SLOTS - 1);
}

/** A direct-mapped cache: one text per slot, replaced by the next text that lands there. */
class TextCache {
  readonly keys: (string | undefined)[] = new Array<string | undefined>(SLOTS);
  readonly values: (ParsedNumber | undefined)[] = new Array<ParsedNumber | undefined>(SLOTS);
}

/**
 * A parser that returns the same (immutable) result for the same cell value and context.
 * Parse results are never mutated, so sharing them is safe; it saves the parse and the allocation.
 * @example const parse = memoParser(parseQuantity); parse("1 Dokumen", ctx) === parse("1 Dokumen", ctx) // true
 */
export function memoParser(parse: Parser): Parser {
  const plain = new TextCache();
  const percent = new TextCache();
  return (v, ctx) => {
    // Numbers parse in a few nanoseconds and money figures rarely repeat: only text is worth remembering.
    if (typeof v !== "string") return parse(v, ctx);
    const cache = ctx.percentFormat ? percent : plain;
    const slot = slotOf(v);
    if (cache.keys[slot] === v) return cache.values[slot] as ParsedNumber;
    const p = parse(v, ctx);
    cache.keys[slot] = v;
    cache.values[slot] = p;
    return p;
  };
}
