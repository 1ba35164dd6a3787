// Types of a read kode (budget code): its level, its problems and the result of reading one row's kode cells.

/**
 * Level of a kode: 1 urusan, 2 bidang urusan, 3 program, 4 kegiatan, 5 sub kegiatan.
 *
 * @example
 * const level: KodeLevel = 4; // 1.06.04.2.01
 */
export type KodeLevel = 1 | 2 | 3 | 4 | 5;

/**
 * Why a kode as written does not fit the pattern `U.BB.PP.K.KK.SSSS`.
 *
 * - `urusan-two-digit`: `01.06.07`
 * - `bidang-three-digit`: `2.013.04`
 * - `segment-truncated`: `2.13.04.2.01.0` (sub kegiatan with too few digits), or a segment too short
 * - `kegiatan-lead-zero`: `1.06.04.0.01`
 * - `too-many-segments`: more than five levels
 * - `letter-suffix`: letters glued to the code (`1.06.01.2.03.0003a`)
 * - `bad-segment`: anything else that does not fit
 *
 * @example
 * const problem: KodeProblem = "bidang-three-digit"; // 2.013.04
 */
export type KodeProblem =
  | "urusan-two-digit"
  | "bidang-three-digit"
  | "segment-truncated"
  | "kegiatan-lead-zero"
  | "too-many-segments"
  | "letter-suffix"
  | "bad-segment";

/**
 * A way of writing codes that some systems follow for a whole sheet: read as canonical and said once
 * per sheet (domain §2), not flagged on every row.
 *
 * - `unpadded`: segments without their leading zeros in a one-cell code (`1.3.2.2.1.109`)
 * - `kegiatan-zero-padded`: the kegiatan lead digit padded (`1.01.01.02.01.0001`, older exports)
 * - `support-placeholder`: the support program's `X.XX` (or `x.xx`) in place of the bidang
 *
 * @example
 * const style: KodeStyle = "kegiatan-zero-padded"; // 1.01.01.02.01.0001
 */
export type KodeStyle = "unpadded" | "kegiatan-zero-padded" | "support-placeholder";

/**
 * What `readKode` made of the kode cell(s) of one row.
 *
 * @example
 * const read: KodeRead = {
 *   raw: "01.06.07", canonical: "1.06.07", level: 3, problem: "urusan-two-digit",
 *   needsBidang: false, partial: null, rest: null,
 * };
 */
export interface KodeRead {
  /** The code as written (split cells joined with " | "). */
  raw: string;
  /**
   * Canonical code, also for a malformed code when the nearest canonical is unambiguous
   * (01.06.07 → 1.06.07, 2.013.04 → 2.13.04); null when not recoverable (2.13.04.2.01.0)
   * and for a code written without urusan and bidang until `withBidang` fills it.
   */
  canonical: string | null;
  /** Level of canonical (or of the segments read when canonical is null). */
  level: KodeLevel | null;
  /** Set when the code as written does not fit the pattern. */
  problem: KodeProblem | null;
  /** Written without urusan and bidang, e.g. `01.2.01.01` (program.kegiatan.sub). Stays true after `withBidang`. */
  needsBidang: boolean;
  /** For needsBidang: the canonical tail, e.g. `01.2.01.0001`. */
  partial: string | null;
  /** Text after the code in the same cell: `1.06.04.2.01.0001 - Penyediaan X` → `Penyediaan X`. */
  rest: string | null;
  /** A sheet-wide way of writing codes this code follows (read as canonical); absent when none. */
  style?: KodeStyle;
}
