// The machine-readable report (domain §8): schema at the edge, builder, and exit status.
import { z } from "zod";
import type { SheetReport } from "./check.js";

export const findingSchema = z.object({
  rule: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  row: z.number().int().positive(),
  column: z.string().regex(/^[A-Z]+$/).optional(),
  message: z.string(),
  expected: z.string().optional(),
  actual: z.string().optional(),
  expectedValue: z.string().optional(),
  actualValue: z.string().optional(),
});

export const sheetReportSchema = z.object({
  name: z.string(),
  family: z.enum(["rencana", "perubahan", "evaluasi", "review-rkpd", "kinerja-pelayanan", "unknown"]),
  headerRows: z.array(z.number().int().positive()),
  dataRows: z.number().int().nonnegative(),
  issues: z.array(findingSchema),
  summary: z.object({ program: z.number().int(), kegiatan: z.number().int(), subKegiatan: z.number().int() }).passthrough(),
}).passthrough();

export const fileReportSchema = z.object({
  file: z.string(),
  sheets: z.array(sheetReportSchema),
  error: z.string().optional(),
});
export type FileReport = z.infer<typeof fileReportSchema>;

/**
 * The report of one file.
 * @example fileReport("dumai.xlsx", [sheet]) // { file: "dumai.xlsx", sheets: [sheet] }
 */
export function fileReport(file: string, sheets: SheetReport[]): { file: string; sheets: SheetReport[] } {
  return { file, sheets };
}

/** Domain §8: 0 when no error-severity finding, 1 when there is one (2, unreadable, is the reader's to say). */
export function exitStatus(reports: readonly { sheets: readonly { issues: readonly { severity: string }[] }[] }[]): 0 | 1 {
  return reports.some((r) => r.sheets.some((s) => s.issues.some((i) => i.severity === "error"))) ? 1 : 0;
}

/** Counts of findings by severity. */
export function countBySeverity(sheets: readonly { issues: readonly { severity: string }[] }[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const s of sheets) for (const i of s.issues) if (i.severity in c) c[i.severity as keyof typeof c]++;
  return c;
}
