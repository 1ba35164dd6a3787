// Per-column convention for ratio columns: does the sheet write realisasi/target as 57,56 (×100) or 0,5756?
import { ratioAgrees, type Num } from "./num.js";

/** Rows a column's convention is decided on. */
export const SAMPLE_LIMIT = 500;

/** One row of a ratio column: the stated figure and the division it should equal. */
export interface RatioSample {
  stated: Num;
  decimals: number;
  num: Num;
  den: Num;
}

/**
 * Decides by majority whether a column's stated values are the computed ratio ×100 (true) or as is (false),
 * the way the separator convention is decided by the rest of the sheet. Ties go to ×100.
 * @example decideTimes100([{ stated: { coef: 100, decimals: 0 }, decimals: 0, num: { coef: 8, decimals: 0 }, den: { coef: 8, decimals: 0 } }]) // true
 */
export function decideTimes100(samples: readonly RatioSample[]): boolean {
  let times100 = 0;
  let plain = 0;
  // A convention shows in any fair sample of the column; the first rows are as fair as any.
  for (let i = 0; i < samples.length && i < SAMPLE_LIMIT; i++) {
    const s = samples[i] as RatioSample;
    if (ratioAgrees(s.stated, s.decimals, s.num, s.den, 100)) times100++;
    else if (ratioAgrees(s.stated, s.decimals, s.num, s.den, 1)) plain++;
  }
  return times100 >= plain;
}
