// Memoised parsing of text cells: Renja sheets repeat the same cell text ("100 %", "1 Dokumen", "-") thousands of times.
import type { CellValue } from "../grid.js";
import type { ParseContext, ParsedNumber } from "../values/index.js";

type Parser = (v: CellValue, ctx: ParseContext) => ParsedNumber;

/** Distinct cells remembered per parser; past that, cells are parsed as they come. */
const MEMO_LIMIT = 50_000;

/**
 * A parser that returns the same (immutable) result for the same cell value and context.
 * Parse results are never mutated, so sharing them is safe; it saves the parse and the allocation.
 * @example const parse = memoParser(parseQuantity); parse("1 Dokumen", ctx) === parse("1 Dokumen", ctx) // true
 */
export function memoParser(parse: Parser): Parser {
  const plain = new Map<string, ParsedNumber>();
  const percent = new Map<string, ParsedNumber>();
  return (v, ctx) => {
    // Numbers parse in a few nanoseconds and money figures rarely repeat: only text is worth remembering.
    if (typeof v !== "string") return parse(v, ctx);
    const memo = ctx.percentFormat ? percent : plain;
    const hit = memo.get(v);
    if (hit !== undefined) return hit;
    const p = parse(v, ctx);
    if (memo.size < MEMO_LIMIT) memo.set(v, p);
    return p;
  };
}
