// Bench sheet: the generated T-C.29 evaluasi sheet of the first benchmark (integer values, no written formulas, no mistakes).
import { generateEvaluasi } from "../../test/support/generate-renja.js";
import type { BenchSheet } from "./random.js";

/**
 * About `rows` rows (90 % of them sub kegiatan).
 * @example generatedEvaluasi(50_000).rows.length // ≈ 50,005
 */
export function generatedEvaluasi(rows: number): BenchSheet {
  return { name: "Evaluasi", rows: generateEvaluasi(Math.round(rows * 0.9)).rows, mistakes: 0 };
}
