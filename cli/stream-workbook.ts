// Reads the sheets of an .xlsx with exceljs's streaming reader (faster, half the memory of a full load), or says it cannot.
import { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import type { CellValue, Grid, MergeRange } from "../core/grid.js";
import { CATALOGUE_SHEET, catalogueFromSheetCells, type CatalogueResult } from "../core/nomenclature/index.js";
import type { XlsxFacts } from "./xlsx-guard.js";
import { entryData, zipEntries, type ZipEntry } from "./zip-directory.js";
import { addCell, finishGrid, mergeFromRef, newGridBuilder, putRow } from "./xlsx-to-grid.js";

/** The parts read before the sheets, in this order (the reader needs them to read a sheet). */
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const WORKBOOK = "xl/workbook.xml";
const SHARED_STRINGS = "xl/sharedStrings.xml";
const STYLES = "xl/styles.xml";
/** Characters per chunk handed to the XML parser (it gathers one chunk's events at a time). */
const CHUNK_CHARS = 64 * 1024;

/** The streaming reader's worksheet, with what it learns from the workbook part. */
interface StreamSheet extends AsyncIterable<ExcelJS.Row> {
  name: string;
  state?: string;
}

/** The streaming reader's part parsers, driven here in the order a sheet needs them (whatever the zip's order). */
interface PartParsers {
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  sharedStrings?: unknown[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Iterable<{ eventType: string; value: StreamSheet }>;
}

/**
 * True when exceljs's streaming reader reads this file exactly as a full load does: the workbook, its
 * relationships, shared strings and styles where exceljs writes them, and no cell of a type it reads otherwise
 * (inline strings, errors, booleans: `SheetPartFacts.unusualCells`).
 */
export function streamable(facts: XlsxFacts): boolean {
  for (const part of [WORKBOOK_RELS, WORKBOOK, SHARED_STRINGS, STYLES]) if (!facts.parts.has(part)) return false;
  if (facts.sheets.size === 0) return false;
  for (const sheet of facts.sheets.values()) if (sheet.unusualCells) return false;
  return true;
}

/** One part of the package, unzipped, as a stream of text chunks (cut on whole characters), decoded as the parser asks. */
function partStream(bytes: Buffer, entries: Map<string, ZipEntry>, name: string): Readable {
  const e = entries.get(name);
  if (!e) throw new Error(`no part ${name}`);
  const raw = entryData(bytes, e);
  const data = e.method === 8 ? inflateRawSync(raw) : raw;
  function* chunks(): Generator<string> {
    const decoder = new StringDecoder("utf8");
    for (let at = 0; at < data.length; at += CHUNK_CHARS) {
      const text = decoder.write(data.subarray(at, at + CHUNK_CHARS));
      if (text !== "") yield text;
    }
    const rest = decoder.end();
    if (rest !== "") yield rest;
  }
  return Readable.from(chunks());
}

/** A sheet read by the streaming reader: its grid, its name and state, its place in the workbook. */
interface StreamedSheet {
  grid: Grid;
  state: string | undefined;
  catalogueRows: unknown[][] | null;
}

/** Clears what a merged range's other cells hold: the sheet shows only the top-left cell (as the full load reads it). */
function keepMasters(grid: Grid, merges: readonly MergeRange[]): void {
  const layers = [grid.formulas, grid.bold, grid.fills, grid.numberFormats] as (unknown[] | undefined)[][];
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = grid.rows[r] as CellValue[] | undefined;
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        if (row && c < row.length) row[c] = null;
        for (const layer of layers) {
          const lr = layer[r];
          if (lr && c < lr.length) delete lr[c];
        }
      }
    }
  }
}

async function readSheet(ws: StreamSheet, merges: MergeRange[]): Promise<StreamedSheet> {
  const g = newGridBuilder();
  const catalogue = ws.name === CATALOGUE_SHEET;
  const catalogueRows: unknown[][] = [];
  for await (const row of ws) {
    const r = row.number - 1;
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => addCell(g, values, r, colNumber - 1, cell));
    if (values.length > 0) putRow(g, r, values);
    if (catalogue) catalogueRows[r] = Array.isArray(row.values) ? row.values.slice(1) : [];
  }
  const grid = finishGrid(g, ws.name, merges);
  keepMasters(grid, merges);
  return { grid, state: ws.state, catalogueRows: catalogue ? Array.from(catalogueRows, (r) => r ?? []) : null };
}

/** OOXML's escape of a character XML cannot hold (`_x0002_`), which the full load reads back and the streaming reader does not. */
const ESCAPED_CHAR = /_x([0-9A-F]{4})_/g;
const unescape = (t: string): string => (t.indexOf("_x") < 0 ? t : t.replace(ESCAPED_CHAR, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));

/** The shared strings as the full load reads them: escapes undone in plain and rich texts. */
function unescapeSharedStrings(reader: PartParsers): void {
  // Copied through JSON: the parser's texts are slices of its 64 KiB chunks, which keep the chunks alive and read
  // slower in the core than flat texts (what the add-ins' hosts hand over).
  const strings = (reader.sharedStrings = JSON.parse(JSON.stringify(reader.sharedStrings ?? [])) as unknown[]);
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i];
    if (typeof s === "string") strings[i] = unescape(s);
    else if (s && typeof s === "object" && Array.isArray((s as { richText?: unknown }).richText)) {
      for (const run of (s as { richText: { text?: unknown }[] }).richText) if (typeof run.text === "string") run.text = unescape(run.text);
    }
  }
}

/** A sheet's place in the workbook and its part (`xl/worksheets/sheet2.xml`); null when the relationships do not name it. */
function placeOf(reader: PartParsers, order: number): { name: string; state: string | undefined; part: string } | null {
  const sheet = reader.model?.sheets?.[order];
  const rel = sheet ? reader.workbookRels?.find((r) => r.Id === sheet.rId) : undefined;
  if (!sheet || !rel) return null;
  const target = rel.Target.replace(/\\/g, "/");
  return { name: sheet.name, state: sheet.state, part: target.startsWith("/") ? target.slice(1) : `xl/${target}` };
}

/**
 * The sheets of a workbook the guard found `streamable`, in workbook order, the names of the very hidden ones, and
 * the catalogue it keeps; null when a sheet's part cannot be placed (the caller then loads the file whole).
 * @example const read = streamable(facts) ? await streamWorkbook(bytes, facts) : null;
 */
export async function streamWorkbook(bytes: Buffer, facts: XlsxFacts): Promise<{ grids: Grid[]; hidden: Set<string>; catalogue: CatalogueResult | null } | null> {
  const entries = new Map(zipEntries(bytes).map((e) => [e.name.replace(/^\//, ""), e]));
  const options = { sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", worksheets: "emit", entries: "ignore" } as const;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), options) as unknown as PartParsers;
  await reader._parseRels(partStream(bytes, entries, WORKBOOK_RELS));
  await reader._parseWorkbook(partStream(bytes, entries, WORKBOOK));
  for await (const _ of reader._parseSharedStrings(partStream(bytes, entries, SHARED_STRINGS))) void _;
  unescapeSharedStrings(reader);
  await reader._parseStyles(partStream(bytes, entries, STYLES));
  const sheets: StreamedSheet[] = [];
  const count = reader.model?.sheets?.length ?? 0;
  for (let order = 0; order < count; order++) {
    const place = placeOf(reader, order);
    if (!place || !entries.has(place.part)) return null;
    const merges = (facts.sheets.get(place.part)?.merges ?? []).map(mergeFromRef).filter((m): m is MergeRange => m !== null);
    for (const { eventType, value } of reader._parseWorksheet(partStream(bytes, entries, place.part), String(order + 1))) {
      if (eventType !== "worksheet") continue;
      // Named from the workbook part here: exceljs names a sheet only when its target is a relative `worksheets/sheetN.xml`.
      value.name = place.name;
      value.state = place.state;
      sheets.push(await readSheet(value, merges));
    }
  }
  const hidden = new Set(sheets.filter((s) => s.state === "veryHidden").map((s) => s.grid.name ?? ""));
  const kept = sheets.find((s) => s.catalogueRows !== null)?.catalogueRows ?? null;
  return { grids: sheets.map((s) => s.grid), hidden, catalogue: kept ? catalogueFromSheetCells(kept) : null };
}
