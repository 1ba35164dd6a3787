// Row edits on a sheet under transformation: replace a run of rows by new ones, keeping merges, header blocks and the original-row map in step.
import type { CellValue, MergeRange } from "../../../core/grid.js";
import type { RowKind } from "../../../core/model.js";
import { widthOf, type Sheet } from "./sheet.js";

/** A row to put in: its cells, and what the test knows of it. */
export interface NewRow {
  cells: CellValue[];
  bold?: boolean[];
  formats?: (string | null)[];
  level?: number | null;
  code?: string | null;
  kind?: RowKind | null;
}

/** A deep enough copy to edit freely. */
export function cloneSheet(s: Sheet): Sheet {
  return {
    ...s,
    rows: s.rows.map((r) => [...r]),
    bold: s.bold.map((r) => [...r]),
    formats: s.formats.map((r) => [...r]),
    merges: s.merges.map((m) => ({ ...m })),
    headerBlocks: s.headerBlocks.map((b) => [...b]),
    cols: [...s.cols],
    roles: [...s.roles],
    kodeParts: [...s.kodeParts],
    levels: [...s.levels],
    codes: [...s.codes],
    kinds: [...s.kinds],
    rowMap: [...s.rowMap],
    colMap: [...s.colMap],
  };
}

/** A copy of row r as a NewRow (same cells, bold, formats, level, code). */
export function copyRow(s: Sheet, r: number): NewRow {
  return { cells: [...(s.rows[r] ?? [])], bold: [...(s.bold[r] ?? [])], formats: [...(s.formats[r] ?? [])], level: s.levels[r] ?? null, code: s.codes[r] ?? null, kind: s.kinds[r] ?? null };
}

/**
 * Replaces `deleteCount` rows at `at` by `rows`. A deleted row maps to `at`; merges inside the deleted run go.
 * @example spliceRows(sheet, 0, 0, [{ cells: ["PEMERINTAH KABUPATEN CONTOH"] }]) // one title row on top
 */
export function spliceRows(s: Sheet, at: number, deleteCount: number, rows: readonly NewRow[]): Sheet {
  const out = cloneSheet(s);
  const width = widthOf(s);
  const added = rows.length - deleteCount;
  const shift = (r: number) => (r < at ? r : r < at + deleteCount ? at : r + added);
  const fill = <T>(xs: readonly T[] | undefined, blank: T): T[] => Array.from({ length: width }, (_, i) => xs?.[i] ?? blank);
  out.rows.splice(at, deleteCount, ...rows.map((n) => fill(n.cells, null as CellValue)));
  out.bold.splice(at, deleteCount, ...rows.map((n) => fill(n.bold, false)));
  out.formats.splice(at, deleteCount, ...rows.map((n) => fill(n.formats, null as string | null)));
  out.levels.splice(at, deleteCount, ...rows.map((n) => n.level ?? null));
  out.codes.splice(at, deleteCount, ...rows.map((n) => n.code ?? null));
  out.kinds.splice(at, deleteCount, ...rows.map((n) => n.kind ?? null));
  out.merges = s.merges
    .filter((m) => !(m.top >= at && m.bottom < at + deleteCount))
    .map((m): MergeRange => ({ ...m, top: shift(m.top), bottom: m.bottom >= at + deleteCount ? m.bottom + added : shift(m.bottom) }));
  out.headerBlocks = s.headerBlocks.map((b) => b.filter((r) => r < at || r >= at + deleteCount).map(shift));
  out.dataStart = s.dataStart < at || (deleteCount === 0 && s.dataStart === at) ? s.dataStart : shift(s.dataStart);
  out.rowMap = s.rowMap.map(shift);
  return out;
}

/** Inserts rows before each of the given rows (current indices), bottom first so that indices stay valid. */
export function insertBefore(s: Sheet, inserts: readonly { before: number; rows: NewRow[] }[]): Sheet {
  let out = s;
  for (const ins of [...inserts].sort((a, b) => b.before - a.before)) out = spliceRows(out, ins.before, 0, ins.rows);
  return out;
}
