// The checked table handed to every rule: grid, layout, tree, options, and lookups rules share.
import { columnLetter, type Grid } from "./grid.js";
import type { Column, Finding, Layout, Node, RoleId, RuleId, Severity, Tree } from "./model.js";
import { ruleMessage, type MessageParams } from "./messages/rule-messages.js";
import type { NomenclatureUse } from "./nomenclature/types.js";
import type { CheckOptions } from "./options.js";
import { UNKNOWN_BIDANG } from "./tree/build-tree.js";
import type { Dec } from "./values/decimal.js";
import { formatMoney, formatNumber } from "./values/index.js";

export interface CheckedTable {
  grid: Grid;
  layout: Layout;
  tree: Tree;
  options: CheckOptions;
  /** Columns of a role, left to right. */
  columnsOf(role: RoleId): Column[];
  /** Label of a column for messages: its header text, or the role label. */
  columnLabel(col: Column): string;
  /** A finding with its message built in the options' language. */
  finding(rule: RuleId, severity: Severity, at: { row: number; col?: Column | number }, params: MessageParams, values?: FindingValues): Finding;
  money(d: Dec): string;
  number(d: Dec, decimals?: number): string;
  /** Expected and actual numbers as a finding shows them (money or plain numbers in the report's language) and language-free (`expectedValue`, `actualValue`). */
  amounts(expected: Dec, actual: Dec, measure?: "money" | "number"): FindingValues & { expected: string; actual: string };
}

/** Display values (`expected`, `actual`, in the report's language) and the same values language-free (`expectedValue`, `actualValue`: plain decimals, codes and units as they are). */
export interface FindingValues {
  expected?: string;
  actual?: string;
  expectedValue?: string;
  actualValue?: string;
}

/** One rule of domain §6: id = file name in core/rules. */
export interface Rule {
  id: RuleId;
  severity: Severity;
  check(table: CheckedTable): Finding[];
  /** What the rule adds to the sheet report besides findings: the nomenclature version it checked against. */
  notes?(table: CheckedTable): { nomenclature?: NomenclatureUse };
}

/**
 * Wraps layout and tree into the object rules read.
 * @example const table = makeTable(grid, layout, tree, resolveOptions());
 */
export function makeTable(grid: Grid, layout: Layout, tree: Tree, options: CheckOptions): CheckedTable {
  const byRole = new Map<RoleId, Column[]>();
  for (const c of layout.columns) byRole.set(c.role, [...(byRole.get(c.role) ?? []), c]);
  const lang = options.lang;
  return {
    grid,
    layout,
    tree,
    options,
    columnsOf: (role) => byRole.get(role) ?? [],
    columnLabel: (col) => headerLabel(col, grid),
    finding(rule, severity, at, params, values) {
      const f: Finding = { rule, severity, row: at.row + 1, message: ruleMessage(rule, lang, params) };
      if (at.col !== undefined) f.column = typeof at.col === "number" ? columnLetter(at.col) : at.col.letter;
      if (values?.expected !== undefined) f.expected = values.expected;
      if (values?.actual !== undefined) f.actual = values.actual;
      if (values?.expectedValue !== undefined) f.expectedValue = values.expectedValue;
      if (values?.actualValue !== undefined) f.actualValue = values.actualValue;
      return f;
    },
    money: (d) => formatMoney(d, lang),
    number: (d, decimals) => formatNumber(d, lang, decimals),
    amounts(expected, actual, measure = "money") {
      const show = measure === "money" ? (d: Dec) => formatMoney(d, lang) : (d: Dec) => formatNumber(d, lang);
      return { expected: show(expected), actual: show(actual), expectedValue: plainNumber(expected), actualValue: plainNumber(actual) };
    },
  };
}

/**
 * A number as the JSON's language-free values write it: plain decimal, `.` as the decimal mark, no grouping.
 * @example plainNumber(new Dec("-10000000")) // "-10000000"
 */
export function plainNumber(d: Dec): string {
  return d.toFixed();
}

function headerLabel(col: Column, grid: Grid): string {
  void grid;
  const parts = col.header.split(" > ").filter((s) => s !== "");
  const label = parts.slice(-2).join(" ");
  return `${col.letter} (${label.length > 60 ? `${label.slice(0, 57)}…` : label})`;
}

/** Display code of a node for messages: its code, or its name when it has none. */
export function nodeLabel(n: Node): string {
  if (n.code) return displayCode(n.code);
  const raw = n.row.kode?.raw;
  if (raw) return raw;
  const name = n.row.name;
  return name.length > 50 ? `"${name.slice(0, 47)}…"` : `"${name}"`;
}

/** A code as users wrote it: without the stand-in bidang of codes that came without one. */
export function displayCode(code: string): string {
  return code.startsWith(`${UNKNOWN_BIDANG}.`) ? code.slice(UNKNOWN_BIDANG.length + 1) : code;
}
