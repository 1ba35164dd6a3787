// The sheet as auto-total sees it while planning: each cell's class and number, with the writes planned so far.
import { eqNum, isZeroNum, numOf, ratioAgrees, toDec, type Num } from "../calc/num.js";
import { isBlank, type CellValue } from "../grid.js";
import type { TableRow } from "../model.js";
import type { CheckedTable } from "../table.js";
import type { ParsedNumber } from "../values/types.js";
import { sameFormula, renderFormula, type Fx, type FormulaSyntax } from "./formula-syntax.js";
import { emptyPatch, type CellWrite, type Patch, type SkippedCell, type WritePurpose } from "./patch.js";

/**
 * What a cell holds, as a formula sees it:
 * - `number`: a number, or a formula that gives one;
 * - `empty`: nothing (a formula counts it as 0);
 * - `dash`: text that the checker reads as zero or nothing (`-`, blanks): `SUM` skips it, `+` fails on it (`N()` wraps it);
 * - `text-number`: a plain number stored as text (`1.250.000`), which `SUM` counts as 0;
 * - `text`: other text (`36 Dokumen`, `57,56%`, `Cepat Berkembang`): no formula can use it;
 * - `unreadable`: not a number (`#REF!`, `418.441,900,00`, TRUE).
 */
export type CellClass = "number" | "empty" | "dash" | "text-number" | "text" | "unreadable";

export interface CellState {
  cls: CellClass;
  /** The number the checker reads there, null for none. */
  value: Num | null;
}

/** One input of a formula being built. */
export interface Operand {
  fx: Fx;
  value: Num | null;
}

/** A number stored as text that a formula reads. */
export interface TextNumberCell {
  row: number;
  col: number;
  value: Num;
}

/** What a planner wants in one cell. */
export interface Wanted {
  purpose: WritePurpose;
  /** The formula; absent for value-only writes (predikat). */
  fx?: Fx;
  /** The value to write when there is no formula, or when one of its inputs is a number stored as text. */
  value: number | string | null;
  /** The number the checker will read back from the cell (percent units for a %-formatted ratio). */
  read: Num | null;
  /** What the formula computes now (`""` for a guarded division by zero). */
  result: number | string | null;
  /** Inputs that are numbers stored as text: converted when asked for, else `value` is written instead of the formula. */
  textCells: readonly TextNumberCell[];
  /** The formula may give empty text (a guarded division): `+` needs `N()` around it. */
  maybeBlank?: boolean;
  /** A computed percentage: a stated value that agrees under the rounding rule (domain §5) needs no value write. */
  rounded?: boolean;
  numberFormat?: string;
}

export interface PlanStateOptions {
  force: boolean;
  convertTextNumbers: boolean;
  syntax: FormulaSyntax;
}

/** Excel's limit is 8,192 characters; longer sums are written as values. */
const MAX_FORMULA_LENGTH = 8000;

/** Per row, per column: a sparse 2-D layer (numeric Map keys past 2^30 would be slow heap numbers). */
type Layer<T> = (T | undefined)[][];

function getAt<T>(layer: Layer<T>, row: number, col: number): T | undefined {
  return layer[row]?.[col];
}

function setAt<T>(layer: Layer<T>, row: number, col: number, v: T): void {
  (layer[row] ??= [])[col] = v;
}

/**
 * Planning state of one sheet; `patch` collects the writes.
 * @example
 * const state = new PlanState(table, { force: false, convertTextNumbers: false, syntax: EN_US_SYNTAX });
 * state.want(11, 17, { purpose: "total", fx, value: 1_100_000_000, read, result: 1_100_000_000, textCells: [] });
 * state.finish().writes;
 */
export class PlanState {
  readonly patch: Patch;
  private readonly rowsByIndex = new Map<number, TableRow>();
  private readonly planned: Layer<CellState> = [];
  /** Numbers stored as text read by planned cells, with whether they are to be converted. */
  private readonly textNumbers: Layer<{ cell: TextNumberCell; convert: boolean }> = [];
  private readonly textNumberList: { cell: TextNumberCell; convert: boolean }[] = [];

  constructor(
    readonly table: CheckedTable,
    readonly options: PlanStateOptions,
  ) {
    this.patch = emptyPatch(table.grid.name ?? "Sheet1", options.syntax);
    for (const r of table.tree.rows) this.rowsByIndex.set(r.index, r);
  }

  row(index: number): TableRow | undefined {
    return this.rowsByIndex.get(index);
  }

  raw(row: number, col: number): CellValue {
    const v = this.table.grid.rows[row]?.[col];
    return v === undefined ? null : v;
  }

  formulaIn(row: number, col: number): string | null {
    return this.table.grid.formulas?.[row]?.[col] ?? null;
  }

  private parsed(row: number, col: number): ParsedNumber | undefined {
    return this.rowsByIndex.get(row)?.cells[col];
  }

  /** The cell as formulas will see it after the writes planned so far. */
  cell(row: number, col: number): CellState {
    const p = getAt(this.planned, row, col);
    if (p) return p;
    return this.current(row, col);
  }

  /** The cell as it is now. */
  current(row: number, col: number): CellState {
    const raw = this.raw(row, col);
    const parsed = this.parsed(row, col);
    const value = numOf(parsed);
    if (this.formulaIn(row, col) !== null) {
      if (raw === null || typeof raw === "number") return { cls: "number", value };
      return { cls: typeof raw === "string" && (isBlank(raw) || parsed?.kind === "empty") ? "dash" : "text", value };
    }
    if (raw === null || raw === "") return { cls: "empty", value: null };
    if (typeof raw === "number") return { cls: parsed?.kind === "invalid" ? "unreadable" : "number", value };
    if (typeof raw === "boolean") return { cls: "unreadable", value: null };
    if (isBlank(raw) || parsed?.kind === "empty") return { cls: "dash", value: null };
    if (!parsed) return { cls: "text", value: null };
    if (parsed.kind === "number") return { cls: parsed.unit === null && !parsed.percent ? "text-number" : "text", value };
    return { cls: parsed.kind === "invalid" ? "unreadable" : "text", value: null };
  }

  /**
   * The cell as an input of a formula: `fx` is its reference (wrapped in `N()` by `wrapDash` for `+` and `-`),
   * `text` is set when it is a number stored as text (a formula would read it as 0). `bad` when no formula can use it.
   */
  operand(row: number, col: number, a1: Fx, wrapDash: (fx: Fx) => Fx): { op: Operand; text: TextNumberCell | null } | { bad: "text" | "unreadable" } {
    const c = this.cell(row, col);
    switch (c.cls) {
      case "number":
      case "empty":
        return { op: { fx: a1, value: c.value }, text: null };
      case "dash":
        return { op: { fx: wrapDash(a1), value: null }, text: null };
      case "text-number":
        return { op: { fx: a1, value: c.value }, text: c.value === null ? null : { row, col, value: c.value } };
      default:
        return { bad: c.cls };
    }
  }

  /** Records the numbers stored as text a planned cell reads; true when they stay text (no conversion asked for). */
  private noteTextNumbers(cells: readonly TextNumberCell[]): boolean {
    for (const t of cells) {
      let entry = getAt(this.textNumbers, t.row, t.col);
      if (!entry) {
        entry = { cell: t, convert: false };
        setAt(this.textNumbers, t.row, t.col, entry);
        this.textNumberList.push(entry);
        this.patch.numbersAsText.push({ row: t.row, col: t.col });
      }
      if (this.options.convertTextNumbers) entry.convert = true;
    }
    return cells.length > 0 && !this.options.convertTextNumbers;
  }

  skip(row: number, col: number, purpose: WritePurpose, reason: SkippedCell["reason"]): void {
    this.patch.skipped.push({ row, col, purpose, reason });
  }

  /**
   * Plans one cell: nothing when it already holds this formula or value, a held write when it would replace
   * a typed value without `force`, a write otherwise.
   */
  want(row: number, col: number, w: Wanted): void {
    const existing = this.formulaIn(row, col);
    const raw = this.raw(row, col);
    const textInputs = this.noteTextNumbers(w.textCells);
    let formula = w.fx && !textInputs ? renderFormula(w.fx, this.options.syntax) : undefined;
    let valueBecause: CellWrite["valueBecause"];
    if (w.fx && textInputs) valueBecause = "numbers-as-text";
    if (formula !== undefined && formula.length > MAX_FORMULA_LENGTH) {
      formula = undefined;
      valueBecause = "too-long";
    }
    const after: CellState = { cls: afterClass(formula !== undefined, w), value: w.read };
    if (formula !== undefined && existing !== null && sameFormula(existing, formula)) {
      setAt(this.planned, row, col, after);
      return;
    }
    if (formula === undefined) {
      if (w.value === null) return;
      if (existing === null && this.holdsValue(row, col, w)) return;
    }
    const typed = existing !== null || !isBlank(raw);
    const write: CellWrite = { row, col, purpose: w.purpose, replaces: typed ? (existing ?? raw) : null };
    if (formula !== undefined) {
      write.formula = formula;
      write.result = w.result;
    } else write.value = w.value;
    if (valueBecause) write.valueBecause = valueBecause;
    if (w.numberFormat && this.needsFormat(row, col)) write.numberFormat = w.numberFormat;
    if (typed) this.patch.replacedTypedValues++;
    if (typed && !this.options.force) {
      this.patch.held.push(write);
      return;
    }
    this.patch.writes.push(write);
    setAt(this.planned, row, col, after);
  }

  /** The cell already says this value as the checker reads it (a `-` says zero), so a value write would change nothing. */
  private holdsValue(row: number, col: number, w: Wanted): boolean {
    const raw = this.raw(row, col);
    if (typeof w.value === "string") return typeof raw === "string" && sameText(raw, w.value);
    const now = this.current(row, col);
    if (w.read === null) return now.value === null;
    if (now.cls === "dash") return isZeroNum(w.read);
    if (now.value === null) return false;
    if (eqNum(now.value, w.read)) return true;
    const p = this.parsed(row, col);
    return w.rounded === true && p?.kind === "number" && ratioAgrees(now.value, p.decimals, w.read, ONE, 1);
  }

  /** The cell holds a percentage typed as text (`57,56%`). */
  isPercentText(row: number, col: number): boolean {
    const p = this.parsed(row, col);
    return typeof this.raw(row, col) === "string" && p?.kind === "number" && p.percent;
  }

  /** A number written where text or nothing stood, in a cell without a number format, needs one to read well. */
  private needsFormat(row: number, col: number): boolean {
    const fmt = this.table.grid.numberFormats?.[row]?.[col] ?? null;
    return (fmt === null || fmt === "General") && typeof this.raw(row, col) !== "number";
  }

  /** Conversion writes for the numbers stored as text that planned formulas read (when asked for). */
  finish(): Patch {
    for (const { cell: t, convert } of this.textNumberList) {
      if (!convert || getAt(this.planned, t.row, t.col)) continue;
      const d = toDec(t.value);
      const write: CellWrite = { row: t.row, col: t.col, purpose: "convert-text-number", value: d.toNumber(), replaces: this.raw(t.row, t.col) };
      if (this.needsFormat(t.row, t.col)) write.numberFormat = d.decimalPlaces() > 0 ? "#,##0.00" : "#,##0";
      this.patch.writes.push(write);
    }
    this.patch.writes.sort((a, b) => a.row - b.row || a.col - b.col);
    this.patch.held.sort((a, b) => a.row - b.row || a.col - b.col);
    return this.patch;
  }
}

const ONE: Num = { coef: 1, decimals: 0 };

/** What a planned cell holds for the formulas that read it. */
function afterClass(isFormula: boolean, w: Wanted): CellClass {
  if (isFormula) return w.maybeBlank ? "dash" : "number";
  if (typeof w.value === "string") return "text";
  return w.value === null ? "empty" : "number";
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
