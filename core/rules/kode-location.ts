// Where kode findings point: the kode cell (or the first split kode cell) of a row.
import type { Column } from "../model.js";
import type { CheckedTable } from "../table.js";

/** The column a kode finding is reported on. */
export function kodeColumn(t: CheckedTable): Column | undefined {
  return t.columnsOf("kode")[0] ?? t.columnsOf("kode-part")[0] ?? t.columnsOf("name")[0];
}
