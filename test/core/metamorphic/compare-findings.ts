// Findings of the untransformed and the transformed sheet, compared after mapping rows and columns: rule, severity, row, column.
import { checkGrid } from "../../../core/check.js";
import { columnIndex, columnLetter } from "../../../core/grid.js";
import type { Finding } from "../../../core/model.js";
import { toGrid, type Sheet } from "./sheet.js";

/** `rule|severity|row|column`; every code column counts as one (`KODE`), since joining or splitting the code moves it. */
function key(f: Finding, row: number, col: number | null, s: Sheet): string {
  const column = col === null ? "" : s.cols[col] === "kode" ? "KODE" : col < 0 ? "GONE" : columnLetter(col);
  return `${f.rule}|${f.severity}|${row}|${column}`;
}

/** Findings of a sheet as comparable keys. */
export function findingKeys(s: Sheet): string[] {
  return checkGrid(toGrid(s))
    .report.issues.map((f) => key(f, f.row, f.column === undefined ? null : columnIndex(f.column), s))
    .sort();
}

const baseIssues = new WeakMap<Sheet, readonly Finding[]>();

/** The findings of an untransformed sheet, checked once. */
function issuesOf(base: Sheet): readonly Finding[] {
  let issues = baseIssues.get(base);
  if (!issues) baseIssues.set(base, (issues = checkGrid(toGrid(base)).report.issues));
  return issues;
}

/** The untransformed sheet's findings moved to where the transformation put their rows and columns. */
export function mappedKeys(base: Sheet, t: Sheet): string[] {
  return issuesOf(base)
    .map((f) => {
      const row = (t.rowMap[f.row - 1] ?? -1) + 1;
      const col = f.column === undefined ? null : (t.colMap[columnIndex(f.column)] ?? -1);
      return key(f, row, col, t);
    })
    .sort();
}

export interface FindingDiff {
  /** Expected (mapped) findings the transformed sheet lacks. */
  missing: string[];
  /** Findings of the transformed sheet that the untransformed one did not have. */
  extra: string[];
}

/** Multiset difference of two sorted key lists. */
export function diffKeys(expected: readonly string[], actual: readonly string[]): FindingDiff {
  const count = new Map<string, number>();
  for (const k of actual) count.set(k, (count.get(k) ?? 0) + 1);
  const missing: string[] = [];
  for (const k of expected) {
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else missing.push(k);
  }
  const extra = [...count.entries()].flatMap(([k, n]) => new Array<string>(n).fill(k));
  return { missing, extra: extra.sort() };
}

/** Both findings of base and transformed sheet, compared. */
export function compareFindings(base: Sheet, t: Sheet): FindingDiff {
  return diffKeys(mappedKeys(base, t), findingKeys(t));
}
