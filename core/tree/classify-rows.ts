// One pass over the data rows: kode, name, indicator, parsed numeric cells and the kind of each row.
import type { CellValue, Grid } from "../grid.js";
import { readKode } from "../kode/index.js";
import type { Column, Layout, RowKind, TableRow } from "../model.js";
import { cleanText } from "../layout/normalize.js";
import { isNumericRole, ROLE_DEFS } from "../layout/roles.js";
import { parseMoney, parsePercent, parseQuantity, type ParseContext, type ParsedNumber } from "../values/index.js";
import { memoParser } from "./parse-memo.js";
import { footerKind, levelsNamed } from "./row-text.js";

type Parser = (v: CellValue, ctx: ParseContext) => ParsedNumber;
const PARSERS: Record<string, Parser> = { money: parseMoney, quantity: parseQuantity, percent: parsePercent };
const NO_CELLS: readonly ParsedNumber[] = Object.freeze([]);

/** Columns of a layout grouped by what the row reader needs of them. */
interface ReadPlan {
  kode: (number | null)[];
  name: number | null;
  /** Indicator columns, left to right (one per level in some tables: program, kegiatan, sub kegiatan). */
  indicators: number[];
  numeric: { col: Column; parse: Parser }[];
  texts: number[];
}

function readPlan(layout: Layout, rowCount: number): ReadPlan {
  // One memo per measure and table: the convention is fixed for the table, so equal cells parse equally.
  const memos = new Map<string, Parser>();
  const memoFor = (measure: string): Parser => {
    let m = memos.get(measure);
    if (!m) memos.set(measure, (m = memoParser(PARSERS[measure] as Parser, rowCount)));
    return m;
  };
  const split = layout.columns.filter((c) => c.role === "kode-part");
  // Split codes are read as five cells, urusan first; a split that starts at the program leaves the first ones empty.
  const kodeCols: (number | null)[] = split.length > 0 ? [null, null, null, null, null] : layout.columns.filter((c) => c.role === "kode").map((c) => c.index);
  for (const c of split) kodeCols[c.part ?? 0] = c.index;
  const first = (role: string) => layout.columns.find((c) => c.role === role)?.index ?? null;
  return {
    kode: kodeCols,
    name: first("name"),
    indicators: layout.columns.filter((c) => c.role === "indicator").map((c) => c.index),
    numeric: layout.columns.filter((c) => isNumericRole(c.role)).map((col) => ({ col, parse: memoFor(ROLE_DEFS[col.role].measure) })),
    texts: layout.columns.filter((c) => !isNumericRole(c.role)).map((c) => c.index),
  };
}

/**
 * Reads and classifies every row below the header.
 * @example classifyRows(grid, layout).filter((r) => r.kind === "node").length // 98
 */
export function classifyRows(grid: Grid, layout: Layout): TableRow[] {
  const plan = readPlan(layout, grid.rows.length - layout.dataStart);
  const hasKodeColumn = plan.kode.length > 0;
  const ctx: ParseContext = { convention: layout.convention };
  const pctCtx: ParseContext = { convention: layout.convention, percentFormat: true };
  const rows: TableRow[] = [];
  let previous: TableRow | null = null;
  let codesSeen = 0;
  // Scratch for the kode cells of a row (readKode keeps nothing of it), and the width of a row's parsed cells.
  const kodeCells: CellValue[] = new Array<CellValue>(plan.kode.length).fill(null);
  const numericWidth = plan.numeric.reduce((w, n) => Math.max(w, n.col.index + 1), 0);
  for (let r = layout.dataStart; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (layout.repeatedHeaderRows.has(r)) {
      rows.push(emptyRow(r, "repeated-header"));
      continue;
    }
    if (isBlankRow(cells)) {
      rows.push(emptyRow(r, "blank"));
      continue;
    }
    for (let k = 0; k < plan.kode.length; k++) {
      const c = plan.kode[k];
      kodeCells[k] = c === null || c === undefined ? null : (cells[c] ?? null);
    }
    const kode = kodeCells.length > 0 ? readKode(kodeCells) : null;
    let name = plan.name === null ? "" : cleanText(cells[plan.name] ?? null);
    if (name === "" && kode?.rest) name = kode.rest;
    const indicator = indicatorText(cells, plan.indicators);
    const parsed = new Array<ParsedNumber | undefined>(numericWidth);
    let hasNumber = false;
    const formats = grid.numberFormats?.[r];
    for (const { col, parse } of plan.numeric) {
      const v = cells[col.index] ?? null;
      if (v === null || v === "") continue;
      const fmt = formats?.[col.index];
      const p = parse(v, fmt && fmt.includes("%") ? pctCtx : ctx);
      if (p.kind === "empty" && (typeof v !== "string" || v.trim() === "")) continue;
      // A written "-" is kept (kind empty): it says "zero / nothing" where a blank says nothing.
      parsed[col.index] = p;
      if (p.kind === "number" || p.kind === "invalid") hasNumber = true;
    }
    const bold = rowIsBold(grid, r);
    const row: TableRow = { index: r, kind: "node", kode, level: null, name, indicator, bold, cells: parsed };
    row.kind = kindOf(row, cells, plan.indicators, hasKodeColumn && codesSeen > 0, hasNumber, previous);
    if (kode) codesSeen++;
    if (row.kind === "node") row.level = kode?.level ?? levelsNamed(name)[0] ?? null;
    if (row.kind === "continuation" && previous) {
      if (name !== "") previous.name = `${previous.name} ${name}`;
      if (indicator !== "") previous.indicator = `${previous.indicator} ${indicator}`;
    }
    rows.push(row);
    if (row.kind === "node" || row.kind === "heading") previous = row;
    else if (row.kind !== "continuation") previous = null;
  }
  return rows;
}

/** Text that continues a wrapped cell: starts in lower case or with punctuation. */
const CONTINUES = /^[\p{Ll},.;:)/&-]/u;

/** `codesInUse`: the table's rows carry codes, so a row without one and without numbers is wrapped text. */
function kindOf(row: TableRow, cells: readonly CellValue[], indicatorCols: readonly number[], codesInUse: boolean, hasNumber: boolean, previous: TableRow | null): RowKind {
  if (row.kode) return "node";
  // Footer labels stand in any column (Dumai puts them mid-table), but never in the indicator ("Jumlah Orang …").
  const texts: string[] = [];
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    texts.push(typeof v === "string" && !indicatorCols.includes(c) ? cleanText(v) : "");
  }
  const footer = footerKind(texts);
  if (footer) return footer;
  const named = levelsNamed(row.name);
  if (named.length > 0) return "node";
  const hasText = row.name !== "" || row.indicator !== "";
  if (!hasText) return hasNumber ? "heading" : "blank";
  if (!hasNumber && previous && (codesInUse || CONTINUES.test(row.name || row.indicator))) return "continuation";
  if (!codesInUse) return "node";
  return hasNumber ? "node" : "heading";
}

/** The row's indicator: the first indicator column that holds text (a table may give each level its own column). */
function indicatorText(cells: readonly CellValue[], cols: readonly number[]): string {
  for (const c of cols) {
    const t = cleanText(cells[c] ?? null);
    if (t !== "") return t;
  }
  return "";
}

function rowIsBold(grid: Grid, r: number): boolean {
  const b = grid.bold?.[r];
  if (!b) return false;
  for (const x of b) if (x) return true;
  return false;
}

function emptyRow(index: number, kind: RowKind): TableRow {
  return { index, kind, kode: null, level: null, name: "", indicator: "", bold: false, cells: NO_CELLS };
}

const NON_SPACE = /\S/;

/** True when no cell of the row shows anything (cheaper than trimming every cell). */
function isBlankRow(cells: readonly CellValue[]): boolean {
  for (const v of cells) {
    if (v === null || v === undefined) continue;
    if (typeof v !== "string") return false;
    // A printable ASCII first character is the common case: no regex needed.
    const c = v.charCodeAt(0);
    if ((c > 0x20 && c < 0x7f) || NON_SPACE.test(v)) return false;
  }
  return true;
}
