// The common ways a row's code is written, read without the general reader's copying: one canonical cell, a one-cell code with a two-digit sub kegiatan, five clean split cells.
import type { CellValue } from "../grid.js";
import type { KodeLevel, KodeRead } from "./types.js";

/** A one-cell code already written canonically (bidang to sub kegiatan). */
const CANONICAL = /^[1-9]\.(?!00)\d\d(?:\.(?!00)\d\d(?:\.[1-9]\.(?!00)\d\d(?:\.(?!0000)\d{4})?)?)?$/;
/** A one-cell sub kegiatan code whose last segment has two digits (`1.06.01.2.01.01`), as SIPD exports print it. */
const TWO_DIGIT_SUB = /^[1-9]\.(?!00)\d\d\.(?!00)\d\d\.[1-9]\.(?!00)\d\d\.(?!00)\d\d$/;
const LEVEL_BY_LENGTH: Record<number, KodeLevel> = { 4: 2, 7: 3, 12: 4, 17: 5 };

function read(raw: string, canonical: string, level: KodeLevel): KodeRead {
  return { raw, canonical, level, problem: null, needsBidang: false, partial: null, rest: null };
}

function oneCell(v: CellValue): KodeRead | null {
  if (typeof v !== "string" || v.length > 17) return null;
  if (CANONICAL.test(v)) {
    const level = LEVEL_BY_LENGTH[v.length];
    return level === undefined ? null : read(v, v, level);
  }
  return v.length === 15 && TWO_DIGIT_SUB.test(v) ? read(v, `${v.slice(0, 13)}00${v.slice(13)}`, 5) : null;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Two digits, not `00`. */
const isPair = (s: string, at: number): boolean => isDigit(s.charCodeAt(at)) && isDigit(s.charCodeAt(at + 1)) && (s.charCodeAt(at) !== 48 || s.charCodeAt(at + 1) !== 48);

/** The canonical segment a clean split cell holds at position `pos` (0 urusan … 4 sub kegiatan), null when it is anything else. */
function splitSegment(pos: number, s: string): string | null {
  switch (pos) {
    case 0:
      return s.length === 1 && s.charCodeAt(0) >= 49 && s.charCodeAt(0) <= 57 ? s : null;
    case 1:
    case 2:
      return s.length === 2 && isPair(s, 0) ? s : null;
    case 3:
      return s.length === 4 && s.charCodeAt(0) >= 49 && s.charCodeAt(0) <= 57 && s.charCodeAt(1) === 46 && isPair(s, 2) ? s : null;
    default:
      if (s.length === 2) return isPair(s, 0) ? `00${s}` : null;
      return s.length === 4 && isDigit(s.charCodeAt(0)) && isDigit(s.charCodeAt(1)) && isDigit(s.charCodeAt(2)) && isDigit(s.charCodeAt(3)) && s !== "0000" ? s : null;
  }
}

/** Five split cells filled from the urusan on with clean text segments, then empty ones. */
function fiveCells(cells: readonly CellValue[]): KodeRead | null {
  const written: string[] = [];
  const segments: string[] = [];
  for (let pos = 0; pos < 5; pos++) {
    const v = cells[pos];
    if (v === null || v === undefined) {
      if (pos === 0) return null;
      for (let rest = pos + 1; rest < 5; rest++) if (cells[rest] !== null && cells[rest] !== undefined) return null;
      break;
    }
    if (typeof v !== "string") return null;
    const segment = splitSegment(pos, v);
    if (segment === null) return null;
    written.push(v);
    segments.push(segment);
  }
  // join builds each text flat at once (the codes are map keys and kept with the row).
  return read(written.join(" | "), segments.join("."), segments.length as KodeLevel);
}

/**
 * The row's code when it is written in one of the common clean ways, null otherwise (the general reader then
 * reads it). Gives exactly what the general reader gives for these cells (a property test compares the two).
 * @example readCommonKode(["1.06.01.2.01.01"])?.canonical // "1.06.01.2.01.0001"
 * @example readCommonKode(["1", "06", "01", "2.01", "01"])?.raw // "1 | 06 | 01 | 2.01 | 01"
 */
export function readCommonKode(cells: readonly CellValue[]): KodeRead | null {
  if (cells.length === 1) return oneCell(cells[0] ?? null);
  return cells.length === 5 ? fiveCells(cells) : null;
}
