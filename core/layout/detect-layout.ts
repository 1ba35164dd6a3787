// Recognises the table on a grid: header block, column roles, numbering row formulas, repeated headers, family.
import { gridWidth, type CellValue, type Grid } from "../grid.js";
import type { Column, Layout, UnreadColumn, WrittenFormula } from "../model.js";
import { detectConvention } from "../values/index.js";
import { holdsNumbers, isRunningNumber, numberEvidence, numbersAllowRole } from "./column-evidence.js";
import { documentOf, familyOf } from "./family.js";
import { kodeFromData, kodeSpanFromData, splitKode } from "./kode-columns.js";
import { findHeader, readNumberingRow } from "./find-header.js";
import { headerPaths, letterOf } from "./header-paths.js";
import { HEADER_VOCABULARY, type HeaderVocabulary } from "./header-words.js";
import { matchRole } from "./match-role.js";
import { normalizeHeader } from "./normalize.js";
import { repeatedHeaders } from "./repeated-headers.js";
import { isNumericRole } from "./roles.js";

/** What was looked for, said when no table is found (header-not-found). */
export const LOOKED_FOR = "Kode, Program/Kegiatan/Sub Kegiatan (Uraian), Indikator, Target, Pagu/Anggaran (Rp), Realisasi, Triwulan";

const CONVENTION_SAMPLE_ROWS = 2000;

/**
 * Recognises the Renja table of a grid; null when none is there.
 * @example detectLayout(grid)?.family // "perubahan"
 */
export function detectLayout(grid: Grid, vocabulary: HeaderVocabulary = HEADER_VOCABULARY): Layout | null {
  let from = 0;
  // A sheet may hold header-like text before the real table; try successive candidates.
  for (let attempt = 0; attempt < 5; attempt++) {
    const block = findHeader(grid, from);
    if (!block) return null;
    const layout = buildLayout(grid, block.textRows, block.numberingRow, block.numbering, vocabulary);
    if (layout) return layout;
    from = (block.numberingRow ?? block.textRows[block.textRows.length - 1] ?? from) + 1;
  }
  return null;
}

function buildLayout(
  grid: Grid,
  textRows: number[],
  numberingRow: number | null,
  numbering: ReturnType<typeof readNumberingRow> & object,
  vocabulary: HeaderVocabulary,
): Layout | null {
  const width = gridWidth(grid);
  const paths = headerPaths(grid, textRows, width);
  const columns: Column[] = [];
  const formulas: WrittenFormula[] = [];
  const firstData = (numberingRow ?? textRows[textRows.length - 1] ?? 0) + 1;
  const noSkip = new Set<number>();
  for (let c = 0; c < width; c++) {
    const path = paths[c];
    const num = numbering.get(c);
    if (num?.formula) formulas.push({ target: num.number, text: num.text, expr: num.formula });
    const match = path ? matchRole(path, vocabulary) : null;
    if (!match) continue;
    if (match.needsNumbers && !numbersAllowRole(numberEvidence(grid, c, firstData, noSkip))) continue;
    const col: Column = { index: c, letter: letterOf(c), role: match.role, header: path?.path ?? "" };
    if (num) col.number = num.number;
    if (match.quarter) col.quarter = match.quarter;
    columns.push(col);
  }
  kodeFromData(grid, columns, firstData);
  kodeSpanFromData(grid, columns, paths, firstData);
  splitKode(grid, columns, firstData);
  demoteLoneQuarter(columns);
  const hasName = columns.some((c) => c.role === "name");
  const hasKode = columns.some((c) => c.role === "kode" || c.role === "kode-part");
  const hasNumeric = columns.some((c) => isNumericRole(c.role));
  if (!(hasName || hasKode) || !(hasNumeric || columns.some((c) => c.role === "indicator"))) return null;
  const headerRows = numberingRow === null ? textRows : [...textRows, numberingRow];
  const dataStart = (headerRows[headerRows.length - 1] ?? 0) + 1;
  const title = titleAbove(grid, textRows[0] ?? 0);
  const wording = `${title} ${paths.map((p) => p.path).join(" ")}`;
  const repeatedHeaderRows = repeatedHeaders(grid, headerRows, dataStart);
  const unread = unreadColumns(grid, columns, paths, dataStart, repeatedHeaderRows);
  const layout: Layout = {
    family: familyOf(columns, wording),
    headerRows,
    numberingRow,
    dataStart,
    columns,
    formulas,
    repeatedHeaderRows,
    convention: detectConvention(numericSample(grid, columns, dataStart)),
    title,
    unread,
  };
  const document = documentOf(columns, wording);
  if (document) layout.document = document;
  return layout;
}

/**
 * Columns that hold numbers in their data rows and got no role: what the sheet has that was not understood. A column
 * that only counts its rows (a `No` column without its header) is a `no` column, not unread.
 */
function unreadColumns(grid: Grid, columns: Column[], paths: { path: string }[], dataStart: number, skip: ReadonlySet<number>): UnreadColumn[] {
  const read = new Set(columns.map((c) => c.index));
  const out: UnreadColumn[] = [];
  const width = gridWidth(grid);
  for (let c = 0; c < width; c++) {
    if (read.has(c) || !holdsNumbers(numberEvidence(grid, c, dataStart, skip))) continue;
    const header = paths[c]?.path ?? "";
    if (header === "" && isRunningNumber(grid, c, dataStart, skip)) {
      columns.push({ index: c, letter: letterOf(c), role: "no", header });
      continue;
    }
    out.push({ index: c, letter: letterOf(c), header });
  }
  columns.sort((a, b) => a.index - b.index);
  return out;
}

/** A single "Triwulan II" column is the realisation to that quarter, not one of four quarters. */
function demoteLoneQuarter(columns: Column[]): void {
  const quarters = new Set(columns.filter((c) => c.role === "tw-k" || c.role === "tw-rp").map((c) => c.quarter));
  if (quarters.size >= 2) return;
  for (const c of columns) {
    if (c.role === "tw-k") c.role = "realisasi-k";
    else if (c.role === "tw-rp") c.role = "realisasi-rp";
  }
}

function titleAbove(grid: Grid, headerTop: number): string {
  const parts: string[] = [];
  for (let r = Math.max(0, headerTop - 6); r < headerTop; r++) {
    for (const v of grid.rows[r] ?? []) {
      const t = normalizeHeader(v);
      if (t !== "") parts.push(t);
    }
  }
  return parts.join(" ");
}

function* numericSample(grid: Grid, columns: Column[], dataStart: number): Iterable<CellValue> {
  const numeric = columns.filter((c) => isNumericRole(c.role)).map((c) => c.index);
  const end = Math.min(grid.rows.length, dataStart + CONVENTION_SAMPLE_ROWS);
  for (let r = dataStart; r < end; r++) {
    const row = grid.rows[r] ?? [];
    for (const c of numeric) {
      const v = row[c];
      if (typeof v === "string") yield v;
    }
  }
}
