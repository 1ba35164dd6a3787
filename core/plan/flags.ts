// Flags: the palette fill of each finding's cell (the whole row for row-level findings) and one note per flagged cell.
import { bandRank, samePredikat } from "../calc/predikat.js";
import { cellText, columnIndex, gridWidth, type Grid } from "../grid.js";
import type { Finding, Lang, Severity } from "../model.js";
import type { CheckedTable } from "../table.js";
import { EN_US_SYNTAX } from "./formula-syntax.js";
import { emptyPatch, type FillWrite, type Patch } from "./patch.js";

/** Excel's cell styles users know (domain §7): error = Bad, warning = Neutral; info gets no fill. */
export const FLAG_PALETTE: Record<Severity, { fill: string; font: string } | null> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: null,
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const WORDS: Record<Lang, { title: string; severity: Record<Severity, string>; before: string }> = {
  id: { title: "Pemeriksa Renja", severity: { error: "KESALAHAN", warning: "PERINGATAN", info: "INFO" }, before: "Catatan sebelumnya:" },
  en: { title: "Renja checker", severity: { error: "ERROR", warning: "WARNING", info: "INFO" }, before: "Earlier note:" },
};

export interface FlagOptions {
  lang?: Lang;
  /** Also colour predikat cells by band (the bands' `color`, dark green → red). */
  predikatColours?: boolean;
}

/**
 * Plans the fills and notes that flag `findings` on the checked table's sheet. Each changed cell keeps its
 * previous fill, font colour and note (from the grid's layers) so that `planClear` restores them exactly.
 * Several findings on one cell make one note listing them; a cell that had a note keeps it below ours.
 * @example
 * const { report, table } = checkGrid(grid);
 * const patch = planFlags(table!, report.issues, { lang: "id" });
 */
export function planFlags(table: CheckedTable, findings: readonly Finding[], options: FlagOptions = {}): Patch {
  const grid = table.grid;
  const lang = options.lang ?? table.options.lang;
  const patch = emptyPatch(grid.name ?? "Sheet1", EN_US_SYNTAX);
  const indexes = table.layout.columns.map((c) => c.index);
  const first = indexes.length > 0 ? Math.min(...indexes) : 0;
  const last = indexes.length > 0 ? Math.max(...indexes) : Math.max(0, gridWidth(grid) - 1);
  const severity = new Map<string, Severity>();
  const messages = new Map<string, Finding[]>();
  const mark = (row: number, col: number, s: Severity) => {
    const k = `${row}:${col}`;
    const was = severity.get(k);
    if (was === undefined || RANK[s] < RANK[was]) severity.set(k, s);
  };
  for (const f of findings) {
    if (f.rule === "header-not-found") continue;
    const row = f.row - 1;
    const col = f.column !== undefined ? columnIndex(f.column) : null;
    patch.flags.push({ rule: f.rule, severity: f.severity, row, col });
    if (col === null) for (let c = first; c <= last; c++) mark(row, c, f.severity);
    else mark(row, col, f.severity);
    const k = `${row}:${col ?? first}`;
    messages.set(k, [...(messages.get(k) ?? []), f]);
  }
  for (const [k, s] of severity) {
    const colours = FLAG_PALETTE[s];
    if (!colours) continue;
    const [row, col] = k.split(":").map(Number) as [number, number];
    patch.fills.push(fillWrite(grid, row, col, colours.fill, colours.font));
  }
  if (options.predikatColours) for (const fill of predikatFills(table, severity)) patch.fills.push(fill);
  for (const [k, list] of messages) {
    const [row, col] = k.split(":").map(Number) as [number, number];
    const previous = layer(grid.notes, row, col);
    patch.notes.push({ row, col, note: noteText(list, lang, previous), previous });
  }
  patch.fills.sort(byCell);
  patch.notes.sort(byCell);
  return patch;
}

function fillWrite(grid: Grid, row: number, col: number, fill: string | null, font: string | null): FillWrite {
  return { row, col, fill, font, previousFill: layer(grid.fills, row, col), previousFont: layer(grid.fontColors, row, col) };
}

function layer(l: Grid["fills"], row: number, col: number): string | null {
  return l?.[row]?.[col] ?? null;
}

/** Predikat cells coloured by their band, where no finding colours them already. */
function predikatFills(table: CheckedTable, flagged: Map<string, Severity>): FillWrite[] {
  const out: FillWrite[] = [];
  const bands = table.options.predikatBands;
  for (const pc of table.columnsOf("predikat")) {
    for (const row of table.tree.rows) {
      if (row.kind !== "node" || flagged.has(`${row.index}:${pc.index}`)) continue;
      const label = cellText(table.grid.rows[row.index]?.[pc.index] ?? null);
      const band = label === "" ? undefined : bands.find((b) => samePredikat(b.label, label));
      if (!band?.color) continue;
      // Dark bands (the best and the worst) read better with white text.
      const rank = bandRank(band, bands);
      const font = rank === 0 ? "#FFFFFF" : null;
      out.push(fillWrite(table.grid, row.index, pc.index, band.color, font));
    }
  }
  return out;
}

/**
 * The note of one cell: our findings, then the note the cell had.
 * @example noteText([finding], "en", null) // "Renja checker\n• ERROR total-mismatch: …"
 */
export function noteText(findings: readonly Finding[], lang: Lang, previous: string | null): string {
  const w = WORDS[lang];
  const lines = [w.title, ...findings.map((f) => `• ${w.severity[f.severity]} ${f.rule}: ${f.message}`)];
  if (previous !== null && previous !== "") lines.push("", w.before, previous);
  return lines.join("\n");
}

function byCell(a: { row: number; col: number }, b: { row: number; col: number }): number {
  return a.row - b.row || a.col - b.col;
}
