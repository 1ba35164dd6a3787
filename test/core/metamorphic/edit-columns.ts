// Column edits on a sheet under transformation: a new column order built from the old columns and new ones, with merges, numbering rows and the original-column map kept in step.
import type { CellValue, MergeRange } from "../../../core/grid.js";
import type { RoleId } from "../../../core/model.js";
import { cloneSheet } from "./edit-rows.js";
import { headerTextRows, isDataRow, type ColKind, type Sheet } from "./sheet.js";

/** One column of the new order. */
export interface ColSpec {
  /** Current columns it comes from (empty for an inserted column); the first gives cells that are not computed. */
  sources: number[];
  kind?: ColKind;
  role?: RoleId | null;
  /** Labels for the header text rows of every header block (top to bottom); copied from the first source when absent. */
  header?: CellValue[];
  /** The cell of a data row, given the row's current cells; copied from the first source when absent. */
  cell?: (row: readonly CellValue[], r: number) => CellValue;
}

/** A merge inside every header block: rows relative to the block, columns as indices into the specs. */
export interface HeaderMerge {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const copy = (spec: ColSpec) => spec.sources[0];

/**
 * The sheet with its columns rebuilt as `specs` says.
 * @example rebuildColumns(sheet, [{ sources: [1] }, { sources: [0] }]) // first two columns swapped
 */
export function rebuildColumns(s: Sheet, specs: readonly ColSpec[], headerMerges: readonly HeaderMerge[] = []): Sheet {
  const out = cloneSheet(s);
  const textRows = new Map<number, number>();
  const numberingRows = new Set<number>();
  for (const b of s.headerBlocks) {
    headerTextRows(s, b).forEach((r, i) => textRows.set(r, i));
    if (s.numbered) numberingRows.add(b[b.length - 1] as number);
  }
  const rewritten = new Set(specs.flatMap((sp) => (sp.header ? sp.sources : [])));
  // A column taken twice (a code split over five cells) shows its cells once, in the first copy.
  const firstOf = new Map<number, ColSpec>();
  for (const spec of specs) {
    const c = copy(spec);
    if (c !== undefined && !firstOf.has(c)) firstOf.set(c, spec);
  }
  const pick = <T>(row: readonly T[], spec: ColSpec, blank: T): T => {
    const c = copy(spec);
    return c === undefined || firstOf.get(c) !== spec ? blank : (row[c] ?? blank);
  };
  out.rows = s.rows.map((row, r) =>
    specs.map((spec) => {
      const h = textRows.get(r);
      if (h !== undefined) return spec.header ? (spec.header[h] ?? null) : pick(row, spec, null);
      if (numberingRows.has(r)) return pick(row, spec, null);
      if (spec.cell && isDataRow(s, r)) return spec.cell(row, r);
      return pick(row, spec, null);
    }),
  );
  out.bold = s.bold.map((row) => specs.map((spec) => pick(row, spec, false)));
  out.formats = s.formats.map((row, r) => specs.map((spec) => (spec.cell && isDataRow(s, r) ? null : pick(row, spec, null))));
  const own = <T>(xs: readonly T[], spec: ColSpec, blank: T): T => {
    const c = copy(spec);
    return c === undefined ? blank : (xs[c] ?? blank);
  };
  out.cols = specs.map((spec) => spec.kind ?? own(s.cols, spec, "none"));
  out.roles = specs.map((spec) => (spec.role !== undefined ? spec.role : own(s.roles, spec, null)));
  out.kodeParts = specs.map((spec) => (spec.role !== undefined ? null : own(s.kodeParts, spec, null)));
  out.colMap = s.colMap.map((c) => specs.findIndex((spec) => spec.sources.includes(c)));
  out.merges = [];
  for (const m of s.merges) {
    const inHeader = [...textRows.keys()].some((r) => r >= m.top && r <= m.bottom);
    const hit = specs.map((spec, j) => (spec.sources.some((c) => c >= m.left && c <= m.right) ? j : -1)).filter((j) => j >= 0);
    if (hit.length === 0) continue;
    if (inHeader && hit.some((j) => specs[j]?.header)) continue;
    const left = Math.min(...hit);
    const right = Math.max(...hit);
    // A column put in between widens the merge, as inserting a column inside a merged range does in a spreadsheet.
    const inserted = specs.slice(left, right + 1).filter((spec) => spec.sources.length === 0).length;
    if (right - left + 1 !== hit.length + inserted) throw new Error(`merge ${JSON.stringify(m)} would not stay one block`);
    if (left === right && m.top === m.bottom) continue;
    out.merges.push({ ...m, left, right });
  }
  for (const b of s.headerBlocks) {
    const rows = headerTextRows(s, b);
    for (const hm of headerMerges) {
      const top = rows[hm.top];
      const bottom = rows[hm.bottom];
      if (top !== undefined && bottom !== undefined) out.merges.push({ top, bottom, left: hm.left, right: hm.right } satisfies MergeRange);
    }
  }
  for (const r of numberingRows) out.rows[r] = renumber(s.rows[r] ?? [], specs, rewritten);
  return out;
}

/** The numbering row for the new order: numbers run left to right again; formulas (`8 = (7/6)`) follow their columns. */
function renumber(old: readonly CellValue[], specs: readonly ColSpec[], rewritten: Set<number>): CellValue[] {
  const sample = old.find((v) => v !== null && v !== "");
  const style = (n: number): CellValue => (typeof sample === "string" && /^\(\d+\)$/.test(sample.trim()) ? `(${n})` : typeof sample === "string" ? String(n) : n);
  const oldNumber = (c: number | undefined): number | null => {
    if (c === undefined) return null;
    const v = old[c];
    const m = /\d+/.exec(typeof v === "number" || typeof v === "string" ? String(v) : "");
    return m ? Number(m[0]) : null;
  };
  const map = new Map<number, number>();
  const numbers: (number | null)[] = [];
  const firstUse = new Set<number>();
  let n = 0;
  const anyNumbered = old.some((v) => v !== null && v !== "");
  specs.forEach((spec) => {
    const c = copy(spec);
    const own = c === undefined ? null : oldNumber(c);
    const fresh = c === undefined || (c !== undefined && firstUse.has(c) && rewritten.has(c)) || (own === null && rewritten.has(c ?? -1));
    if (c !== undefined) firstUse.add(c);
    if (own === null && !fresh) return void numbers.push(null);
    if (!anyNumbered) return void numbers.push(null);
    n++;
    numbers.push(n);
    if (own !== null && !map.has(own)) map.set(own, n);
  });
  return specs.map((spec, j) => {
    const num = numbers[j];
    if (num === null || num === undefined) return null;
    const c = copy(spec);
    const v = c === undefined ? null : old[c];
    const first = c !== undefined && specs.findIndex((sp) => copy(sp) === c) === j;
    if (!first || v === null || v === undefined || v === "") return style(num);
    if (typeof v === "number") return num;
    return String(v).replace(/\d+/g, (d) => String(map.get(Number(d)) ?? d));
  });
}
