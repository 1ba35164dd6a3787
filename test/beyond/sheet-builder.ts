// Builds a realistic sheet grid from header paths (merges laid as a spreadsheet does) and keyed data rows.
import { columnLetter, type CellValue, type Grid, type MergeRange } from "../../core/grid.js";

export interface ColumnSpec {
  key: string;
  /** Header labels from the top group down to the column's own label. */
  path: string[];
}

export interface BuiltSheet extends Grid {
  rows: CellValue[][];
  merges: MergeRange[];
  /** 1-based sheet row of data row i. */
  row(i: number): number;
  /** Column letter of a key. */
  col(key: string): string;
}

export interface SheetSpec {
  name: string;
  title: string[];
  columns: ColumnSpec[];
  /** The numbering row under the header, by key (a key absent stays empty); none when omitted. */
  numbering?: Record<string, CellValue>;
  /** Numbering cells merged over several keys: [first key, last key]. */
  numberingSpans?: [string, string][];
  rows: Record<string, CellValue>[];
}

/**
 * Lays out title rows, a header of as many rows as the deepest path (labels merged across the columns
 * that share them and down where a path ends early), the numbering row and the data rows.
 * @example buildSheet({ name: "Renja", title: ["RENJA 2024"], columns: [{ key: "kode", path: ["Kode"] }], rows: [{ kode: "1.06" }] })
 */
export function buildSheet(spec: SheetSpec): BuiltSheet {
  const width = spec.columns.length;
  const depth = Math.max(...spec.columns.map((c) => c.path.length));
  const rows: CellValue[][] = [];
  const merges: MergeRange[] = [];
  const blank = (): CellValue[] => Array.from({ length: width }, () => null);
  for (const t of spec.title) rows.push([t, ...blank().slice(1)]);
  rows.push(blank());
  const top = rows.length;
  for (let h = 0; h < depth; h++) rows.push(blank());
  for (let h = 0; h < depth; h++) {
    let c = 0;
    while (c < width) {
      const col = spec.columns[c] as ColumnSpec;
      const label = col.path[h];
      if (label === undefined) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < width && samePrefix(spec.columns[end + 1] as ColumnSpec, col, h)) end++;
      const group = spec.columns.slice(c, end + 1);
      const bottom = group.every((g) => g.path.length === h + 1) ? depth - 1 : h;
      (rows[top + h] as CellValue[])[c] = label;
      if (end > c || bottom > h) merges.push({ top: top + h, left: c, bottom: top + bottom, right: end });
      c = end + 1;
    }
  }
  const index = new Map(spec.columns.map((c, i) => [c.key, i]));
  if (spec.numbering) {
    const r = blank();
    for (const [k, v] of Object.entries(spec.numbering)) r[index.get(k) ?? -1] = v;
    rows.push(r);
    for (const [a, b] of spec.numberingSpans ?? []) merges.push({ top: rows.length - 1, left: index.get(a) ?? 0, bottom: rows.length - 1, right: index.get(b) ?? 0 });
  }
  const dataTop = rows.length;
  for (const d of spec.rows) {
    const r = blank();
    for (const [k, v] of Object.entries(d)) {
      const i = index.get(k);
      if (i === undefined) throw new Error(`no column ${k}`);
      r[i] = v;
    }
    rows.push(r);
  }
  return {
    name: spec.name,
    rows,
    merges,
    row: (i) => dataTop + i + 1,
    col: (key) => columnLetter(index.get(key) ?? -1),
  };
}

function samePrefix(a: ColumnSpec, b: ColumnSpec, h: number): boolean {
  for (let i = 0; i <= h; i++) if (a.path[i] !== b.path[i]) return false;
  return true;
}

/** Indonesian money text: 1.250.000. */
export function rupiah(n: number): string {
  return n.toLocaleString("id-ID", { maximumFractionDigits: 2 });
}
