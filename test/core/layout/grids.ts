// Small sheets in the layouts of domain §10 (SIPD print, Tabel 3.1 with three target levels, Renstra, DPA list), for layout tests.
import type { CellValue, Grid, MergeRange } from "../../../core/grid.js";

/** A sheet: title rows, header rows (with merges given relative to the header), data rows. */
export interface LayoutSheet extends Grid {
  rows: CellValue[][];
  /** 1-based sheet row of the i-th data row. */
  row(i: number): number;
}

/**
 * Builds a sheet; `spans` are [header row, first column, last column, rows down] like a merged header.
 * @example sheet("Tabel 3.1", [["Kode", "Uraian"]], [], [["1.06", "SOSIAL"]])
 */
export function sheet(title: string, header: CellValue[][], spans: [number, number, number, number?][], data: CellValue[][], numbering?: CellValue[]): LayoutSheet {
  const top = 2;
  const rows: CellValue[][] = [[title], [], ...header.map((r) => [...r]), ...(numbering ? [[...numbering]] : []), ...data.map((r) => [...r])];
  const merges: MergeRange[] = spans.map(([r, left, right, down]) => ({ top: top + r, left, bottom: top + r + (down ?? 1) - 1, right }));
  const first = top + header.length + (numbering ? 1 : 0);
  return { name: "Sheet1", rows, merges, row: (i) => first + i + 1 };
}

/** A header row of `width` cells with labels at the given columns. */
export function at(width: number, labels: Record<number, string>): CellValue[] {
  return Array.from({ length: width }, (_, c) => labels[c] ?? null);
}

/**
 * The same sheet as a reader without merges hands it over: merges dropped, and with `fill` the master's value
 * copied into every merged cell (as PDF converters and some exporters write it).
 */
export function withoutMerges<G extends LayoutSheet>(g: G, fill: boolean): G {
  const rows = g.rows.map((r) => [...r]);
  if (fill) {
    for (const m of g.merges ?? []) {
      const v = rows[m.top]?.[m.left] ?? null;
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) (rows[r] as CellValue[])[c] = v;
    }
  }
  return { ...g, rows, merges: [] };
}
