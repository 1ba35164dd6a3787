// A1 addresses for Office.js calls, and the merged-area addresses Excel hands back parsed into 0-based ranges.
import { columnIndex, columnLetter, type MergeRange } from "../../core/grid.js";

/**
 * A cell's A1 address, 0-based in.
 * @example cellA1(11, 17) // "R12"
 */
export function cellA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/**
 * A sheet-qualified address (`'Tabel 3.1'!R12`), as workbook-level calls such as `comments.add` want it.
 * @example qualified("Tabel 3.1", "R12") // "'Tabel 3.1'!R12"
 */
export function qualified(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}

const AREA = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/;

/**
 * Ranges of an address list such as `Sheet1!A1:B2, 'Tabel 3.1'!D4:F4` (sheet names may hold `!` and `,`
 * inside quotes); whole rows or columns and anything unreadable are left out.
 * @example parseAreas("Sheet1!A1:B2, Sheet1!D4") // [{ top: 0, left: 0, bottom: 1, right: 1 }, { top: 3, left: 3, bottom: 3, right: 3 }]
 */
export function parseAreas(address: string): MergeRange[] {
  const out: MergeRange[] = [];
  for (const part of splitAreas(address)) {
    const bang = part.lastIndexOf("!");
    const ref = (bang >= 0 ? part.slice(bang + 1) : part).trim().toUpperCase();
    const m = AREA.exec(ref);
    if (!m) continue;
    const top = Number(m[2]) - 1;
    const left = columnIndex(m[1] ?? "A");
    const bottom = m[4] ? Number(m[4]) - 1 : top;
    const right = m[3] ? columnIndex(m[3]) : left;
    out.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
  }
  return out;
}

/** Splits on commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}
