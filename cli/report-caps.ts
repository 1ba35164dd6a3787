// Caps on text that comes from a file into a report or a note: a 50 MB cell must not make a 100 MB report or a note Excel refuses.
import type { SheetReport } from "../core/check.js";
import type { Finding } from "../core/model.js";
import type { Patch } from "../core/plan/patch.js";

/** Characters of one report cell (a message, an expected or written value, a column header). */
export const REPORT_CELL_CHARS = 1_000;
/** Characters of an Excel note (Excel refuses longer ones). */
export const NOTE_CHARS = 32_767;

/**
 * The text cut to `max` characters, the last one an ellipsis (a surrogate pair is never split).
 * @example capText("a".repeat(5000)).length // 1000
 */
export function capText(s: string, max = REPORT_CELL_CHARS): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

const FINDING_TEXTS = ["message", "expected", "actual", "expectedValue", "actualValue"] as const;

/** The finding with every text capped (the same object when nothing is too long). */
function capFinding(f: Finding): Finding {
  if (!FINDING_TEXTS.some((k) => (f[k]?.length ?? 0) > REPORT_CELL_CHARS)) return f;
  const capped: Finding = { ...f };
  for (const k of FINDING_TEXTS) {
    const v = f[k];
    if (v !== undefined) capped[k] = capText(v);
  }
  return capped;
}

/**
 * A sheet report whose finding texts, column headers and sheet name are at most REPORT_CELL_CHARS long.
 * @example capReport(checkGrid(grid).report)
 */
export function capReport(r: SheetReport): SheetReport {
  return { ...r, name: capText(r.name), issues: r.issues.map(capFinding), columns: r.columns.map((c) => ({ ...c, header: capText(c.header) })) };
}

/** Every note of a flag patch cut to what Excel accepts (the note a cell had is kept whole in the flag record). */
export function capNotes(patch: Patch): void {
  for (const n of patch.notes) if (n.note !== null) n.note = capText(n.note, NOTE_CHARS);
}
