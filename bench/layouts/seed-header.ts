// The title and header rows of a seed table, as its fixture workbook holds them: the bench sheets wear real headers.
import type { CellValue } from "../../core/grid.js";
import { readTsv } from "../../test/fixtures/fixture-files.js";

/**
 * Rows [0, count) of a seed TSV (bold markers dropped, plain integers as numbers).
 * @example seedHeader("tarakan-evaluasi-1", 7).at(-1) // [1, 2, …, "8= (7/6)", 9, "10=(5+7+9)", "11=(10/4)"]
 */
export function seedHeader(id: string, count: number): CellValue[][] {
  return readTsv(id)
    .slice(0, count)
    .map((row) => row.map((c) => (c.text === "" ? null : /^\d+$/.test(c.text) ? Number(c.text) : c.text)));
}
