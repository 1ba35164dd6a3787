// Precision and recall of a report's error and warning findings against the mistakes a reviewer marked.
import type { Finding } from "../../core/model.js";

export interface ExpectedFinding {
  rule: string;
  row: number;
  column?: string;
}

export interface Score {
  found: ExpectedFinding[];
  missed: ExpectedFinding[];
  /** Findings no reviewer marked: false alarms. */
  extra: Finding[];
  precision: number;
  recall: number;
}

const key = (f: { rule: string; row: number; column?: string | undefined }, withColumn: boolean) => `${f.rule}@${f.row}${withColumn ? `:${f.column ?? ""}` : ""}`;

/**
 * Scores the error and warning findings (info is not judged) against the expected ones; an expected finding
 * without a column matches its rule on its row in any column.
 * @example score(report.issues, [{ rule: "total-mismatch", row: 12, column: "K" }]).recall // 1
 */
export function score(issues: readonly Finding[], expected: readonly ExpectedFinding[]): Score {
  const judged = issues.filter((i) => i.severity !== "info");
  const left = [...judged];
  const found: ExpectedFinding[] = [];
  const missed: ExpectedFinding[] = [];
  for (const e of expected) {
    const withColumn = e.column !== undefined;
    const i = left.findIndex((f) => key(f, withColumn) === key(e, withColumn));
    if (i < 0) missed.push(e);
    else {
      found.push(e);
      left.splice(i, 1);
    }
  }
  const precision = judged.length === 0 ? 1 : found.length / judged.length;
  const recall = expected.length === 0 ? 1 : found.length / expected.length;
  return { found, missed, extra: left, precision, recall };
}
