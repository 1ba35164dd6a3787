// A patch: what a host should write into the user's sheet (formulas, values, fills, notes), decided in core, applied by hosts.
import type { CellValue } from "../grid.js";
import type { RuleId, Severity } from "../model.js";

/** One cell to write, 0-based. Exactly one of `formula` / `value` is set. */
export interface CellWrite {
  row: number;
  col: number;
  /** en-US formula (`=SUM(R13:R17)`, `=R12+R18+R25`, `=R12-Q12`); hosts with other separators translate it (see formula-syntax.ts). */
  formula?: string;
  value?: CellValue;
  /** Why: the parent total, the TOTAL row, a change, a quarter total, a ratio, a predikat, a number-as-text conversion. */
  purpose: "total" | "grand-total" | "change" | "quarter-total" | "ratio" | "predikat" | "convert-text-number";
  /** What the user typed there (a non-empty value that is not already our formula): replacing it needs confirmation. */
  replaces: CellValue | null;
}

/** A fill to set on one cell, with the fill it had, so that clearing restores it exactly. */
export interface FillWrite {
  row: number;
  col: number;
  /** `#RRGGBB`, or null to remove the fill. */
  fill: string | null;
  /** Font colour of the palette (`#9C0006` …), or null to leave the font alone. */
  font: string | null;
  previousFill: string | null;
  previousFont: string | null;
}

/** A note (Excel note / Sheets note / comment) on one cell; null removes ours. */
export interface NoteWrite {
  row: number;
  col: number;
  note: string | null;
  /** The note that was there before, restored by clear. */
  previous: string | null;
}

/** What flagging a finding writes, kept so that clear can undo exactly that. */
export interface FlagRecord {
  rule: RuleId;
  severity: Severity;
  row: number;
  col: number | null;
}

/**
 * Everything a host writes for one sheet. Hosts apply it in blocks; nothing in it depends on a host.
 * `replacedTypedValues` is what a UI asks the user to confirm before applying the writes.
 */
export interface Patch {
  sheet: string;
  writes: CellWrite[];
  fills: FillWrite[];
  notes: NoteWrite[];
  /** Number of writes that replace a value the user typed (only present in the patch when the caller forced it). */
  replacedTypedValues: number;
  /** Cells whose numbers are stored as text, which a `=SUM` would count as zero. */
  numbersAsText: { row: number; col: number }[];
}
