// A patch: what a host should write into the user's sheet (formulas, values, fills, notes), decided in core, applied by hosts.
import type { CellValue } from "../grid.js";
import type { RuleId, Severity } from "../model.js";
import type { FormulaSyntax } from "./formula-syntax.js";

/** Why a cell is written. */
export type WritePurpose = "total" | "grand-total" | "change" | "quarter-total" | "ratio" | "written-formula" | "predikat" | "convert-text-number";

/** One cell to write, 0-based. Exactly one of `formula` / `value` is set. */
export interface CellWrite {
  row: number;
  col: number;
  /** Formula in the syntax of `Patch.syntax` (en-US for Excel and .xlsx: `=SUM(R13:R17)`, `=R12+R18+R25`, `=R12-Q12`). */
  formula?: string;
  value?: CellValue;
  /** Why: the parent total, the TOTAL row, a change, a quarter total, a ratio, a predikat, a number-as-text conversion. */
  purpose: WritePurpose;
  /** What the user typed there (a non-empty value that is not already our formula): replacing it needs confirmation. */
  replaces: CellValue | null;
  /** What the formula computes now (hosts that store a cached result, such as .xlsx files, write it with the formula). */
  result?: number | string | null;
  /** A value written where a formula was wanted, and why (a `=SUM` over numbers stored as text would count them as zero). */
  valueBecause?: "numbers-as-text" | "too-long";
  /** Number format to set when the cell has none (a number written where text stood: `#,##0`, `0.00%`). */
  numberFormat?: string;
}

/** A fill to set on one cell, with the fill it had, so that clearing restores it exactly. */
export interface FillWrite {
  row: number;
  col: number;
  /** `#RRGGBB`, or null to remove the fill. */
  fill: string | null;
  /** Font colour of the palette (`#9C0006` …), or null to leave the font alone (unless `setFont`). */
  font: string | null;
  previousFill: string | null;
  previousFont: string | null;
  /** Set the font colour to `font` even when it is null (automatic): clearing restores an automatic colour this way. */
  setFont?: boolean;
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

/** A cell auto-total wanted to write but could not, and why (the checker cannot compute it either, or a formula would be wrong). */
export interface SkippedCell {
  row: number;
  col: number;
  purpose: WritePurpose;
  /** `text`: an input holds text that is not a plain number (`36 Dokumen`, `Cepat Berkembang`); `unreadable`: an input is not a number at all (`#REF!`). */
  reason: "text" | "unreadable";
}

/**
 * Everything a host writes for one sheet. Hosts apply it in blocks; nothing in it depends on a host
 * other than the formula syntax it was planned for.
 * `replacedTypedValues` is what a UI asks the user to confirm before applying the writes.
 */
export interface Patch {
  sheet: string;
  writes: CellWrite[];
  fills: FillWrite[];
  notes: NoteWrite[];
  /** Number of writes that replace a value the user typed: in `writes` when the caller forced them, else in `held`. */
  replacedTypedValues: number;
  /** Cells whose numbers are stored as text, which a `=SUM` would count as zero. */
  numbersAsText: { row: number; col: number }[];
  /** Writes held back because they would replace a typed value (planned without `force`); applying them needs confirmation. */
  held: CellWrite[];
  /** Cells left alone because an input cannot be computed with. */
  skipped: SkippedCell[];
  /** The findings the fills and notes flag (flag patches only). */
  flags: FlagRecord[];
  /** Syntax the formulas are written in. */
  syntax: FormulaSyntax;
}

/**
 * An empty patch for a sheet.
 * @example emptyPatch("Tabel 3.1").writes // []
 */
export function emptyPatch(sheet: string, syntax: FormulaSyntax): Patch {
  return { sheet, writes: [], fills: [], notes: [], replacedTypedValues: 0, numbersAsText: [], held: [], skipped: [], flags: [], syntax };
}
