// Computed columns of each row: the numbering row's formulas, changes, quarter totals and ratios, as cell formulas.
import { changeColumns } from "../calc/change.js";
import { addNum, cmpNum, isZeroNum, subNum, toDec, type Num } from "../calc/num.js";
import { inQuarterOrder, isLevelIndicator } from "../calc/quarters.js";
import { ratioPairs } from "../calc/ratio-pairs.js";
import { columnsByNumber } from "../calc/written-formula.js";
import { ROLE_DEFS } from "../layout/roles.js";
import { formulaColumns, hasTimes100, isRatioFormula } from "../layout/written-formula.js";
import type { Column, FormulaExpr, TableRow } from "../model.js";
import { Money } from "../values/decimal.js";
import { a1 } from "./cell-refs.js";
import { call, num, op, plus, ref, unlessZero, type Fx } from "./formula-syntax.js";
import type { WritePurpose } from "./patch.js";
import type { PlanState, TextNumberCell } from "./plan-state.js";

/** One computed column: what it reads, and how a row's cell is planned. */
export interface RowColumn {
  col: Column;
  purpose: WritePurpose;
  /** Columns the formula reads (planned first). */
  deps: number[];
  /** TOTAL rows get the formula too (changes; a TOTAL row's money columns are the sum of the top-level rows instead). */
  onTotals: boolean;
  plan(state: PlanState, row: TableRow, emptyTotals: boolean): void;
}

/** A formula being built for one row: its tree, its exact value, and what its inputs were. */
interface Built {
  fx: Fx;
  value: Num;
}

const ZERO: Num = { coef: 0, decimals: 0 };

/** x × 10^k, exact (k = 2 or −2 here): scaled integers stay scaled. */
function shift(x: Num, k: number): Num {
  if ("coef" in x && typeof x.coef === "number") {
    if (k < 0) return { coef: x.coef, decimals: x.decimals - k };
    if (x.decimals >= k) return { coef: x.coef, decimals: x.decimals - k };
    const c = x.coef * 10 ** (k - x.decimals);
    if (Number.isSafeInteger(c)) return { coef: c, decimals: 0 };
  }
  return toDec(x).times(new Money(10).pow(k));
}

/** The double a spreadsheet stores for an exact number (correctly rounded). */
function toNumber(x: Num): number {
  if ("coef" in x && typeof x.coef === "number") return x.decimals === 0 ? x.coef : Number(`${x.coef}e-${x.decimals}`);
  return toDec(x).toNumber();
}

interface Inputs {
  textCells: TextNumberCell[];
  anyValue: boolean;
  /** Denominators, each guarded with `IF(d=0,"",…)`. */
  guards: Fx[];
  divByZero: boolean;
}

const N = (fx: Fx): Fx => call("N", fx);

const positive = (x: Num): Num => (cmpNum(x, ZERO) > 0 ? x : ZERO);

/** Reads one cell as a formula input; null (and a skip) when the cell holds text or garbage. */
function input(state: PlanState, row: TableRow, col: number, target: Column, purpose: WritePurpose, into: Inputs): Built | null {
  const o = state.operand(row.index, col, ref(a1(row.index, col)), N);
  if ("bad" in o) {
    state.skip(row.index, target.index, purpose, o.bad);
    return null;
  }
  if (o.text) into.textCells.push(o.text);
  if (o.op.value !== null) into.anyValue = true;
  return { fx: o.op.fx, value: o.op.value ?? ZERO };
}

/** The checker reads a %-formatted cell ×100: the number written there is the percentage ÷ 100. */
function percentFormatted(state: PlanState, row: number, col: number): boolean {
  return /%/.test(state.table.grid.numberFormats?.[row]?.[col] ?? "");
}

/**
 * Writes a computed value: scaled for the cell (×100 convention; a %-formatted cell, or one that held `57,56%` as
 * text, gets the fraction and a % format), guarded against division by zero.
 */
function writeComputed(state: PlanState, row: TableRow, target: Column, purpose: WritePurpose, built: Built, inputs: Inputs, factor: number): void {
  const pctText = factor === 100 && state.isPercentText(row.index, target.index);
  const pct = pctText || percentFormatted(state, row.index, target.index);
  const scale = pct ? factor / 100 : factor;
  let fx = built.fx;
  if (scale === 100) fx = op("*", fx, num(100));
  else if (scale === 0.01) fx = op("/", fx, num(100));
  for (const d of [...inputs.guards].reverse()) fx = unlessZero(d, fx);
  const guarded = inputs.guards.length > 0;
  const rounded = guarded || factor === 100;
  const numberFormat = pctText ? "0.00%" : ROLE_DEFS[target.role].measure === "money" ? "#,##0" : undefined;
  if (inputs.divByZero) {
    state.want(row.index, target.index, { purpose, fx, value: null, read: null, result: "", textCells: inputs.textCells, maybeBlank: true });
    return;
  }
  const read = factor === 100 ? shift(built.value, 2) : built.value;
  const value = toNumber(pct ? shift(read, -2) : read);
  state.want(row.index, target.index, { purpose, fx, value, read, result: value, textCells: inputs.textCells, maybeBlank: guarded, rounded, ...(numberFormat ? { numberFormat } : {}) });
}

/** A numbering-row formula (`10=(5+7+9)`, `8 = (7/6)`) as cell references, with column numbers resolved. */
function compile(e: FormulaExpr, state: PlanState, row: TableRow, byNumber: Map<number, Column>, target: Column, into: Inputs): Built | null {
  switch (e.op) {
    case "num":
      return { fx: num(e.value), value: Number.isSafeInteger(e.value) ? { coef: e.value, decimals: 0 } : new Money(e.value) };
    case "col": {
      const col = byNumber.get(e.n);
      return col ? input(state, row, col.index, target, "written-formula", into) : null;
    }
    default: {
      const l = compile(e.left, state, row, byNumber, target, into);
      if (!l) return null;
      const r = compile(e.right, state, row, byNumber, target, into);
      if (!r) return null;
      const fx = op(e.op, l.fx, r.fx);
      if (e.op === "+") return { fx, value: addNum(l.value, r.value) };
      if (e.op === "-") return { fx, value: subNum(l.value, r.value) };
      if (e.op === "*") return { fx, value: toDec(l.value).times(toDec(r.value)) };
      into.guards.push(r.fx);
      if (isZeroNum(r.value)) {
        into.divByZero = true;
        return { fx, value: ZERO };
      }
      return { fx, value: toDec(l.value).div(toDec(r.value)) };
    }
  }
}

function writtenFormulaColumns(state: PlanState): RowColumn[] {
  const t = state.table;
  const byNumber = columnsByNumber(t.layout.columns);
  const out: RowColumn[] = [];
  for (const f of t.layout.formulas) {
    const target = byNumber.get(f.target);
    const refs = formulaColumns(f.expr).map((n) => byNumber.get(n));
    if (!target || refs.some((c) => c === undefined)) continue;
    const ratio = isRatioFormula(f.expr) && !hasTimes100(f.expr);
    out.push({
      col: target,
      purpose: "written-formula",
      deps: refs.map((c) => (c as Column).index),
      onTotals: false,
      plan(s, row, emptyTotals) {
        const inputs: Inputs = { textCells: [], anyValue: false, guards: [], divByZero: false };
        const built = compile(f.expr, s, row, byNumber, target, inputs);
        if (!built || (!inputs.anyValue && !emptyTotals)) return;
        writeComputed(s, row, target, "written-formula", built, inputs, ratio && target.times100 !== false ? 100 : 1);
      },
    });
  }
  return out;
}

function changeRowColumns(state: PlanState): RowColumn[] {
  const cols = changeColumns(state.table);
  if (!cols) return [];
  const { before, after } = cols;
  const deps = [before.index, after.index];
  // With both columns, each is positive: bertambah = MAX(after-before,0), berkurang = MAX(before-after,0).
  // MAX needs an argument separator: the formula is rendered for the host (formula-syntax.ts).
  const pair = cols.plus !== undefined && cols.minus !== undefined;
  const make = (col: Column, sign: 1 | -1 | 0): RowColumn => ({
    col,
    purpose: "change",
    deps,
    onTotals: true,
    plan(s, row, emptyTotals) {
      const inputs: Inputs = { textCells: [], anyValue: false, guards: [], divByZero: false };
      const b = input(s, row, before.index, col, "change", inputs);
      const a = b && input(s, row, after.index, col, "change", inputs);
      if (!b || !a || (!inputs.anyValue && !emptyTotals)) return;
      const built: Built =
        sign === 0
          ? { fx: op("-", a.fx, b.fx), value: subNum(a.value, b.value) }
          : sign === 1
            ? { fx: call("MAX", op("-", a.fx, b.fx), num(0)), value: positive(subNum(a.value, b.value)) }
            : { fx: call("MAX", op("-", b.fx, a.fx), num(0)), value: positive(subNum(b.value, a.value)) };
      writeComputed(s, row, col, "change", built, inputs, 1);
    },
  });
  if (pair) return [make(cols.plus as Column, 1), make(cols.minus as Column, -1)];
  const signed = cols.signed ?? cols.plus ?? cols.minus;
  return signed ? [make(signed, 0)] : [];
}

const QUARTER_PAIRS = [
  { total: "realisasi-k", quarter: "tw-k", money: false },
  { total: "realisasi-rp", quarter: "tw-rp", money: true },
] as const;

function quarterRowColumns(state: PlanState): RowColumn[] {
  const t = state.table;
  const out: RowColumn[] = [];
  for (const pair of QUARTER_PAIRS) {
    const total = t.columnsOf(pair.total)[0];
    const quarters = inQuarterOrder(t.columnsOf(pair.quarter));
    if (!total || quarters.length < 2) continue;
    out.push({
      col: total,
      purpose: "quarter-total",
      deps: quarters.map((q) => q.index),
      onTotals: false,
      plan(s, row, emptyTotals) {
        const inputs: Inputs = { textCells: [], anyValue: false, guards: [], divByZero: false };
        const built: Built[] = [];
        for (const q of quarters) {
          const b = input(s, row, q.index, total, "quarter-total", inputs);
          if (!b) return;
          built.push(b);
        }
        if (!inputs.anyValue && !emptyTotals) return;
        const unit = unitOf(row, [total, ...quarters]);
        if (!pair.money && isLevelIndicator(row.indicator, unit)) {
          // A percentage or level indicator: the total is the last quarter reported (domain §5), as it stands now.
          const i = lastReported(s, row, quarters);
          const last = i === null ? undefined : built[i];
          if (!last) return;
          writeComputed(s, row, total, "quarter-total", last, inputs, 1);
          return;
        }
        writeComputed(s, row, total, "quarter-total", { fx: plus(built.map((b) => b.fx)), value: built.reduce<Num>((acc, b) => addNum(acc, b.value), ZERO) }, inputs, 1);
      },
    });
  }
  return out;
}

function unitOf(row: TableRow, cols: Column[]): string | null {
  for (const c of cols) {
    const p = row.cells[c.index];
    if (p?.kind === "number" && p.unit) return p.unit;
  }
  return null;
}

function lastReported(s: PlanState, row: TableRow, quarters: Column[]): number | null {
  for (let i = quarters.length - 1; i >= 0; i--) if (s.cell(row.index, (quarters[i] as Column).index).value !== null) return i;
  return null;
}

function ratioRowColumns(state: PlanState): RowColumn[] {
  const out: RowColumn[] = [];
  for (const pair of ratioPairs(state.table)) {
    if (pair.source !== "header") continue;
    const { ratio, realisation, target } = pair;
    out.push({
      col: ratio,
      purpose: "ratio",
      deps: [realisation.index, target.index],
      onTotals: false,
      plan(s, row, emptyTotals) {
        const inputs: Inputs = { textCells: [], anyValue: false, guards: [], divByZero: false };
        const n = input(s, row, realisation.index, ratio, "ratio", inputs);
        const d = n && input(s, row, target.index, ratio, "ratio", inputs);
        if (!n || !d || (!inputs.anyValue && !emptyTotals)) return;
        inputs.guards.push(d.fx);
        inputs.divByZero = isZeroNum(d.value);
        const built: Built = { fx: op("/", n.fx, d.fx), value: inputs.divByZero ? ZERO : toDec(n.value).div(toDec(d.value)) };
        writeComputed(s, row, ratio, "ratio", built, inputs, ratio.times100 === false ? 1 : 100);
      },
    });
  }
  return out;
}

/**
 * Every computed column of the table, in an order where a column comes after the columns it reads. Where two
 * sources claim one column, the table's own numbering-row formula wins, then changes, quarter totals, ratios.
 * @example rowColumns(state).map((c) => c.col.letter) // ["S", "T", "U", "V"]
 */
export function rowColumns(state: PlanState): RowColumn[] {
  const claimed = new Map<number, RowColumn>();
  for (const rc of [...writtenFormulaColumns(state), ...changeRowColumns(state), ...quarterRowColumns(state), ...ratioRowColumns(state)]) {
    if (!claimed.has(rc.col.index)) claimed.set(rc.col.index, rc);
  }
  // Kahn's order over the claimed columns; a cycle (a sheet whose formulas refer to each other) is left out.
  const out: RowColumn[] = [];
  const done = new Set<number>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const [index, rc] of claimed) {
      if (done.has(index) || rc.deps.some((d) => d !== index && claimed.has(d) && !done.has(d))) continue;
      out.push(rc);
      done.add(index);
      progress = true;
    }
  }
  return out;
}
