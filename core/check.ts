// The core pipeline for one sheet: layout → rows → tree → rules → sheet report.
import type { Grid } from "./grid.js";
import { detectLayout } from "./layout/detect-layout.js";
import { notRenjaTable, skipReason } from "./layout/is-renja-table.js";
import type { Family, Finding, Layout, SourceDocument } from "./model.js";
import type { NomenclatureUse } from "./nomenclature/types.js";
import { resolveOptions, type CheckOptions } from "./options.js";
import { headerNotFound } from "./rules/header-not-found.js";
import { RULES } from "./rules/index.js";
import { summarize, type TableSummary } from "./calc/summary.js";
import { makeTable, type CheckedTable, type Rule } from "./table.js";
import { buildTree } from "./tree/build-tree.js";
import { classifyRows } from "./tree/classify-rows.js";
import { ROLE_DEFS } from "./layout/roles.js";

/** One understood column, as reports show it. */
export interface ColumnInfo {
  column: string;
  role: string;
  label: string;
  header: string;
  number?: number;
}

/** One element of `sheets` in the JSON report (domain §8), with fields added after the contract's. */
export interface SheetReport {
  name: string;
  family: Family;
  headerRows: number[];
  dataRows: number;
  issues: Finding[];
  summary: TableSummary;
  columns: ColumnInfo[];
  convention?: "id" | "en";
  formulas?: string[];
  /** Columns that hold numbers but whose header was not understood (domain §10): the user sees what was skipped. */
  unreadColumns?: UnreadColumnInfo[];
  /** The document a non-Renja table comes from (Renstra, DPA/RKA list), read as `family`. */
  document?: SourceDocument;
  /** The nomenclature version the sheet was checked against (absent without nomenclature rules). */
  nomenclature?: NomenclatureUse;
}

/** A column with numbers that got no role, as reports show it. */
export interface UnreadColumnInfo {
  column: string;
  header: string;
}

export interface SheetCheck {
  report: SheetReport;
  /** The checked table, for patch planning; null when no table was found. */
  table: CheckedTable | null;
  /** Why the sheet is not checked (no header, or not a Renja table: layout/is-renja-table.ts); absent when checked. */
  skipped?: string;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Checks one sheet.
 * @example checkGrid({ name: "Tabel 3.1", rows }).report.issues.filter((i) => i.rule === "total-mismatch")
 */
export function checkGrid(grid: Grid, input: Partial<CheckOptions> = {}, extraRules: Rule[] = []): SheetCheck {
  const options = resolveOptions(input);
  const name = grid.name ?? "Sheet1";
  const layout = detectLayout(grid);
  const notChecked = (skipped: string): SheetCheck => ({
    report: { name, family: "unknown", headerRows: [], dataRows: 0, issues: [headerNotFound(options.lang)], summary: { program: 0, kegiatan: 0, subKegiatan: 0 }, columns: [] },
    table: null,
    skipped,
  });
  if (!layout) return notChecked(skipReason("noHeader", options.lang));
  const rows = classifyRows(grid, layout);
  const money = layout.columns.filter((c) => ROLE_DEFS[c.role].measure === "money").map((c) => c.index);
  const tree = buildTree(rows, options.bidang, money);
  const notRenja = notRenjaTable(layout, tree, options.lang);
  if (notRenja !== null) return notChecked(notRenja);
  const table = makeTable(grid, layout, tree, options);
  const issues: Finding[] = [];
  // One push per finding: a spread of a rule's findings overflows the call stack past ~125,000 of them.
  for (const rule of [...Object.values(RULES), ...extraRules]) for (const f of rule.check(table)) issues.push(f);
  issues.sort((a, b) => a.row - b.row || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.column ?? "").localeCompare(b.column ?? ""));
  const nomenclature = extraRules.map((r) => r.notes?.(table).nomenclature).find((n) => n !== undefined);
  return {
    report: {
      name,
      family: layout.family,
      headerRows: layout.headerRows.map((r) => r + 1),
      dataRows: rows.filter((r) => r.kind !== "blank" && r.kind !== "repeated-header").length,
      issues,
      summary: summarize(table),
      columns: columnInfo(layout, options.lang),
      convention: layout.convention,
      formulas: layout.formulas.map((f) => f.text),
      unreadColumns: (layout.unread ?? []).map((u) => ({ column: u.letter, header: u.header })),
      ...(layout.document ? { document: layout.document } : {}),
      ...(nomenclature ? { nomenclature } : {}),
    },
    table,
  };
}

function columnInfo(layout: Layout, lang: "id" | "en"): ColumnInfo[] {
  return layout.columns.map((c) => {
    const info: ColumnInfo = { column: c.letter, role: c.role, label: ROLE_DEFS[c.role].label[lang], header: c.header };
    if (c.number !== undefined) info.number = c.number;
    return info;
  });
}
