// A seed fixture as a Grid, straight from its .tsv and .json: cells as typed (text), bold, merges.
import { columnIndex, type CellValue, type Grid, type MergeRange } from "../../core/grid.js";
import { readMeta, readTsv } from "../fixtures/fixture-files.js";
import type { FixtureMeta } from "../fixtures/fixture-meta.js";

/** `C5:F7` → 0-based inclusive range. */
export function parseA1Range(range: string): MergeRange {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) throw new Error(`not an A1 range: ${range}`);
  return { top: Number(m[2]) - 1, left: columnIndex(m[1] ?? "A"), bottom: Number(m[4]) - 1, right: columnIndex(m[3] ?? "A") };
}

/**
 * The fixture's sheet with every cell as text, as the TSV writes it (the form a CSV or a text-kept sheet hands over).
 * @example fixtureGrid("dumai-perubahan-3-1").grid.rows[5]
 */
export function fixtureGrid(id: string): { grid: Grid; meta: FixtureMeta } {
  const meta = readMeta(id);
  const tsv = readTsv(id);
  const rows: CellValue[][] = tsv.map((r) => r.map((c) => (c.text === "" ? null : c.text)));
  const bold: boolean[][] = tsv.map((r) => r.map((c) => c.bold));
  return { grid: { name: meta.sheetName, rows, bold, merges: meta.merges.map(parseA1Range) }, meta };
}
