// Per-column convention for ratio columns: does the sheet write realisasi/target as 57,56 (×100) or 0,5756?
import type { Dec } from "../model.js";
import { agreesWhenRounded } from "../values/index.js";

export interface ScaleSample {
  stated: Dec;
  decimals: number;
  computed: Dec;
}

/**
 * Decides by majority whether a column's stated values are the computed ratio ×100 (true) or as is (false),
 * the way the separator convention is decided by the rest of the sheet. Ties go to ×100.
 * @example decideTimes100([{ stated: 100, decimals: 0, computed: 1 }]) // true
 */
export function decideTimes100(samples: readonly ScaleSample[]): boolean {
  let times100 = 0;
  let plain = 0;
  for (const s of samples) {
    if (agreesWhenRounded(s.stated, s.decimals, s.computed.times(100))) times100++;
    else if (agreesWhenRounded(s.stated, s.decimals, s.computed)) plain++;
  }
  return times100 >= plain;
}
