// Reads the official nomenclature into a catalogue: the lampiran as users have it in Excel (URUSAN | BIDANG |
// PROGRAM | KEGIATAN | SUB KEGIATAN | NOMENKLATUR | KINERJA | INDIKATOR | SATUAN, PDF spacing undone) or SIPD's export.
import { basename } from "node:path";
import { cellText, isBlank, type CellValue, type Grid } from "../core/grid.js";
import { readKode } from "../core/kode/index.js";
import { cleanText } from "../core/layout/normalize.js";
import { canonicalCatalogueCode, catalogueLevel } from "../core/nomenclature/code.js";
import { tidyOfficialText } from "../core/nomenclature/normalize.js";
import type { Catalogue, CatalogueEntry, Pemda } from "../core/nomenclature/types.js";
import { sipdHeader, sipdToCatalogues } from "./nomenclature-import-sipd.js";
import { readGrids } from "./read-file.js";

/** A lampiran that cannot be imported at all (no header, missing columns); the message says which. */
export class LampiranError extends Error {}

type Role = "urusan" | "bidang" | "program" | "kegiatan" | "sub" | "name" | "performance" | "indicator" | "unit";

/** Column titles as the lampiran prints them, for messages. */
const TITLE: Record<Role, string> = {
  urusan: "URUSAN",
  bidang: "BIDANG",
  program: "PROGRAM",
  kegiatan: "KEGIATAN",
  sub: "SUB KEGIATAN",
  name: "NOMENKLATUR",
  performance: "KINERJA",
  indicator: "INDIKATOR",
  unit: "SATUAN",
};
const CODE_ROLES = ["urusan", "bidang", "program", "kegiatan", "sub"] as const;
const REQUIRED: readonly Role[] = [...CODE_ROLES, "name"];
const OPTIONAL: readonly Role[] = ["performance", "indicator", "unit"];
/** How far down a header may start. */
const HEADER_SCAN = 40;

export interface LampiranImport {
  catalogue: Catalogue;
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** Entries per level 1 … 5. */
  counts: Record<1 | 2 | 3 | 4 | 5, number>;
  /** The placeholder rows of the support program's urusan `X` and bidang `X.XX` (read, not kept: they stand for any). */
  placeholders: number;
  /** Rows that could not be read and other things the user should know, one sentence each. */
  warnings: string[];
}

export interface LampiranOptions {
  /** Version text of the catalogue; default: the title above the header, else the file name. */
  version?: string;
  /** File name used in entries' `source`. */
  fileName?: string;
  /** Which list of a SIPD export (it holds provinsi and kabupaten/kota); default kabupaten/kota. */
  pemda?: Pemda;
}

/** The role a header cell names, or null. */
function roleOf(label: string): Role | null {
  const t = label.toUpperCase().replace(/[^A-Z/ ]+/g, " ").replace(/\s+/g, " ").trim();
  if (t === "") return null;
  if (/^SUB ?KEGIATAN\b/.test(t) || t === "SUB") return "sub";
  if (t.includes("NOMENKLATUR")) return "name";
  if (t.includes("INDIKATOR")) return "indicator";
  if (t.includes("SATUAN")) return "unit";
  if (t.includes("KINERJA")) return "performance";
  if (/^URUSAN\b/.test(t)) return "urusan";
  if (/^BIDANG\b/.test(t)) return "bidang";
  if (/^PROGRAM\b/.test(t)) return "program";
  if (/^KEGIATAN\b/.test(t)) return "kegiatan";
  return null;
}

/** Roles found in one row (a blank cell takes the label above it: two-row headers, vertical merges). */
function headerRoles(grid: Grid, r: number): Map<Role, number> {
  const roles = new Map<Role, number>();
  const row = grid.rows[r] ?? [];
  const above = r > 0 ? (grid.rows[r - 1] ?? []) : [];
  const width = Math.max(row.length, above.length);
  for (let c = 0; c < width; c++) {
    const own = cellText(row[c] ?? null);
    const role = roleOf(own !== "" ? own : cellText(above[c] ?? null));
    if (role && !roles.has(role)) roles.set(role, c);
  }
  return roles;
}

/** The header row: the first row naming every required column, else the one naming most (at least three, two of them code columns). */
function findHeader(grid: Grid): { row: number; roles: Map<Role, number> } | null {
  let best: { row: number; roles: Map<Role, number> } | null = null;
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SCAN); r++) {
    const roles = headerRoles(grid, r);
    if (roles.size < 3 || CODE_ROLES.filter((x) => roles.has(x)).length < 2) continue;
    if (!best || roles.size > best.roles.size) best = { row: r, roles };
    if (REQUIRED.every((x) => roles.has(x))) return { row: r, roles };
  }
  return best;
}

/** Copies the master value of vertical merges in code columns down to the rows they cover. */
function fillMerges(grid: Grid, headerRow: number, codeCols: Set<number>): CellValue[][] {
  const rows = grid.rows.map((r) => [...r]);
  for (const m of grid.merges ?? []) {
    if (m.bottom <= headerRow || m.left !== m.right || !codeCols.has(m.left)) continue;
    const master = rows[m.top]?.[m.left] ?? null;
    for (let r = Math.max(m.top + 1, headerRow + 1); r <= m.bottom; r++) {
      const row = (rows[r] ??= []);
      if (isBlank(row[m.left] ?? null)) row[m.left] = master;
    }
  }
  return rows;
}

/** A numbering row under the header: `1 2 3 …` or `(1) (2) …`. */
function isNumberingRow(cells: readonly CellValue[]): boolean {
  const filled = cells.filter((v) => !isBlank(v));
  return filled.length >= 3 && filled.every((v) => /^\(?\d{1,2}\)?$/.test(cellText(v)));
}

/**
 * `2.1` written as text: the trailing zero of 2.10 lost on the way (2.01 never turns into 2.1). A lone
 * `2.0` stays what it is, a kegiatan cut short (there is no kegiatan 00).
 */
const SHORT_KEGIATAN = /^\s*(\d)[.,]([1-9])\s*$/;

/** The placeholder rows above the support program: urusan `X`, bidang `X | XX`. */
const PLACEHOLDER = /^X(?: \| XX)?$/i;

/** Reads one row's code cells; `X | XX | …` is the cross-cutting program. */
function readCode(cells: CellValue[]): { code: string } | { problem: string } | { placeholder: true } {
  const raw = cells.map((v) => cellText(v)).filter((s) => s !== "").join(" | ");
  if (PLACEHOLDER.test(raw)) return { placeholder: true };
  const u = cellText(cells[0] ?? null).toUpperCase();
  const cross = u === "X";
  if (cross && cellText(cells[1] ?? null).toUpperCase() !== "XX") return { problem: `code "${raw}": an X urusan needs XX as bidang` };
  const read = readKode(cross ? [1, 1, ...cells.slice(2)] : cells);
  if (read?.rest) return { problem: `code "${raw}" holds text ("${read.rest}")` };
  if (!read || read.canonical === null || read.problem !== null) {
    const why = read?.problem ? ` (${read.problem.replace(/-/g, " ")})` : "";
    return { problem: `code "${raw}" cannot be read${why}` };
  }
  const code = cross ? `X.XX${read.canonical.slice(4)}` : read.canonical;
  return canonicalCatalogueCode(code) === code ? { code } : { problem: `code "${raw}" is not a nomenclature code` };
}

/**
 * The catalogue in one sheet of a lampiran. Throws LampiranError when the sheet has no lampiran header
 * or lacks one of the code or NOMENKLATUR columns; rows that cannot be read are warnings.
 * @example lampiranToCatalogue(grid, { fileName: "lampiran.xlsx" }).catalogue.entries.length
 */
export function lampiranToCatalogue(grid: Grid, options: LampiranOptions = {}): LampiranImport {
  const header = findHeader(grid);
  const sheet = grid.name ?? "Sheet1";
  if (!header) {
    throw new LampiranError(`sheet "${sheet}" has no lampiran header: looked for a row with ${REQUIRED.map((r) => TITLE[r]).join(", ")}`);
  }
  const missing = REQUIRED.filter((r) => !header.roles.has(r));
  if (missing.length > 0) {
    const list = missing.map((r) => TITLE[r]).join(", ");
    throw new LampiranError(`sheet "${sheet}", header row ${header.row + 1}: no ${list} column${missing.length > 1 ? "s" : ""} (a lampiran has ${REQUIRED.map((r) => TITLE[r]).join(" | ")})`);
  }
  const col = (r: Role) => header.roles.get(r);
  const codeCols = CODE_ROLES.map((r) => col(r) as number);
  const warnings: string[] = [];
  const absent = OPTIONAL.filter((r) => !header.roles.has(r));
  if (absent.length > 0) warnings.push(`no ${absent.map((r) => TITLE[r]).join(", ")} column: ${absent.includes("unit") ? "units are" : "those fields are"} not imported`);
  const rows = fillMerges(grid, header.row, new Set(codeCols));
  const file = options.fileName ?? sheet;
  const entries: CatalogueEntry[] = [];
  const firstRow = new Map<string, number>();
  const unreadable: string[] = [];
  let shortKegiatan = 0;
  let placeholders = 0;
  for (let r = header.row + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (cells.every((v) => isBlank(v ?? null))) continue;
    if (r === header.row + 1 && isNumberingRow(cells)) continue;
    const codeCells: CellValue[] = codeCols.map((c) => cells[c] ?? null);
    const name = tidyOfficialText(cleanText(cells[col("name") as number] ?? null));
    if (codeCells.every((v) => isBlank(v))) {
      unreadable.push(`row ${r + 1}: no code${name ? ` ("${short(name)}")` : ""}`);
      continue;
    }
    const k = codeCells[3];
    if (typeof k === "string" && SHORT_KEGIATAN.test(k)) {
      codeCells[3] = k.trim().replace(SHORT_KEGIATAN, "$1.$20");
      shortKegiatan++;
    }
    const read = readCode(codeCells);
    if ("placeholder" in read) {
      placeholders++;
      continue;
    }
    if ("problem" in read) {
      unreadable.push(`row ${r + 1}: ${read.problem}`);
      continue;
    }
    if (name === "") {
      unreadable.push(`row ${r + 1}: code ${read.code} has no name`);
      continue;
    }
    const first = firstRow.get(read.code);
    if (first !== undefined) {
      unreadable.push(`row ${r + 1}: code ${read.code} repeats row ${first}; the first is kept`);
      continue;
    }
    firstRow.set(read.code, r + 1);
    const entry: CatalogueEntry = { code: read.code, level: catalogueLevel(read.code), name };
    for (const [role, key] of [["performance", "performance"], ["indicator", "indicator"], ["unit", "unit"]] as const) {
      const c = col(role);
      const v = c === undefined ? "" : tidyOfficialText(cleanText(cells[c] ?? null));
      if (v !== "") entry[key] = v;
    }
    entry.source = `${file} row ${r + 1}`;
    entries.push(entry);
  }
  if (unreadable.length > 0) warnings.push(`${unreadable.length} row${unreadable.length > 1 ? "s" : ""} could not be read and ${unreadable.length > 1 ? "were" : "was"} left out:\n  ${unreadable.join("\n  ")}`);
  if (shortKegiatan > 0) warnings.push(`${shortKegiatan} kegiatan cell${shortKegiatan > 1 ? "s" : ""} written like 2.1 ${shortKegiatan > 1 ? "were" : "was"} read as 2.10`);
  if (entries.length === 0) throw new LampiranError(`sheet "${sheet}": the lampiran header is on row ${header.row + 1} but no row below it could be read${unreadable.length ? ` (${unreadable.slice(0, 3).join("; ")})` : ""}`);
  const catalogue: Catalogue = { version: options.version ?? (titleAbove(grid, header.row) || `${file} (imported)`), entries };
  const pemda = options.pemda ?? pemdaOf(entries);
  if (pemda) catalogue.pemda = pemda;
  const counts = countLevels(entries);
  return { catalogue, sheet, headerRow: header.row + 1, counts, placeholders, warnings };
}

/** Text above the header (the lampiran's title), joined; the upper row of a two-row header is not title. */
function titleAbove(grid: Grid, headerRow: number): string {
  const upper = grid.rows[headerRow - 1] ?? [];
  const top = upper.some((v) => roleOf(cellText(v)) !== null || /^KODE$/i.test(cellText(v))) ? headerRow - 1 : headerRow;
  const parts: string[] = [];
  for (let r = 0; r < top; r++) for (const v of grid.rows[r] ?? []) if (!isBlank(v)) parts.push(cleanText(v));
  const t = parts.join(" ");
  return t.length > 200 ? `${t.slice(0, 197)}…` : t;
}

/** Entries per level 1 … 5. */
function countLevels(entries: readonly CatalogueEntry[]): Record<1 | 2 | 3 | 4 | 5, number> {
  const counts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const e of entries) counts[e.level]++;
  return counts;
}

/** Provinsi when every kegiatan lead digit 1 or 2 is 1, kabupaten/kota when every one is 2 (3–9 say neither). */
function pemdaOf(entries: readonly CatalogueEntry[]): Pemda | undefined {
  const digits = new Set(entries.filter((e) => e.level >= 4).map((e) => e.code.split(".")[3]?.[0]));
  if (digits.has("1") && !digits.has("2")) return "prov";
  if (digits.has("2") && !digits.has("1")) return "kabkota";
  return undefined;
}

/** One list of a SIPD export as an import (the pemda asked for, else kabupaten/kota, else the one there is). */
function sipdImport(grid: Grid, options: LampiranOptions): LampiranImport {
  const file = options.fileName ?? grid.name ?? "Sheet1";
  const read = sipdToCatalogues(grid, options.version ?? `SIPD (${file})`, file);
  const wanted = options.pemda ?? "kabkota";
  const catalogue = read.catalogues.find((c) => c.pemda === wanted) ?? (options.pemda ? undefined : read.catalogues[0]);
  if (!catalogue) throw new LampiranError(`sheet "${read.sheet}" (a SIPD export) has no ${wanted === "prov" ? "PROV" : "KABKOT"} rows`);
  const left = read.catalogues.filter((c) => c !== catalogue).map((c) => `${read.rows[c.pemda ?? "kabkota"]} ${c.pemda === "prov" ? "provinsi (PROV)" : "kabupaten/kota (KABKOT)"} rows`);
  const warnings = [...read.warnings];
  if (left.length > 0) warnings.push(`${left.join(", ")} left out: one catalogue holds one pemda's list (--pemda ${catalogue.pemda === "prov" ? "kabkota" : "prov"} for the other)`);
  return { catalogue, sheet: read.sheet, headerRow: (sipdHeader(grid)?.row ?? 0) + 1, counts: countLevels(catalogue.entries), placeholders: 0, warnings };
}

function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/**
 * Reads a lampiran workbook: the named sheet, or the first sheet with a lampiran header. Throws
 * ReadError (unreadable file) or LampiranError (no usable sheet).
 * @example const { catalogue, warnings } = await importLampiran("lampiran.xlsx");
 */
export async function importLampiran(path: string, options: LampiranOptions & { sheet?: string } = {}): Promise<LampiranImport> {
  const grids = await readGrids(path);
  const opts = { fileName: basename(path), ...options };
  if (options.sheet !== undefined) {
    const grid = grids.find((g) => g.name === options.sheet);
    if (!grid) throw new LampiranError(`no sheet named "${options.sheet}" (sheets: ${grids.map((g) => g.name).join(", ")})`);
    return sipdHeader(grid) ? sipdImport(grid, opts) : lampiranToCatalogue(grid, opts);
  }
  let firstError: LampiranError | null = null;
  for (const grid of grids) {
    if (sipdHeader(grid)) return sipdImport(grid, opts);
    try {
      return lampiranToCatalogue(grid, opts);
    } catch (e) {
      if (!(e instanceof LampiranError)) throw e;
      // A sheet that has a header but lacks columns says more than one without any header.
      if (!firstError || (firstError.message.includes("no lampiran header") && !e.message.includes("no lampiran header"))) firstError = e;
    }
  }
  throw firstError ?? new LampiranError(`${basename(path)} has no sheets`);
}
