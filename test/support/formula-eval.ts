// A tiny evaluator for the formulas auto-total writes (cell refs, ranges, + - * /, comparisons, SUM, N, IF, MAX), for tests.
import { columnIndex } from "../../core/grid.js";

/** What a cell holds for the evaluator: a number, text, or nothing. */
export type EvalValue = number | string | boolean | null;

/** Reads a cell (0-based); a formula cell answers with its computed value. */
export type CellReader = (row: number, col: number) => EvalValue;

type Token = { t: "num"; v: number } | { t: "str"; v: string } | { t: "ref"; row: number; col: number } | { t: "range"; r1: number; c1: number; r2: number; c2: number } | { t: "name"; v: string } | { t: "op"; v: string };

const REF = /^\$?([A-Z]{1,3})\$?(\d+)/;

function tokenize(src: string, argSep: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      while (j < src.length) {
        if (src[j] === '"' && src[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (src[j] === '"') break;
        else s += src[j++];
      }
      out.push({ t: "str", v: s });
      i = j + 1;
      continue;
    }
    const rest = src.slice(i);
    const ref = REF.exec(rest);
    if (ref && !/^[A-Z]+\(/.test(rest)) {
      const row = Number(ref[2]) - 1;
      const col = columnIndex(ref[1] as string);
      i += ref[0].length;
      if (src[i] === ":") {
        const ref2 = REF.exec(src.slice(i + 1));
        if (!ref2) throw new Error(`bad range in ${src}`);
        i += 1 + ref2[0].length;
        out.push({ t: "range", r1: row, c1: col, r2: Number(ref2[2]) - 1, c2: columnIndex(ref2[1] as string) });
      } else out.push({ t: "ref", row, col });
      continue;
    }
    const name = /^[A-Z]+(?=\()/.exec(rest);
    if (name) {
      out.push({ t: "name", v: name[0] });
      i += name[0].length;
      continue;
    }
    const n = /^\d+(?:[.,]\d+)?/.exec(rest);
    if (n) {
      out.push({ t: "num", v: Number(n[0].replace(",", ".")) });
      i += n[0].length;
      continue;
    }
    const two = rest.slice(0, 2);
    if (two === "<>" || two === ">=" || two === "<=") {
      out.push({ t: "op", v: two });
      i += 2;
      continue;
    }
    if ("+-*/=<>()".includes(ch) || ch === argSep) {
      out.push({ t: "op", v: ch === argSep ? "," : ch });
      i++;
      continue;
    }
    throw new Error(`unexpected "${ch}" in ${src}`);
  }
  return out;
}

class FormulaError extends Error {}

/** `#VALUE!` as Excel would give it: text in arithmetic. */
function num(v: EvalValue): number {
  if (v === null || v === "") return v === "" ? fail() : 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return fail();
}

function fail(): never {
  throw new FormulaError("#VALUE!");
}

type Node =
  | { k: "val"; v: EvalValue }
  | { k: "ref"; row: number; col: number }
  | { k: "range"; r1: number; c1: number; r2: number; c2: number }
  | { k: "op"; op: string; l: Node; r: Node }
  | { k: "neg"; e: Node }
  | { k: "call"; name: string; args: Node[] };

function parse(formula: string, argSep: string): Node {
  const tokens = tokenize(formula.replace(/^=/, ""), argSep);
  let pos = 0;
  const peekOp = (...ops: string[]) => {
    const t = tokens[pos];
    return t?.t === "op" && ops.includes(t.v) ? t.v : null;
  };
  const expect = (v: string) => {
    if (!peekOp(v)) throw new Error(`expected ${v} in ${formula}`);
    pos++;
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let l = next();
    for (let o = peekOp(...ops); o; o = peekOp(...ops)) {
      pos++;
      l = { k: "op", op: o, l, r: next() };
    }
    return l;
  };
  const atom = (): Node => {
    if (peekOp("-")) {
      pos++;
      return { k: "neg", e: atom() };
    }
    const t = tokens[pos++];
    if (!t) throw new Error(`unexpected end of ${formula}`);
    if (t.t === "num" || t.t === "str") return { k: "val", v: t.v };
    if (t.t === "ref") return { k: "ref", row: t.row, col: t.col };
    if (t.t === "range") return { k: "range", r1: t.r1, c1: t.c1, r2: t.r2, c2: t.c2 };
    if (t.t === "op" && t.v === "(") {
      const e = comparison();
      expect(")");
      return e;
    }
    if (t.t === "name") {
      expect("(");
      const args: Node[] = [];
      if (!peekOp(")")) {
        args.push(comparison());
        while (peekOp(",")) {
          pos++;
          args.push(comparison());
        }
      }
      expect(")");
      return { k: "call", name: t.v, args };
    }
    throw new Error(`unexpected token in ${formula}`);
  };
  const multiplicative = binary(atom, ["*", "/"]);
  const additive = binary(multiplicative, ["+", "-"]);
  const comparison = binary(additive, ["=", "<>", ">", "<", ">=", "<="]);
  const tree = comparison();
  if (pos !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
  return tree;
}

/**
 * Evaluates one formula (with or without the leading `=`); `#VALUE!` when arithmetic meets text and `#DIV/0!`,
 * as a spreadsheet gives them; IF only evaluates the branch it takes.
 * @example evaluate("=SUM(A1:A3)+N(B1)", (r, c) => grid[r][c])
 */
export function evaluate(formula: string, read: CellReader, argSep: "," | ";" = ","): EvalValue {
  const tree = parse(formula, argSep);
  const scalar = (n: Node): EvalValue => {
    if (n.k === "range") return fail();
    return ev(n);
  };
  const ev = (n: Node): EvalValue => {
    switch (n.k) {
      case "val":
        return n.v;
      case "ref": {
        const v = read(n.row, n.col);
        if (typeof v === "string" && v.startsWith("#")) throw new FormulaError(v);
        return v;
      }
      case "range":
        return fail();
      case "neg":
        return -num(scalar(n.e));
      case "op": {
        if (["+", "-", "*", "/"].includes(n.op)) {
          const a = num(scalar(n.l));
          const b = num(scalar(n.r));
          if (n.op === "/" && b === 0) throw new FormulaError("#DIV/0!");
          return n.op === "+" ? a + b : n.op === "-" ? a - b : n.op === "*" ? a * b : a / b;
        }
        const a = scalar(n.l);
        const b = scalar(n.r);
        const l = typeof a === "number" || a === null ? num(a) : a;
        const r = typeof b === "number" || b === null ? num(b) : b;
        return n.op === "=" ? l === r : n.op === "<>" ? l !== r : n.op === ">" ? l > r : n.op === "<" ? l < r : n.op === ">=" ? l >= r : l <= r;
      }
      case "call":
        switch (n.name) {
          case "SUM": {
            let s = 0;
            for (const a of n.args) {
              const values: EvalValue[] = [];
              if (a.k === "range") for (let r = a.r1; r <= a.r2; r++) for (let c = a.c1; c <= a.c2; c++) values.push(read(r, c));
              else values.push(ev(a));
              // SUM skips text, as spreadsheets do (and so counts numbers stored as text as 0).
              for (const v of values) if (typeof v === "number") s += v;
            }
            return s;
          }
          case "N": {
            const v = scalar(n.args[0] ?? { k: "val", v: null });
            return typeof v === "number" ? v : 0;
          }
          case "MAX":
            return Math.max(...n.args.map((a) => num(scalar(a))));
          case "IF": {
            const c = scalar(n.args[0] ?? { k: "val", v: false });
            const branch = c === true || (typeof c === "number" && c !== 0) ? n.args[1] : n.args[2];
            return branch ? scalar(branch) : false;
          }
          default:
            throw new Error(`function ${n.name} is not known to the test evaluator`);
        }
    }
  };
  try {
    return ev(tree);
  } catch (e) {
    if (e instanceof FormulaError) return e.message;
    throw e;
  }
}

/**
 * A reader over rows of values and a formula layer that computes formula cells on demand (memoised).
 * @example const read = gridReader(grid.rows, formulas); read(11, 17)
 */
export function gridReader(rows: readonly (readonly EvalValue[])[], formulas: (row: number, col: number) => string | null, argSep: "," | ";" = ","): CellReader {
  const memo = new Map<string, EvalValue>();
  const read: CellReader = (row, col) => {
    const f = formulas(row, col);
    if (f === null) {
      const v = rows[row]?.[col];
      return v === undefined ? null : v;
    }
    const k = `${row}:${col}`;
    if (memo.has(k)) return memo.get(k) as EvalValue;
    const v = evaluate(f, read, argSep);
    memo.set(k, v);
    return v;
  };
  return read;
}
