// Shared helpers of the CLI tests: run main in-process, temp dirs, workbooks written with exceljs, CSV text.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import type { CellValue } from "../../core/grid.js";
import { main } from "../../cli/main.js";
import { generateRencana } from "../support/generate-renja.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DUMAI = join(ROOT, "examples/dumai-perubahan-3-1.xlsx");
export const XLSX_FIXTURES = join(ROOT, "test/fixtures/xlsx");
export const CSV_FIXTURES = join(ROOT, "test/fixtures/csv");

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process and captures what it writes to stdout and stderr. */
export async function run(...argv: string[]): Promise<RunResult> {
  let out = "";
  let err = "";
  const code = await main(
    argv,
    (s) => {
      out += s;
    },
    (s) => {
      err += s;
    },
  );
  return { code, out, err };
}

/** A fresh directory under os.tmpdir(); remove it with `rm(dir, { recursive: true, force: true })`. */
export function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "renja-cli-test-"));
}

export async function removeTempDir(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  state?: "visible" | "hidden" | "veryHidden";
}

/** Writes a workbook with the given sheets (rows as the cells are typed) with exceljs. */
export async function writeWorkbook(path: string, sheets: SheetSpec[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : {});
    s.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
      });
    });
  }
  await wb.xlsx.writeFile(path);
  return path;
}

/** RFC 4180 text of rows with the given separator (fields quoted when they hold it, a quote or a line break). */
export function toCsv(rows: readonly (readonly CellValue[])[], sep: "," | ";" | "\t"): string {
  const width = Math.max(...rows.map((r) => r.length));
  const field = (v: CellValue | undefined): string => {
    const s = v === null || v === undefined ? "" : String(v);
    return s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => Array.from({ length: width }, (_, i) => field(r[i])).join(sep)).join("\r\n") + "\r\n";
}

/** Minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF) for re-writing a fixture CSV. */
export function parseCsv(text: string, sep = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A consistent rencana table (no error finding): 2 programs, 3 kegiatan, 6 sub kegiatan. */
export function cleanRencana(moneyAsText = false): CellValue[][] {
  return generateRencana({ programs: [{ kegiatan: [2, 1] }, { kegiatan: [3] }], pagu: [1250, 40_000, 775, 12_500, 3_000, 980], moneyAsText }).rows;
}

/** Rows that hold no Renja table (a notes sheet). */
export const NOTES_ROWS: CellValue[][] = [["Catatan reviu"], ["Lihat lembar Tabel 3.1"], [null, "dibuat 2024-05-02"]];

export async function writeText(path: string, text: string | Buffer): Promise<string> {
  await writeFile(path, text);
  return path;
}
