// The bench's sheet layouts, by name.
import type { BenchSheet } from "./random.js";
import { evaluasiFormulas } from "./evaluasi-formulas.js";
import { generatedEvaluasi } from "./generated-evaluasi.js";
import { perubahanSplit } from "./perubahan-split.js";
import { sipdPrint } from "./sipd-print.js";

export type { BenchSheet } from "./random.js";

/** Each layout's generator, for a given number of rows. */
export const LAYOUTS: Record<string, (rows: number) => BenchSheet> = {
  "evaluasi-formulas": evaluasiFormulas,
  "perubahan-split": perubahanSplit,
  "sipd-print": sipdPrint,
  "generated-evaluasi": generatedEvaluasi,
};
