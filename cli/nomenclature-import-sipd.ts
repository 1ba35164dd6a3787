// Reads SIPD's nomenclature export (JENIS PEMDA | BIDANG | PROGRAM | KEGIATAN | SUBKEGIATAN | KINERJA |
// INDIKATOR | SATUAN | … | SUBKEGIATAN SEBELUMNYA, "code name" in one cell per level) into one catalogue per pemda.
import { cellText, isBlank, type CellValue, type Grid } from "../core/grid.js";
import { canonicalCatalogueCode, catalogueLevel } from "../core/nomenclature/code.js";
import { nameKey, tidyOfficialText } from "../core/nomenclature/normalize.js";
import type { Catalogue, CatalogueEntry, Pemda } from "../core/nomenclature/types.js";

/** The columns read, by header text (upper case, single spaces). */
const COLUMNS = {
  pemda: "JENIS PEMDA",
  bidang: "BIDANG",
  program: "PROGRAM",
  kegiatan: "KEGIATAN",
  sub: "SUBKEGIATAN",
  performance: "KINERJA",
  indicator: "INDIKATOR",
  unit: "SATUAN",
  previous: "SUBKEGIATAN SEBELUMNYA",
} as const;
type Column = keyof typeof COLUMNS;
const LEVELS = ["bidang", "program", "kegiatan", "sub"] as const;
/** JENIS PEMDA as SIPD writes it. */
const PEMDA: Record<string, Pemda> = { PROV: "prov", KABKOT: "kabkota" };

export interface SipdImport {
  sheet: string;
  /** One catalogue per pemda found in the export, provinsi first. */
  catalogues: Catalogue[];
  /** Rows per pemda (one row is one sub kegiatan). */
  rows: Record<Pemda, number>;
  warnings: string[];
}

const headerText = (v: CellValue): string => cellText(v).toUpperCase().replace(/\s+/g, " ").trim();

/** The header's columns when the grid's first rows hold a SIPD export header, else null. */
export function sipdHeader(grid: Grid): { row: number; cols: Record<Column, number | undefined> } | null {
  for (let r = 0; r < Math.min(grid.rows.length, 10); r++) {
    const texts = (grid.rows[r] ?? []).map(headerText);
    if (!texts.includes(COLUMNS.pemda) || !texts.includes(COLUMNS.sub)) continue;
    const cols = {} as Record<Column, number | undefined>;
    for (const k of Object.keys(COLUMNS) as Column[]) {
      const c = texts.indexOf(COLUMNS[k]);
      cols[k] = c < 0 ? undefined : c;
    }
    return { row: r, cols };
  }
  return null;
}

/** `1.01.02 PROGRAM …` → code and name; null when the cell does not start with a code. */
export function splitCodeName(v: CellValue): { code: string; name: string } | null {
  const t = tidyOfficialText(cellText(v));
  const m = /^(\S+)\s+(.*)$/.exec(t);
  if (!m) return null;
  const code = canonicalCatalogueCode(m[1] ?? "");
  const name = m[2] ?? "";
  return code === null || name === "" ? null : { code, name };
}

/** Placeholder bidang of the support program (`X.XX URUSAN PEMERINTAHAN BIDANG XX`): it stands for any. */
const PLACEHOLDER_BIDANG = /^X\.XX\s/i;

/**
 * The catalogues in a SIPD export sheet (throws when the sheet has no such header). Bidang, program and kegiatan
 * are taken from the first row that names them; a later row naming one otherwise is a warning. Urusan are not in
 * the export (give them from the lampiran).
 * @example sipdToCatalogues(grid, "SIPD 2027").catalogues.map((c) => c.pemda) // ["prov", "kabkota"]
 */
export function sipdToCatalogues(grid: Grid, version: string, fileName = grid.name ?? "Sheet1"): SipdImport {
  const header = sipdHeader(grid);
  const sheet = grid.name ?? "Sheet1";
  if (!header) throw new Error(`sheet "${sheet}" is not a SIPD export`);
  const { cols } = header;
  const byPemda = new Map<Pemda, { entries: CatalogueEntry[]; seen: Map<string, CatalogueEntry> }>();
  const rows: Record<Pemda, number> = { prov: 0, kabkota: 0 };
  const problems: string[] = [];
  const text = (cells: readonly CellValue[], c: number | undefined) => (c === undefined ? "" : tidyOfficialText(cellText(cells[c] ?? null)));
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (cells.every((v) => isBlank(v ?? null))) continue;
    const pemda = PEMDA[text(cells, cols.pemda).toUpperCase()];
    if (!pemda) {
      problems.push(`row ${r + 1}: JENIS PEMDA "${text(cells, cols.pemda)}" is neither PROV nor KABKOT`);
      continue;
    }
    rows[pemda]++;
    let set = byPemda.get(pemda);
    if (!set) byPemda.set(pemda, (set = { entries: [], seen: new Map() }));
    for (const level of LEVELS) {
      const c = cols[level];
      const raw = c === undefined ? null : (cells[c] ?? null);
      if (level === "bidang" && PLACEHOLDER_BIDANG.test(cellText(raw))) continue;
      const read = splitCodeName(raw);
      if (!read) {
        problems.push(`row ${r + 1}: ${COLUMNS[level]} "${cellText(raw)}" is not "code name"`);
        break;
      }
      const known = set.seen.get(read.code);
      if (known) {
        if (level === "sub") problems.push(`row ${r + 1}: sub kegiatan ${read.code} repeats; the first is kept`);
        else if (nameKey(known.name) !== nameKey(read.name)) problems.push(`row ${r + 1}: ${read.code} is named "${read.name}" here and "${known.name}" before; the first is kept`);
        continue;
      }
      const entry: CatalogueEntry = { code: read.code, level: catalogueLevel(read.code), name: read.name, source: `${fileName} row ${r + 1}` };
      if (level === "sub") {
        const performance = text(cells, cols.performance);
        const indicator = text(cells, cols.indicator);
        const unit = text(cells, cols.unit);
        if (performance) entry.performance = performance;
        if (indicator) entry.indicator = indicator;
        if (unit) entry.unit = unit;
        const previous = splitCodeName(cols.previous === undefined ? null : (cells[cols.previous] ?? null));
        if (previous) {
          entry.previousCode = previous.code;
          entry.previousName = previous.name;
        }
      }
      set.seen.set(read.code, entry);
      set.entries.push(entry);
    }
  }
  const catalogues: Catalogue[] = (["prov", "kabkota"] as const).flatMap((p) => {
    const set = byPemda.get(p);
    return set ? [{ version, pemda: p, entries: set.entries }] : [];
  });
  const warnings = problems.length > 0 ? [`${problems.length} row${problems.length > 1 ? "s" : ""} read with a problem:\n  ${problems.join("\n  ")}`] : [];
  return { sheet, catalogues, rows, warnings };
}
