// Memoised parsing of text cells: Renja sheets repeat the same cell text ("100 %", "1 Dokumen", "-") thousands of times.
import type { CellValue } from "../grid.js";
import type { ParseContext, ParsedNumber } from "../values/index.js";

type Parser = (v: CellValue, ctx: ParseContext) => ParsedNumber;

/** Slots per cache (a power of two) at most, and at least: about one per row, so the repeated texts of a table fit. */
const MAX_SLOTS = 16384;
const MIN_SLOTS = 256;

/**
 * A cheap hash of a cell text: its length, up to its first eight characters (where the figures of `1.003 Dokumen`
 * differ) and its last four. Map's full string hash costs as much as the parse itself on sheets where most figures differ.
 */
function slotOf(v: string, mask: number): number {
  const n = v.length;
  let h = Math.imul(n, 0x9e3779b1);
  const head = n < 8 ? n : 8;
  for (let k = 0; k < head; k++) h = Math.imul(h ^ v.charCodeAt(k), 0x85ebca6b);
  const tail = n < 4 ? n : 4;
  for (let k = 1; k <= tail; k++) h = Math.imul(h ^ v.charCodeAt(n - k), 0xc2b2ae35);
  return (h ^ (h >>> 15)) & mask;
}

/** A direct-mapped cache: one text per slot, replaced by the next text that lands there. */
class TextCache {
  readonly keys: (string | undefined)[];
  readonly values: (ParsedNumber | undefined)[];

  constructor(slots: number) {
    this.keys = new Array<string | undefined>(slots);
    this.values = new Array<ParsedNumber | undefined>(slots);
  }
}

/** A direct-mapped cache of number cells: money figures and counts repeat down a sheet (quarter splits, zeros, round sums). */
class NumberCache {
  readonly keys: Float64Array;
  readonly values: (ParsedNumber | undefined)[];

  constructor(slots: number) {
    // NaN never equals a cell, so an unused slot never hits.
    this.keys = new Float64Array(slots).fill(Number.NaN);
    this.values = new Array<ParsedNumber | undefined>(slots);
  }
}

/** A cheap hash of a number: its integer part, its first binary fraction digits and its high word. */
function numberSlot(v: number, mask: number): number {
  const h = Math.imul(v | 0, 0x9e3779b1) ^ Math.imul((v * 65536) | 0, 0x85ebca6b) ^ Math.imul((v / 4294967296) | 0, 0xc2b2ae35);
  return (h ^ (h >>> 15)) & mask;
}

/**
 * A parser that returns the same (immutable) result for the same cell value and context. One memo serves one table:
 * the convention is the table's (not part of the key); a cell's % format is.
 * Parse results are never mutated, so sharing them is safe; it saves the parse and the allocation.
 * `rows`: about how many cells the parser will see (sizes the cache).
 * @example const parse = memoParser(parseQuantity, 5000); parse("1 Dokumen", ctx) === parse("1 Dokumen", ctx) // true
 */
export function memoParser(parse: Parser, rows = MAX_SLOTS): Parser {
  let slots = MIN_SLOTS;
  while (slots < rows && slots < MAX_SLOTS) slots *= 2;
  const mask = slots - 1;
  const plain = new TextCache(slots);
  // Cells with a % number format are rare: their caches are made on the first.
  let percent: TextCache | null = null;
  const numbers = new NumberCache(slots);
  let percentNumbers: NumberCache | null = null;
  return (v, ctx) => {
    if (typeof v === "number") {
      // Kept for the shared result, not the parse (a number parses in a few nanoseconds): one object fewer per repeated figure.
      const cache = ctx.percentFormat ? (percentNumbers ??= new NumberCache(slots)) : numbers;
      return remembered(cache, numberSlot(v, mask), v, ctx, parse);
    }
    if (typeof v !== "string") return parse(v, ctx);
    const cache = ctx.percentFormat ? (percent ??= new TextCache(slots)) : plain;
    return remembered(cache, slotOf(v, mask), v, ctx, parse);
  };
}

/** The result kept in the slot when it holds this cell, else the cell parsed and kept there. */
function remembered<K extends string | number>(cache: { keys: { [slot: number]: K | undefined }; values: (ParsedNumber | undefined)[] }, slot: number, v: K, ctx: ParseContext, parse: Parser): ParsedNumber {
  if (cache.keys[slot] === v) return cache.values[slot] as ParsedNumber;
  const p = parse(v, ctx);
  cache.keys[slot] = v;
  cache.values[slot] = p;
  return p;
}
