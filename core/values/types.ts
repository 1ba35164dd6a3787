// Shapes shared by the value parsers: conventions, parse results and the per-column context.
import type { Dec } from "./decimal.js";

/** id: "." groups thousands and "," marks decimals; en: the reverse. */
export type NumberConvention = "id" | "en";

/** Why a cell that looks numeric cannot be read as a number. */
export type InvalidReason = "error-value" | "bad-separators" | "not-a-number" | "boolean";

/** What a cell says as a number. */
export type ParsedNumber =
  /** null, "", whitespace, a lone "-" / "–" / "—" (no value / zero in Renja sheets). */
  | { kind: "empty" }
  | {
      kind: "number";
      /** The number × 10^decimals as a safe integer (null when it has more than 15 digits): exact integer arithmetic for the hot paths. */
      coef: number | null;
      decimals: number;
      percent: boolean;
      unit: string | null;
      /** The number as a Decimal when the parser built one (always when coef is null); `decimalOf` gives it in every case. */
      exact: Dec | null;
    }
  /** Legitimate non-numeric text: a qualitative target, or text holding more than one quantity. */
  | { kind: "text"; text: string }
  /** Looks numeric (or sits where a number must be) but cannot be read. */
  | { kind: "invalid"; text: string; reason: InvalidReason };

/** How to read the cells of one column. */
export interface ParseContext {
  convention: NumberConvention;
  /** The cell's number format is a % format. */
  percentFormat?: boolean;
}
