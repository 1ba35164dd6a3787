// Checks an .xlsx package before exceljs parses it: encrypted or old OLE files, unzipped sizes (zip bombs), cells and rows per sheet, DTDs, over-long texts.
import { createInflateRaw } from "node:zlib";
import { ReadError } from "./read-error.js";
import { entryData, zipEntries, ZipFormatError, type ZipEntry } from "./zip-directory.js";

/** The documented limits (README, "Limits"). exceljs holds each part whole as a string, then every cell as an object. */
export const XLSX_LIMITS = {
  /** Unzipped bytes of one part (a sheet's XML, the shared strings). */
  partBytes: 256 * 1024 * 1024,
  /** Unzipped bytes of the whole package. */
  totalBytes: 384 * 1024 * 1024,
  /** Cells (`<c>` elements) of one sheet. */
  sheetCells: 5_000_000,
  /** Rows (`<row>` elements) of one sheet. */
  sheetRows: 500_000,
  /** Excel's own limit on the characters of a cell; a text run longer than this many bytes times 10 is refused. */
  cellChars: 32_767,
};

/** Bytes per unzipped chunk: large enough that the scan of each chunk costs little next to the unzipping, small enough never to hold a part whole. */
const INFLATE_CHUNK = 1024 * 1024;

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");
const XML_PART = /\.(xml|rels|vml)$/i;
const WORKSHEET = /^\/?xl\/worksheets\/[^/]+\.xml$/i;
const CELL_OR_ROW = /<(?:[A-Za-z_][\w.-]*:)?(c|row)[\s>/]/g;
const DTD = /<!(DOCTYPE|ENTITY)/;
const MERGE_CELL = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref="([A-Za-z]+\d+(?::[A-Za-z]+\d+)?)"/g;
/** A cell type the streaming reader reads otherwise than the full load (see SheetPartFacts). */
const UNUSUAL_CELL = /inlineStr|\bt\s*=\s*["'][eb]["']/;
/** Characters carried from one unzipped chunk to the next, so that a tag cut by the chunk boundary is still seen whole. */
const CARRY = 96;

/** What the guard learned of a worksheet part while scanning it (the streaming reader needs it). */
export interface SheetPartFacts {
  /** Merged ranges as written (`A1:C2`). */
  merges: string[];
  /**
   * The part holds cells exceljs's streaming reader reads otherwise than its full load: inline strings
   * (`t="inlineStr"`, only the last run of a rich one is kept), errors and booleans (`t="e"`, `t="b"`: a formula's
   * cached `#REF!` would become NaN).
   */
  unusualCells: boolean;
}

/** What a file that passed the guard is made of: the names of its parts, and its worksheet parts' facts. */
export interface XlsxFacts {
  parts: Set<string>;
  sheets: Map<string, SheetPartFacts>;
}

const mib = (n: number): string => `${(n / 1024 / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} MiB`;
const count = (n: number): string => n.toLocaleString("en-US");

/**
 * Refuses, with a ReadError of one sentence, a file exceljs must not be given: an encrypted or .xls (OLE) file,
 * a zip whose parts unzip beyond the limits, a sheet with too many cells or rows, XML with a DTD, a text longer
 * than a cell can hold. Every part is unzipped once as a stream (never held whole) and stopped at its limit.
 * @example await guardXlsx("tabel.xlsx", await readFile("tabel.xlsx"));
 */
export async function guardXlsx(path: string, buf: Buffer): Promise<XlsxFacts> {
  if (buf.subarray(0, 8).equals(OLE_MAGIC)) {
    if (buf.includes(ENCRYPTION_INFO)) throw new ReadError(`${path} is password-protected; remove the password in Excel (File › Info › Protect Workbook) and save it again`);
    throw new ReadError(`${path} is an old Excel .xls (or another OLE) file; save it as .xlsx first`);
  }
  let entries: ZipEntry[];
  try {
    entries = zipEntries(buf);
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    throw new ReadError(`${path} is not a readable .xlsx workbook (damaged, or not an Excel file)`);
  }
  let total = 0;
  for (const e of entries) {
    if (e.size > XLSX_LIMITS.partBytes) throw new ReadError(`${path} is refused: its part ${e.name} unzips to ${mib(e.size)}, more than the limit of ${mib(XLSX_LIMITS.partBytes)} per part`);
    total += e.size;
  }
  if (total > XLSX_LIMITS.totalBytes) throw new ReadError(`${path} is refused: it unzips to ${mib(total)}, more than the limit of ${mib(XLSX_LIMITS.totalBytes)}`);
  const sheets = new Map<string, SheetPartFacts>();
  for (const e of entries) {
    if (e.flags & 1) throw new ReadError(`${path} is password-protected (encrypted zip entries); save it again without a password`);
    if (XML_PART.test(e.name)) {
      const facts = await scanPart(path, buf, e);
      if (facts) sheets.set(e.name.replace(/^\//, ""), facts);
    }
  }
  return { parts: new Set(entries.map((e) => e.name.replace(/^\//, ""))), sheets };
}

/** Unzips one XML part as a stream: no more than its declared size, no DTD, cells and rows of a sheet counted, no over-long text. */
async function scanPart(path: string, buf: Buffer, e: ZipEntry): Promise<SheetPartFacts | null> {
  let data: Buffer;
  try {
    data = entryData(buf, e);
  } catch {
    throw new ReadError(`${path} is not a readable .xlsx workbook (damaged, or not an Excel file)`);
  }
  const sheet = WORKSHEET.test(e.name);
  const state = { bytes: 0, cells: 0, rows: 0, run: 0, longest: 0, carry: "" };
  const facts: SheetPartFacts | null = sheet ? { merges: [], unusualCells: false } : null;
  const check = (chunk: Buffer): void => {
    state.bytes += chunk.length;
    // A directory that understates a part's size is a crafted file: stop at the declared size.
    if (state.bytes > e.size) throw new ReadError(`${path} is not a readable .xlsx workbook (its part ${e.name} unzips to more than its zip directory says)`);
    const text = state.carry + chunk.toString("latin1");
    if (DTD.test(text)) throw new ReadError(`${path} is refused: its part ${e.name} declares a DTD or entities, which Excel files never do`);
    if (facts) {
      countCells(text, state.carry.length, state);
      if (text.indexOf("mergeCell") >= 0) collectMerges(text, state.carry.length, facts.merges);
      if (!facts.unusualCells && UNUSUAL_CELL.test(text)) facts.unusualCells = true;
    }
    state.carry = text.slice(-CARRY);
    longestText(chunk, state);
    if (state.longest > XLSX_LIMITS.cellChars * 10) throw new ReadError(`${path} is refused: ${e.name} holds a text far longer than the ${count(XLSX_LIMITS.cellChars)} characters Excel allows in a cell`);
    if (state.cells > XLSX_LIMITS.sheetCells) throw new ReadError(`${path} is refused: a sheet (${e.name}) holds more than ${count(XLSX_LIMITS.sheetCells)} cells, the limit per sheet`);
    if (state.rows > XLSX_LIMITS.sheetRows) throw new ReadError(`${path} is refused: a sheet (${e.name}) holds more than ${count(XLSX_LIMITS.sheetRows)} rows, the limit per sheet`);
  };
  if (e.method === 0) {
    check(data);
    return facts;
  }
  if (e.method !== 8) throw new ReadError(`${path} is not a readable .xlsx workbook (unknown compression in ${e.name})`);
  await new Promise<void>((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK });
    inflate.on("data", (chunk: Buffer) => {
      try {
        check(chunk);
      } catch (err) {
        inflate.destroy();
        reject(err);
      }
    });
    inflate.on("error", () => reject(new ReadError(`${path} is not a readable .xlsx workbook (damaged, or not an Excel file)`)));
    inflate.on("end", () => resolve());
    inflate.end(data);
  });
  return facts;
}

/** The `ref` of every `<mergeCell>` of the text; one inside the carried-over start was collected before. */
function collectMerges(text: string, carried: number, out: string[]): void {
  MERGE_CELL.lastIndex = 0;
  for (let m = MERGE_CELL.exec(text); m; m = MERGE_CELL.exec(text)) {
    if (m.index + m[0].length <= carried) continue;
    out.push(m[1] ?? "");
  }
}

/** Counts `<c …>` and `<row …>` elements of the text; a match inside the carried-over start was counted before. */
function countCells(text: string, carried: number, state: { cells: number; rows: number }): void {
  CELL_OR_ROW.lastIndex = 0;
  for (let m = CELL_OR_ROW.exec(text); m; m = CELL_OR_ROW.exec(text)) {
    if (m.index + m[0].length <= carried) continue;
    if (m[1] === "c") state.cells++;
    else state.rows++;
  }
}

/**
 * The run of bytes without a `<` (a text between tags) that ends at this chunk's first `<`, and the run the chunk
 * ends with. Runs inside one chunk are shorter than the limit, so only runs across chunks need counting.
 */
function longestText(chunk: Buffer, state: { run: number; longest: number }): void {
  const first = chunk.indexOf(60);
  if (first === -1) {
    state.run += chunk.length;
  } else {
    state.longest = Math.max(state.longest, state.run + first);
    state.run = chunk.length - 1 - chunk.lastIndexOf(60);
  }
  state.longest = Math.max(state.longest, state.run);
}
