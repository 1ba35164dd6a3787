// A sheet under transformation: its cells plus what the test knows of it (header blocks, column kinds, row levels) and where each original row and column went.
import type { CellValue, Grid, MergeRange } from "../../../core/grid.js";
import { detectLayout } from "../../../core/layout/detect-layout.js";
import { ROLE_DEFS } from "../../../core/layout/roles.js";
import type { RoleId, RowKind } from "../../../core/model.js";
import { classifyRows } from "../../../core/tree/classify-rows.js";

/** What a column holds, as far as the transformations care. */
export type ColKind = "kode" | "name" | "indicator" | "target" | "money" | "percent" | "number" | "text" | "none";

export interface Sheet {
  name: string;
  rows: CellValue[][];
  bold: boolean[][];
  formats: (string | null)[][];
  merges: MergeRange[];
  /** Header blocks, main one first, then page-break repeats; each lists its rows top to bottom (numbering row last when `numbered`). */
  headerBlocks: number[][];
  numbered: boolean;
  dataStart: number;
  cols: ColKind[];
  roles: (RoleId | null)[];
  /** Per column: position of a split code cell (0 urusan … 4 sub kegiatan), null elsewhere. */
  kodeParts: (number | null)[];
  /** Per row: level of a hierarchy row (1 urusan … 5 sub kegiatan), null otherwise. */
  levels: (number | null)[];
  /** Per row: canonical code when the row has one. */
  codes: (string | null)[];
  kinds: (RowKind | null)[];
  convention: "id" | "en";
  /** Original 0-based row → current row. */
  rowMap: number[];
  /** Original 0-based column → current column. */
  colMap: number[];
}

const TARGET_ROLES = new Set<RoleId>(["target", "target-before", "target-after", "target-forward", "target-renstra"]);

function kindOf(role: RoleId): ColKind {
  if (role === "kode" || role === "kode-part") return "kode";
  if (role === "name" || role === "indicator") return role;
  if (TARGET_ROLES.has(role)) return "target";
  const m = ROLE_DEFS[role].measure;
  if (m === "money") return "money";
  if (m === "percent") return "percent";
  if (m === "quantity") return "number";
  return "text";
}

/** Widest row. */
export function widthOf(s: Pick<Sheet, "rows">): number {
  return s.rows.reduce((w, r) => Math.max(w, r.length), 0);
}

/**
 * Describes a grid the way the transformations need it, from the checker's own reading of the untransformed sheet.
 * @example describeSheet(fixtureGrid("kukar-apbdp").grid).cols[0] // "kode"
 */
export function describeSheet(grid: Grid): Sheet {
  const layout = detectLayout(grid);
  if (!layout) throw new Error(`${grid.name ?? "sheet"}: no table found in the untransformed sheet`);
  const rows = grid.rows.map((r) => [...r]);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const r of rows) while (r.length < width) r.push(null);
  const cols: ColKind[] = new Array<ColKind>(width).fill("none");
  const roles: (RoleId | null)[] = new Array<RoleId | null>(width).fill(null);
  const kodeParts: (number | null)[] = new Array<number | null>(width).fill(null);
  for (const c of layout.columns) {
    cols[c.index] = kindOf(c.role);
    roles[c.index] = c.role;
    if (c.role === "kode-part") kodeParts[c.index] = c.part ?? null;
  }
  const levels: (number | null)[] = rows.map(() => null);
  const codes: (string | null)[] = rows.map(() => null);
  const kinds: (RowKind | null)[] = rows.map(() => null);
  for (const t of classifyRows(grid, layout)) {
    kinds[t.index] = t.kind;
    levels[t.index] = t.kind === "node" ? t.level : null;
    codes[t.index] = t.kode?.canonical ?? t.kode?.partial ?? null;
  }
  const blockLength = layout.headerRows.length;
  const blocks: number[][] = [layout.headerRows];
  const repeats = [...layout.repeatedHeaderRows].sort((a, b) => a - b);
  for (let i = 0; i < repeats.length; ) {
    const run = [repeats[i] as number];
    while (i + run.length < repeats.length && repeats[i + run.length] === (run[run.length - 1] as number) + 1) run.push(repeats[i + run.length] as number);
    if (run.length === blockLength) blocks.push(run);
    i += run.length;
  }
  return {
    name: grid.name ?? "Sheet1",
    rows,
    bold: rows.map((r, i) => r.map((_, c) => grid.bold?.[i]?.[c] ?? false)),
    formats: rows.map((r, i) => r.map((_, c) => grid.numberFormats?.[i]?.[c] ?? null)),
    merges: (grid.merges ?? []).map((m) => ({ ...m })),
    headerBlocks: blocks,
    numbered: layout.numberingRow !== null,
    dataStart: layout.dataStart,
    cols,
    roles,
    kodeParts,
    levels,
    codes,
    kinds,
    convention: layout.convention,
    rowMap: rows.map((_, i) => i),
    colMap: Array.from({ length: width }, (_, i) => i),
  };
}

/** The sheet as the checker's input. */
export function toGrid(s: Sheet): Grid {
  return { name: s.name, rows: s.rows, bold: s.bold, numberFormats: s.formats, merges: s.merges };
}

/** Rows of every header block that hold labels (the numbering row left out). */
export function headerTextRows(s: Sheet, block: readonly number[]): number[] {
  return s.numbered ? block.slice(0, -1) : [...block];
}

/** True for rows that hold table data (below the main header, not a repeated header). */
export function isDataRow(s: Sheet, r: number): boolean {
  return r >= s.dataStart && !s.headerBlocks.some((b) => b.includes(r));
}
