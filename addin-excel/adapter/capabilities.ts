// What this Excel can do, from Office.context.requirements.isSetSupported: where flag messages go, merged areas.
import type { NoteMode } from "../../core/plan/flag-store-format.js";

/** Where the message of a flagged cell goes: a note (ExcelApi 1.18), a comment (1.10), or a column beside the table. */
export type { NoteMode };

export interface Capabilities {
  noteMode: NoteMode;
  /** `Range.getMergedAreasOrNullObject` (ExcelApi 1.13): merged header cells read as merges. */
  merges: boolean;
}

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/**
 * Capabilities of the running Excel. Notes are missing on volume-licensed Office even where the version is
 * recent, which is why each step is asked for separately.
 * @example detectCapabilities((n, v) => n === "ExcelApi" && Number(v) <= 1.12) // { noteMode: "comment", merges: false }
 */
export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const has = (v: string) => {
    try {
      return isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  return { noteMode: has("1.18") ? "note" : has("1.10") ? "comment" : "column", merges: has("1.13") };
}
