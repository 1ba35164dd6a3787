// Shared types of the checked table: column roles, rows, hierarchy nodes and findings.
import type { KodeLevel, KodeRead } from "./kode/types.js";
import type { Dec } from "./values/decimal.js";
import type { NumberConvention, ParsedNumber } from "./values/types.js";

export type Family = "rencana" | "perubahan" | "evaluasi" | "review-rkpd" | "kinerja-pelayanan" | "unknown";

export type Lang = "id" | "en";

/** What a column holds and how walkers treat it; the behaviour lives in ROLE_DEFS (layout/roles.ts). */
export type RoleId =
  | "no"
  | "kode"
  | "kode-part"
  | "name"
  | "indicator"
  | "lokasi"
  | "satuan"
  | "sumber-dana"
  | "catatan"
  | "target"
  | "target-before"
  | "target-after"
  | "target-renstra"
  | "target-forward"
  | "pagu-renstra"
  | "pagu"
  | "pagu-before"
  | "pagu-after"
  | "pagu-forward"
  | "change"
  | "change-plus"
  | "change-minus"
  | "realisasi-prev-k"
  | "realisasi-prev-rp"
  | "tw-k"
  | "tw-rp"
  | "realisasi-k"
  | "realisasi-rp"
  | "cumulative-k"
  | "cumulative-rp"
  | "capaian-k"
  | "capaian-rp"
  | "ratio"
  | "predikat"
  | "number";

export type Measure = "kode" | "text" | "money" | "quantity" | "percent" | "predikat";

/** One understood column of the table. */
export interface Column {
  index: number;
  letter: string;
  role: RoleId;
  /** Header text from top to bottom, merged labels carried across. */
  header: string;
  /** Number in the numbering row (`1`, `(2)`, `8 = (7/6)` → 8), when the table has one. */
  number?: number;
  /** Triwulan 1–4 for quarter columns. */
  quarter?: 1 | 2 | 3 | 4;
  /** Position of a split kode cell (0 = urusan … 4 = sub kegiatan). */
  part?: number;
  /** Percentage columns: true when the sheet writes the ratio ×100 (decided per column). */
  times100?: boolean;
}

/** A formula the numbering row declares, e.g. `10=(5+7+9)`. */
export interface WrittenFormula {
  target: number;
  text: string;
  expr: FormulaExpr;
}

export type FormulaExpr =
  | { op: "col"; n: number }
  | { op: "num"; value: number }
  | { op: "+" | "-" | "*" | "/"; left: FormulaExpr; right: FormulaExpr };

export interface Layout {
  family: Family;
  /** 0-based rows of the first header block (including the numbering row). */
  headerRows: number[];
  numberingRow: number | null;
  /** First data row, 0-based. */
  dataStart: number;
  columns: Column[];
  formulas: WrittenFormula[];
  /** Rows (0-based) that repeat the header after a page break. */
  repeatedHeaderRows: Set<number>;
  convention: NumberConvention;
  /** Title text above the header, joined. */
  title: string;
  /** Columns whose data cells hold numbers but whose header no role understood (shown to the user). */
  unread?: UnreadColumn[];
  /** The document the table comes from when it is not a Renja form, read as `family` (domain §10). */
  document?: SourceDocument;
}

/** A Renstra table (targets and funds per plan year) or a DPA/RKA list of sub kegiatan. */
export type SourceDocument = "renstra" | "dpa";

/** A column that holds numbers and got no role. */
export interface UnreadColumn {
  index: number;
  letter: string;
  header: string;
}

export type RowKind =
  | "node"
  | "heading"
  | "continuation"
  | "blank"
  | "repeated-header"
  | "total"
  | "average"
  | "predikat-footer"
  | "note-footer"
  /** A context row or page-break repeat of an earlier row with the same code and the same (or no) values. */
  | "repeat";

/** A data row after classification, with its parsed cells. */
export interface TableRow {
  /** 0-based grid row. */
  index: number;
  kind: RowKind;
  kode: KodeRead | null;
  level: KodeLevel | null;
  name: string;
  indicator: string;
  bold: boolean;
  /** Parsed numeric cells by column index (only numeric columns, only cells that hold something; a written "-" is kind "empty"). */
  cells: readonly (ParsedNumber | undefined)[];
}

/** A hierarchy node: a row with a level, its parent and children. */
export interface Node {
  row: TableRow;
  level: KodeLevel;
  /** The code the tree uses (written canonical, nearest canonical, or a stand-in). */
  code: string | null;
  parent: Node | null;
  children: Node[];
  /** Why the node hangs where it does, when its code disagrees. */
  placement: "code" | "orphan" | "position" | "out-of-place" | "stand-in";
}

export interface Tree {
  roots: Node[];
  nodes: Node[];
  rows: TableRow[];
  /** The sheet's bidang (e.g. `1.06`), from its codes. */
  bidang: string | null;
}

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "total-mismatch"
  | "grand-total-mismatch"
  | "delta-mismatch"
  | "quarter-sum-mismatch"
  | "formula-mismatch"
  | "ratio-mismatch"
  | "predikat-mismatch"
  | "over-budget"
  | "over-target"
  | "negative-value"
  | "not-a-number"
  | "kode-malformed"
  | "kode-duplicate"
  | "kode-orphan"
  | "kode-out-of-place"
  | "level-name-mismatch"
  | "missing-indicator"
  | "missing-target"
  | "missing-budget"
  | "unit-mismatch"
  | "empty-parent"
  | "nomenclature-unknown"
  | "nomenclature-name-mismatch"
  | "nomenclature-unit-mismatch"
  | "nomenclature-renamed"
  | "formula-broken"
  | "header-not-found";

/** One finding, as the report carries it (domain §6, §8). */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** 1-based sheet row. */
  row: number;
  /** Column letter; absent for row-level findings. */
  column?: string;
  message: string;
  expected?: string;
  actual?: string;
  /** `expected` written the same way whatever the language: plain decimals (`1100000000`, `57.14`), codes and units as they are. */
  expectedValue?: string;
  /** `actual` written the same way whatever the language. */
  actualValue?: string;
}

export type { Dec, KodeLevel };
