// Shared fast-check arbitraries and an independent number writer for the value parser tests.
import fc from "fast-check";
import type { CellValue } from "../../../core/grid.js";
import { Money, type Dec, type ParsedNumber } from "../../../core/values/index.js";
import { decimalOf } from "../../../core/values/number-result.js";

const digit = fc.constantFrom(..."0123456789");

/** A decimal written by parts: sign, integer digits (no leading zeros), fraction digits. */
export interface DecimalParts {
  negative: boolean;
  int: string;
  frac: string;
}

export const decimalParts = (maxFrac: number): fc.Arbitrary<DecimalParts> =>
  fc.record({
    negative: fc.boolean(),
    int: fc.bigInt({ min: 0n, max: 10n ** 21n }).map(String),
    frac: fc.string({ unit: digit, maxLength: maxFrac }),
  });

export function partsToDec(p: DecimalParts): Dec {
  return new Money(`${p.negative ? "-" : ""}${p.int}${p.frac === "" ? "" : "." + p.frac}`);
}

/** Writes digits with a thousands separator, independently of core/values/format.ts. */
export function group(int: string, sep: string): string {
  const out: string[] = [];
  for (let end = int.length; end > 0; end -= 3) out.unshift(int.slice(Math.max(0, end - 3), end));
  return out.join(sep);
}

/** Strings made of the characters numbers, money and units are written with. */
export const numberishString = fc.string({ unit: fc.constantFrom(..."0123456789.,-()%# Rp\u00a0−–eE+/;DokumenIDR"), maxLength: 24 });

/** Any cell a host could hand over, with the awkward numbers spelled out. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  numberishString,
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e21, -1e21, 1e-7, Number.MAX_VALUE, Number.MIN_VALUE, 0.1 + 0.2),
  fc.boolean(),
  fc.constant(null),
);

/** Structural soundness of a result: finite Decimals equal to their own string, sane decimals. */
export function checkShape(p: ParsedNumber, input: CellValue): void {
  switch (p.kind) {
    case "empty":
      break;
    case "number": {
      if (!decimalOf(p).isFinite()) throw new Error(`non-finite value for ${String(input)}`);
      const again = new Money(decimalOf(p).toString());
      if (JSON.stringify([again.d, again.e, again.s]) !== JSON.stringify([decimalOf(p).d, decimalOf(p).e, decimalOf(p).s])) {
        throw new Error(`malformed Decimal for ${String(input)}: ${JSON.stringify([decimalOf(p).d, decimalOf(p).e, decimalOf(p).s])}`);
      }
      if (!Number.isInteger(p.decimals) || p.decimals < 0) throw new Error(`bad decimals ${p.decimals}`);
      break;
    }
    case "text":
      if (typeof input !== "string" || p.text.trim() === "") throw new Error(`text from ${String(input)}`);
      break;
    case "invalid":
      if (p.text === "") throw new Error(`invalid without text for ${String(input)}`);
      break;
    default:
      throw new Error(`unknown kind ${JSON.stringify(p)}`);
  }
  if (input === null && p.kind !== "empty") throw new Error("null must be empty");
  if (typeof input === "boolean" && (p.kind !== "invalid" || p.reason !== "boolean")) throw new Error("booleans are invalid");
  if (typeof input === "number" && !Number.isFinite(input) && (p.kind !== "invalid" || p.reason !== "not-a-number")) {
    throw new Error(`${input} must be invalid`);
  }
  if (typeof input === "number" && Number.isFinite(input) && p.kind !== "number") throw new Error(`${input} must be a number`);
}
