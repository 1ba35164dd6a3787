// Protected ranges and sheets: Sheets refuses a whole write when one cell of its rectangle is protected against
// the user, and the add-on writes rectangles, so each action looks for such a protection over everything it is
// about to write and, finding one, writes nothing and says which range (never a half-written flag or total).
import type { Box } from "./sheet-read.js";
import { UserError, type ServerWords } from "./words.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** A sheet and the rectangle an action writes there (0-based); without a box, anywhere on the sheet. */
export interface WriteTarget {
  sheet: Sheet;
  box?: Box | null;
}

const rectOf = (r: Range): Box => ({ top: r.getRow() - 1, left: r.getColumn() - 1, rows: r.getNumRows(), cols: r.getNumColumns() });
const overlaps = (a: Box, b: Box) => a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;
/** A protection that stops this user: not warning-only, and the user is not among its editors. */
const stops = (p: Protection) => !p.isWarningOnly() && !p.canEdit();

/**
 * True when the rectangles `open` together cover every cell of `box`: the box cut into bands of rows where the
 * same rectangles apply, each band's column spans merged from the left.
 * @example covered({ top: 0, left: 0, rows: 2, cols: 2 }, [{ top: 0, left: 0, rows: 2, cols: 1 }, { top: 0, left: 1, rows: 2, cols: 5 }]) // true
 */
export function covered(box: Box, open: readonly Box[]): boolean {
  const bottom = box.top + box.rows;
  const cuts = new Set([box.top]);
  for (const o of open) for (const y of [o.top, o.top + o.rows]) if (y > box.top && y < bottom) cuts.add(y);
  for (const y of cuts) {
    const spans = open.filter((o) => o.top <= y && y < o.top + o.rows).sort((a, b) => a.left - b.left);
    let reach = box.left;
    for (const s of spans) {
      if (s.left > reach) break;
      reach = Math.max(reach, s.left + s.cols);
    }
    if (reach < box.left + box.cols) return false;
  }
  return true;
}

/**
 * What stops the user writing `box` on `sheet`: the A1 range of a range protection over one of its cells, the
 * whole sheet (`range: null`) when the sheet is protected outside its unprotected ranges, or null. Two
 * `getProtections` calls (metadata, not range batch calls).
 */
export function protectionOver(sheet: Sheet, box: Box): { range: string | null } | null {
  const kinds = SpreadsheetApp.ProtectionType;
  for (const p of sheet.getProtections(kinds.RANGE)) {
    if (!stops(p)) continue;
    const range = p.getRange();
    if (overlaps(rectOf(range), box)) return { range: range.getA1Notation() };
  }
  for (const p of sheet.getProtections(kinds.SHEET)) {
    if (stops(p) && !covered(box, p.getUnprotectedRanges().map(rectOf))) return { range: null };
  }
  return null;
}

/**
 * Throws the user's sentence (which range, on which sheet) when a protection stops any of the writes; call it
 * before the first write of an action, so that a refused action has written nothing.
 * @example assertWritable([{ sheet, box }, { sheet: store }], words)
 */
export function assertWritable(targets: readonly WriteTarget[], words: ServerWords): void {
  for (const t of targets) {
    const box = t.box === undefined ? { top: 0, left: 0, rows: t.sheet.getMaxRows(), cols: t.sheet.getMaxColumns() } : t.box;
    if (!box) continue;
    const hit = protectionOver(t.sheet, box);
    if (hit) throw new UserError(words.protectedCells(t.sheet.getName(), hit.range));
  }
}
