// Reads the kode cell(s) of one row (one cell or up to five split cells) into a canonical kode.
import type { CellValue } from "../grid.js";
import { isBlankKodeCell, kodeCell } from "./kode-cell.js";
import { readKegiatan, readSegment, type PlainPosition, type SegmentFault, type StyledSegment } from "./kode-segment.js";
import { readCommonKode } from "./common-kode.js";
import type { KodeLevel, KodeProblem, KodeRead, KodeStyle } from "./types.js";

/** Position of the program: where a code written without urusan and bidang starts. */
const PROGRAM = 2;
/** Position of the kegiatan, which takes two dot-pieces (`2.01`). */
const KEGIATAN = 3;
/** Number of positions (levels). */
const LEVELS = 5;

/** The support program's `X.XX.` (any case) in place of urusan and bidang, in one cell. */
const PLACEHOLDER_PREFIX = /^\s*[xX]\s*[.,]\s*[xX]{2}\s*[.,]\s*(?=\d)/;
const PLACEHOLDER_URUSAN = /^\s*[xX]\s*\.?\s*$/;
const PLACEHOLDER_BIDANG = /^\s*[xX]{2}\s*\.?\s*$/;

/** Where a code that starts with the `X.XX` placeholder continues: the cell index and the cell text to read there. */
function placeholder(cells: readonly CellValue[], split: boolean): { at: number; text: CellValue; raw: string } | null {
  const a = cells[0];
  if (typeof a !== "string") return null;
  if (split) {
    const b = cells[1];
    return typeof b === "string" && PLACEHOLDER_URUSAN.test(a) && PLACEHOLDER_BIDANG.test(b) ? { at: 2, text: cells[2] ?? null, raw: `${a.trim()} | ${b.trim()}` } : null;
  }
  const m = PLACEHOLDER_PREFIX.exec(a);
  return m ? { at: 0, text: a.slice(m[0].length), raw: m[0].trim() } : null;
}

/** Mutable state while reading one row. */
interface State {
  pos: number;
  problem: KodeProblem | null;
  broken: boolean;
  tooMany: boolean;
  canonical: string;
  style: KodeStyle | null;
}

function flag(st: State, problem: KodeProblem, recoverable: boolean): void {
  st.problem ??= problem;
  if (!recoverable) st.broken = true;
}

/** Appends one canonical segment, or records the fault. */
function put(st: State, r: string | SegmentFault | StyledSegment): void {
  if (typeof r === "string") {
    st.canonical = st.canonical === "" ? r : st.canonical + "." + r;
    return;
  }
  if ("style" in r) {
    st.style ??= r.style;
    st.canonical = st.canonical === "" ? r.text : st.canonical + "." + r.text;
    return;
  }
  flag(st, r.problem, r.text !== null);
  if (r.text !== null) st.canonical = st.canonical === "" ? r.text : st.canonical + "." + r.text;
}

/** Reads the dot-separated pieces of one cell's code from the current position on. */
function readPieces(st: State, code: string, lenientCell: boolean): void {
  let start = 0;
  while (start <= code.length) {
    if (st.pos >= LEVELS) {
      st.tooMany = true;
      flag(st, "too-many-segments", false);
      return;
    }
    let end = code.indexOf(".", start);
    if (end < 0) end = code.length;
    const piece = code.slice(start, end);
    if (st.pos === KEGIATAN) {
      let tail: string | undefined;
      if (end < code.length) {
        let tailEnd = code.indexOf(".", end + 1);
        if (tailEnd < 0) tailEnd = code.length;
        tail = code.slice(end + 1, tailEnd);
        end = tailEnd;
      }
      put(st, readKegiatan(piece, tail));
    } else {
      put(st, readSegment(st.pos as PlainPosition, piece, lenientCell));
    }
    st.pos += 1;
    start = end + 1;
  }
}

/** True when a code starting in the first cell is written without urusan and bidang (`01.2.01.01`, a lone `01`). */
function startsAtProgram(code: string, only: boolean): boolean {
  const dot = code.indexOf(".");
  if (dot < 0) return code.length === 2 && only;
  if (dot !== 2) return false;
  const next = code.indexOf(".", 3);
  return (next < 0 ? code.length : next) === 4;
}

/** Number of dot-separated pieces in a code. */
function pieceCount(code: string): number {
  let n = 1;
  for (let i = code.indexOf("."); i >= 0; i = code.indexOf(".", i + 1)) n++;
  return n;
}

/**
 * Reads the kode cell(s) of one row, left to right. Returns null when all cells are blank or the
 * first non-blank cell does not start with a code (`PROGRAM PENUNJANG`, `TOTAL`, `(1)`).
 *
 * Accepts one cell (`1.06.04.2.01.0001`, `1.06.01.2.02.01`, `01.2.01.01`, `1.06.04 - PROGRAM X`),
 * split cells (`1 | 06 | 01 | 2.01 | 06`, `1 | 6 | 1 | 2,02`, `1 | 6. | 01 | 2.0 1. | 0 6`,
 * `2 | 13 | 4 | |`), and numbers as Excel gives them (6 → `06`, kegiatan 2.1 → `2.10`, sub 6 → `0006`).
 * Missing zero padding is accepted only in a split cell that holds one segment; in a one-cell code a
 * short segment is `segment-truncated`. Cells that are only dots (`.`, `..`) count as blank.
 *
 * @example
 * readKode(["1.06.04.2.01.0001 - Penyediaan X"]);
 * // { raw: "1.06.04.2.01.0001", canonical: "1.06.04.2.01.0001", level: 5, problem: null,
 * //   needsBidang: false, partial: null, rest: "Penyediaan X" }
 * readKode([1, 6, 1, 2.1, 6])?.canonical; // "1.06.01.2.10.0006"
 * readKode(["01.06.07"])?.problem;        // "urusan-two-digit" (canonical "1.06.07")
 * readKode(["01.2.01.01"])?.partial;      // "01.2.01.0001" (needsBidang)
 * readKode(["TOTAL"]);                    // null
 */
export function readKode(cells: readonly CellValue[]): KodeRead | null {
  return readCommonKode(cells) ?? readKodeInFull(cells);
}

/**
 * The general reader behind `readKode`, for every way of writing a code (`readCommonKode` takes the common
 * clean ones first and must agree with it).
 * @example readKodeInFull(["01.06.07"])?.problem // "urusan-two-digit"
 */
export function readKodeInFull(cells: readonly CellValue[]): KodeRead | null {
  let first = -1;
  for (let i = 0; i < cells.length && first < 0; i++) if (!isBlankKodeCell(cells[i] ?? null)) first = i;
  if (first < 0) return null;
  // Several cells are a split layout even when a row fills only one of them (`0 2 | | |` on a program row).
  const split = cells.length > 1;
  const st: State = { pos: first, problem: null, broken: false, tooMany: false, canonical: "", style: null };
  let needsBidang = first === PROGRAM;
  if (first !== 0 && first !== PROGRAM) flag(st, "bad-segment", false);
  let raw = "";
  let rawEnd = first;
  let rest: string | null = null;
  // `X.XX.01.2.01.0001`: the nomenclature's support program, whose bidang is the sheet's own.
  const ph = first === 0 ? placeholder(cells, split) : null;
  if (ph) {
    needsBidang = true;
    st.pos = PROGRAM;
    st.style = "support-placeholder";
    raw = ph.raw;
    rawEnd = split ? 1 : 0;
    first = ph.at;
  }
  for (let i = first; i < cells.length; i++) {
    const v = ph && i === ph.at ? ph.text : (cells[i] ?? null);
    if (isBlankKodeCell(v)) continue;
    if (rest !== null) {
      rest += " " + restText(v);
      continue;
    }
    const kc = kodeCell(v, split);
    if (kc === null) {
      if (i === first && !ph) return null;
      rest = restText(v);
      continue;
    }
    if (ph) {
      // The placeholder already put the reading at the program.
    } else if (i === 0 && startsAtProgram(kc.code, !split)) {
      needsBidang = true;
      st.pos = PROGRAM;
    } else if (i > st.pos) {
      flag(st, "bad-segment", false);
      st.pos = i;
    }
    if (kc.inexact) flag(st, "bad-segment", false);
    if (kc.letters) flag(st, "letter-suffix", false);
    const pieces = split ? pieceCount(kc.code) : 0;
    const lenientCell = split && (pieces === 1 || (st.pos === KEGIATAN && pieces === 2));
    readPieces(st, kc.code, lenientCell);
    for (; rawEnd < i; rawEnd++) raw += " | ";
    raw += kc.raw;
    if (kc.rest !== null) rest = kc.rest;
    if (st.tooMany) break;
  }
  const level = st.tooMany || st.pos < 1 ? null : (st.pos as KodeLevel);
  const whole = !st.broken && !st.tooMany;
  const read: KodeRead = {
    raw,
    canonical: whole && !needsBidang ? st.canonical : null,
    level,
    problem: st.problem,
    needsBidang,
    partial: whole && needsBidang ? st.canonical : null,
    rest,
  };
  if (st.style !== null) read.style = st.style;
  return read;
}

/** Text of a non-code cell that follows the code. */
function restText(v: CellValue): string {
  return typeof v === "string" ? v.trim() : String(v);
}
