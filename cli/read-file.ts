// Reads an .xlsx or .csv file into one Grid per sheet; unreadable files raise a ReadError with a sentence.
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Grid } from "../core/grid.js";
import { CATALOGUE_SHEET, catalogueFromSheetCells, type CatalogueResult } from "../core/nomenclature/index.js";
import { decodeText } from "./decode-text.js";
import { ReadError } from "./read-error.js";
import { relativeTargets } from "./relationship-targets.js";
import { streamable, streamWorkbook } from "./stream-workbook.js";
import { worksheetToGrid } from "./xlsx-to-grid.js";
import { guardXlsx, XLSX_LIMITS, type XlsxFacts } from "./xlsx-guard.js";

export { ReadError };

/** A CSV file is read whole as text; past this it is no Renja table (the .xlsx limits: xlsx-guard.ts). */
const CSV_LIMIT_BYTES = 128 * 1024 * 1024;

/** Keeps CSV cells as the text they are, so the core decides what is a number (exceljs would guess). */
const keepText = (datum: string): string | null => (datum === "" ? null : datum);

/** A file's sheets as grids, with the nomenclature catalogue the workbook keeps (null: none). */
export interface WorkbookRead {
  grids: Grid[];
  catalogue: CatalogueResult | null;
}

/**
 * The sheets of a file as grids (very hidden sheets and our own `_renja` bookkeeping sheets left out).
 * @example const grids = await readGrids("examples/dumai-perubahan-3-1.xlsx");
 */
export async function readGrids(path: string): Promise<Grid[]> {
  return (await readWorkbook(path)).grids;
}

/**
 * The sheets of a file as grids, and the nomenclature catalogue an add-in kept in the workbook
 * (`_renja_nomenclature`), if any.
 * @example const { grids, catalogue } = await readWorkbook("tabel.xlsx");
 */
export async function readWorkbook(path: string): Promise<WorkbookRead> {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv" || ext === ".tsv") {
    const bytes = await readBytes(path);
    if (bytes.length > CSV_LIMIT_BYTES) throw new ReadError(`${path} is refused: ${Math.round(bytes.length / 1024 / 1024)} MiB is more than the limit of ${CSV_LIMIT_BYTES / 1024 / 1024} MiB for a CSV file`);
    const text = decodeText(bytes);
    const delimiter = ext === ".tsv" ? "\t" : guessDelimiter(text);
    const lines = countOf(text, "\n");
    if (lines > XLSX_LIMITS.sheetRows) throw new ReadError(`${path} is refused: it holds more than ${XLSX_LIMITS.sheetRows.toLocaleString("en-US")} rows, the limit per sheet`);
    if (lines + countOf(text, delimiter) > XLSX_LIMITS.sheetCells) throw new ReadError(`${path} is refused: it holds more than ${XLSX_LIMITS.sheetCells.toLocaleString("en-US")} cells, the limit per sheet`);
    try {
      const ws = await new ExcelJS.Workbook().csv.read(Readable.from([text]), { sheetName: basename(path, ext), map: keepText, parserOptions: { delimiter } } as never);
      return { grids: [worksheetToGrid(ws)], catalogue: null };
    } catch (e) {
      throw new ReadError(`${path} is not readable as CSV (${(e as Error).message})`);
    }
  }
  if (ext !== ".xlsx" && ext !== ".xlsm") throw new ReadError(`${path}: unsupported file type ${ext || "(none)"}; use .xlsx or .csv`);
  const bytes = await readBytes(path);
  // Limits, encryption and crafted XML are refused before exceljs sees the file (xlsx-guard.ts).
  const facts = await guardXlsx(path, bytes);
  const streamed = streamable(facts) ? await streamXlsx(path, bytes, facts) : null;
  if (streamed) return streamed;
  const wb = await loadXlsx(path, bytes);
  const sheets = wb.worksheets.filter((ws) => !unchecked(ws.name, ws.state === "veryHidden"));
  if (sheets.length === 0) throw new ReadError(`${path} has no sheet to check (only hidden or _renja sheets)`);
  return { grids: sheets.map(worksheetToGrid), catalogue: keptCatalogue(wb) };
}

/** The nomenclature catalogue an add-in kept in the workbook (`_renja_nomenclature`), null when it keeps none. */
export function keptCatalogue(wb: ExcelJS.Workbook): CatalogueResult | null {
  const ws = wb.getWorksheet(CATALOGUE_SHEET);
  if (!ws) return null;
  // exceljs rows and cells are 1-based: drop the empty slot 0 of each.
  return catalogueFromSheetCells(ws.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1) : [])));
}

/** Names of the sheets the workbook's owner hides for good, and ours: never checked. */
const unchecked = (name: string, veryHidden: boolean): boolean => veryHidden || name.startsWith("_renja");

/**
 * A plain workbook read by the streaming reader (`stream-workbook.ts`); null when the file is not plain enough for it
 * (or the reader cannot place a sheet), and the caller loads it whole.
 */
async function streamXlsx(path: string, bytes: Buffer, facts: XlsxFacts): Promise<WorkbookRead | null> {
  let read;
  try {
    // Absolute relationship targets need no rewriting here: the stream path resolves them itself.
    read = await streamWorkbook(bytes, facts);
  } catch {
    return null;
  }
  if (!read) return null;
  const grids = read.grids.filter((g) => !unchecked(g.name ?? "", read.hidden.has(g.name ?? "")));
  if (grids.length === 0) throw new ReadError(`${path} has no sheet to check (only hidden or _renja sheets)`);
  return { grids, catalogue: read.catalogue };
}

/** The bytes of a file, or a ReadError saying why not. */
async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    throw new ReadError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/**
 * Loads an .xlsx workbook; a damaged file, or a zip that holds no worksheet, raises a ReadError.
 * @example const wb = await openXlsx("tabel.xlsx");
 */
export async function openXlsx(path: string): Promise<ExcelJS.Workbook> {
  const bytes = await readBytes(path);
  // Limits, encryption and crafted XML are refused before exceljs sees the file (xlsx-guard.ts).
  await guardXlsx(path, bytes);
  return loadXlsx(path, bytes);
}

/** Loads the bytes of an .xlsx the guard has passed; a damaged file, or a zip that holds no worksheet, raises a ReadError. */
async function loadXlsx(path: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs holds the file whole anyway (it unzips from a buffer); absolute targets made relative first.
    await wb.xlsx.load((await relativeTargets(bytes)) as never);
  } catch {
    // The zip library's own wording (central directory, URLs) helps nobody who received the file.
    throw new ReadError(`${path} is not a readable .xlsx workbook (damaged, or not an Excel file)`);
  }
  // A zip that is not a workbook (a renamed .docx, a broken export) loads without error but with no sheets.
  if (wb.worksheets.length === 0) throw new ReadError(`${path} is not a readable .xlsx workbook (it holds no worksheet)`);
  return wb;
}
/**
 * `;` is common in Indonesian-locale CSV exports (the `,` is the decimal mark there). Decided over the first
 * lines, outside quotes, since a title line may hold one cell and no separator at all.
 */
function guessDelimiter(text: string): string {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  let lines = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\n" && ++lines >= 20) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts["\t"] > counts[","] && counts["\t"] > counts[";"]) return "\t";
  return counts[";"] > counts[","] ? ";" : ",";
}

/** How often `ch` occurs in the text (a line or separator count for the CSV limits). */
function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
