// Reads one segment of a kode (urusan, bidang, program, kegiatan or sub kegiatan) into its canonical digits.
import type { KodeProblem, KodeStyle } from "./types.js";

/**
 * A segment that does not fit: its problem and, when unambiguous, the nearest canonical digits.
 *
 * @example
 * const f: SegmentFault = { problem: "bidang-three-digit", text: "13" }; // bidang 013
 */
export interface SegmentFault {
  problem: KodeProblem;
  text: string | null;
}

/**
 * A segment read as canonical although written in a sheet-wide style (unpadded, zero-padded kegiatan).
 *
 * @example
 * const s: StyledSegment = { text: "03", style: "unpadded" }; // bidang written `3`
 */
export interface StyledSegment {
  text: string;
  style: KodeStyle;
}

/**
 * Position of a plain segment: 0 urusan, 1 bidang, 2 program, 4 sub kegiatan (3 is the kegiatan).
 *
 * @example
 * const sub: PlainPosition = 4;
 */
export type PlainPosition = 0 | 1 | 2 | 4;

/** Canonical width of each position. */
const WIDTH = [1, 2, 2, 3, 4] as const;
/** Problem of a segment with too many digits, by position. */
const TOO_LONG: readonly KodeProblem[] = ["urusan-two-digit", "bidang-three-digit", "bad-segment", "bad-segment", "bad-segment"];
const LEAD_ZEROS_RE = /^0+/;

/** True when the digits are all zeros (`0`, `00`, `0000`). */
function isZeros(d: string): boolean {
  for (let i = 0; i < d.length; i++) if (d.charCodeAt(i) !== 48) return false;
  return d.length > 0;
}

function fault(problem: KodeProblem, text: string | null): SegmentFault {
  return { problem, text };
}

/** Left-pads digits with zeros to `width`. */
function pad(d: string, width: number): string {
  return d.length >= width ? d : "0000".slice(0, width - d.length) + d;
}

/** An over-long segment: recoverable only when the extra digits are leading zeros. */
function tooLong(problem: KodeProblem, d: string, width: number): SegmentFault {
  const s = d.replace(LEAD_ZEROS_RE, "");
  if (s === "" || s.length > width) return fault(problem, null);
  return fault(problem, pad(s, width));
}

/**
 * Reads the digits of a plain segment. Returns the canonical digits, or a fault.
 * `lenient` (a split cell holding just this segment) accepts missing zero padding (`6` → `06`,
 * `123` → `0123`): Excel drops it from numbers. Otherwise a short segment is read padded in the
 * `unpadded` style (`3` → `03`), which the sheet as a whole decides on (kode-malformed).
 * A sub kegiatan may have 4 digits or the older 2 (`01` → `0001`); 3 digits outside a split cell fit
 * neither form: `segment-truncated`, recovered only when the first digit is 0 (`001` → `0001`).
 * A segment of zeros never exists (ordinals start at 1): `bad-segment`, or `segment-truncated` when short.
 *
 * @example
 * readSegment(1, "06", false); // "06"
 * readSegment(1, "6", true);   // "06"
 * readSegment(1, "3", false);  // { text: "03", style: "unpadded" }
 * readSegment(1, "013", false); // { problem: "bidang-three-digit", text: "13" }
 * readSegment(4, "01", false); // "0001"
 * readSegment(4, "0", false);  // { problem: "segment-truncated", text: null }
 */
export function readSegment(position: PlainPosition, d: string, lenient: boolean): string | SegmentFault | StyledSegment {
  const width = WIDTH[position];
  const len = d.length;
  if (len === 0) return fault("bad-segment", null);
  if (len === width || (position === 4 && len === 2)) {
    if (isZeros(d)) return fault("bad-segment", null);
    return len === width ? d : "00" + d;
  }
  if (len > width) return tooLong(TOO_LONG[position] ?? "bad-segment", d, width);
  if (lenient && !isZeros(d)) return pad(d, width);
  if (position === 4 && len === 3 && d.charCodeAt(0) === 48) {
    return fault("segment-truncated", isZeros(d) ? null : "0" + d);
  }
  if (isZeros(d) || d.charCodeAt(0) === 48) return fault("segment-truncated", null);
  return { text: pad(d, width), style: "unpadded" };
}

/**
 * Reads a kegiatan `d.dd` from its lead digit and its two digits (`tail` undefined when missing).
 * A number cell 2.1 reaches here as `2.10` already, so a one-digit tail typed as text is unpadded
 * (`2.1` → `2.01`, style `unpadded`: the sheet decides whether that is its style or a slip, kode-malformed); a lead digit padded with a zero (`02.01`, older systems'
 * exports) reads as `2.01` (style `kegiatan-zero-padded`). A kegiatan without its two digits (`2`)
 * is a `bad-segment`.
 *
 * @example
 * readKegiatan("2", "01");      // "2.01"
 * readKegiatan("0", "01");      // { problem: "kegiatan-lead-zero", text: null }
 * readKegiatan("2", "1");       // { text: "2.01", style: "unpadded" }
 * readKegiatan("02", "01");     // { text: "2.01", style: "kegiatan-zero-padded" }
 * readKegiatan("2", undefined); // { problem: "bad-segment", text: null }
 */
export function readKegiatan(lead: string, tail: string | undefined): string | SegmentFault | StyledSegment {
  let problem: KodeProblem | null = null;
  let leadText: string | null = lead;
  if (lead === "") return fault("bad-segment", null);
  if (isZeros(lead)) return fault("kegiatan-lead-zero", null);
  let style: KodeStyle | null = null;
  if (lead.length === 2 && lead.charCodeAt(0) === 48) {
    leadText = lead.slice(1);
    style = "kegiatan-zero-padded";
  } else if (lead.length > 1) {
    const f = tooLong("bad-segment", lead, 1);
    problem = f.problem;
    leadText = f.text;
  }
  if (tail === undefined || tail === "") return fault(problem ?? "bad-segment", null);
  let tailText: string | null = tail;
  if (tail.length === 1 && !isZeros(tail)) {
    tailText = "0" + tail;
    style ??= "unpadded";
  } else if (tail.length !== 2 || isZeros(tail)) {
    const f =
      tail.length === 1 ? fault("segment-truncated", null) : tail.length === 2 ? fault("bad-segment", null) : tooLong("bad-segment", tail, 2);
    problem ??= f.problem;
    tailText = f.text;
  }
  const text = leadText === null || tailText === null ? null : leadText + "." + tailText;
  if (problem === null && text !== null) return style === null ? text : { text, style };
  return fault(problem ?? "bad-segment", text);
}
