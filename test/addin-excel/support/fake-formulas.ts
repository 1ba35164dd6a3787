// A small formula evaluator for the scripted Excel host: the formulas auto-total writes (SUM, MAX, IF, N, + - * /, =)
// and what users type in Renja sheets, enough for the pane to check a sheet again after writing formulas.
import { columnIndex } from "../../../core/grid.js";

export type FxValue = number | string | boolean | null;

type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; row: number; col: number }
  | { t: "range"; top: number; left: number; bottom: number; right: number }
  | { t: "call"; name: string; args: Node[] }
  | { t: "neg"; x: Node }
  | { t: "bin"; op: string; l: Node; r: Node };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|([A-Z][A-Z0-9.]*)\(|(<>|>=|<=|[-+*/=<>(),%]))/iy;

function cell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad ref ${ref}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1] as string) };
}

/** Parses a formula (with or without the leading `=`); throws on anything it does not know. */
export function parseFormula(text: string): Node {
  const src = text.replace(/^=/, "").trimEnd();
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`cannot read formula ${text} at ${pos}`);
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push(`#${m[1]}`);
    else if (m[2] !== undefined) tokens.push(m[2]);
    else if (m[3] !== undefined) tokens.push(`@${m[3].toUpperCase()}`);
    else if (m[4] !== undefined) tokens.push(`${m[4].toUpperCase()}(`);
    else if (m[5] !== undefined) tokens.push(m[5]);
  }
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const expect = (t: string) => {
    if (next() !== t) throw new Error(`expected ${t} in ${text}`);
  };
  const primary = (): Node => {
    const t = next();
    if (t === undefined) throw new Error(`unexpected end of ${text}`);
    if (t === "-") return { t: "neg", x: primary() };
    if (t === "+") return primary();
    if (t === "(") {
      const e = comparison();
      expect(")");
      return e;
    }
    if (t.startsWith("#")) return { t: "num", v: Number(t.slice(1)) };
    if (t.startsWith('"')) return { t: "str", v: t.slice(1, -1).replace(/""/g, '"') };
    if (t.startsWith("@")) {
      const [a, b] = t.slice(1).split(":");
      const ca = cell(a as string);
      if (b === undefined) return { t: "ref", ...ca };
      const cb = cell(b);
      return { t: "range", top: Math.min(ca.row, cb.row), left: Math.min(ca.col, cb.col), bottom: Math.max(ca.row, cb.row), right: Math.max(ca.col, cb.col) };
    }
    if (t.endsWith("(")) {
      const args: Node[] = [];
      if (peek() !== ")") {
        args.push(comparison());
        while (peek() === ",") {
          next();
          args.push(comparison());
        }
      }
      expect(")");
      return { t: "call", name: t.slice(0, -1), args };
    }
    throw new Error(`unexpected ${t} in ${text}`);
  };
  const postfix = (): Node => {
    let x = primary();
    while (peek() === "%") {
      next();
      x = { t: "bin", op: "/", l: x, r: { t: "num", v: 100 } };
    }
    return x;
  };
  const mul = (): Node => {
    let l = postfix();
    while (peek() === "*" || peek() === "/") l = { t: "bin", op: next() as string, l, r: postfix() };
    return l;
  };
  const add = (): Node => {
    let l = mul();
    while (peek() === "+" || peek() === "-") l = { t: "bin", op: next() as string, l, r: mul() };
    return l;
  };
  const comparison = (): Node => {
    let l = add();
    while (["=", "<>", ">", "<", ">=", "<="].includes(peek() ?? "")) l = { t: "bin", op: next() as string, l, r: add() };
    return l;
  };
  const e = comparison();
  if (i !== tokens.length) throw new Error(`trailing tokens in ${text}`);
  return e;
}

const isError = (v: FxValue): boolean => typeof v === "string" && v.startsWith("#") && v.endsWith("!");

function num(v: FxValue): number | string {
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isError(v)) return v;
  const n = Number(v);
  return Number.isFinite(n) && v.trim() !== "" ? n : "#VALUE!";
}

/**
 * Evaluates a parsed formula; `get` gives a cell's value (evaluating its own formula when it has one).
 * @example evaluate(parseFormula("=SUM(A1:A3)"), (r) => r + 1) // 6
 */
export function evaluate(node: Node, get: (row: number, col: number) => FxValue): FxValue {
  const ev = (n: Node): FxValue => {
    switch (n.t) {
      case "num":
        return n.v;
      case "str":
        return n.v;
      case "ref":
        return get(n.row, n.col);
      case "range":
        return "#VALUE!";
      case "neg": {
        const x = num(ev(n.x));
        return typeof x === "string" ? x : -x;
      }
      case "bin": {
        const a = ev(n.l);
        const b = ev(n.r);
        if (["=", "<>", ">", "<", ">=", "<="].includes(n.op)) {
          const x = typeof a === "string" && typeof b === "string" ? a.toLowerCase() : num(a);
          const y = typeof a === "string" && typeof b === "string" ? b.toLowerCase() : num(b);
          switch (n.op) {
            case "=":
              return x === y;
            case "<>":
              return x !== y;
            case ">":
              return x > y;
            case "<":
              return x < y;
            case ">=":
              return x >= y;
            default:
              return x <= y;
          }
        }
        const x = num(a);
        const y = num(b);
        if (typeof x === "string") return x;
        if (typeof y === "string") return y;
        if (n.op === "+") return x + y;
        if (n.op === "-") return x - y;
        if (n.op === "*") return x * y;
        return y === 0 ? "#DIV/0!" : x / y;
      }
      case "call":
        return call(n.name, n.args);
    }
  };
  const numbersOf = (args: Node[]): number[] | string => {
    const out: number[] = [];
    for (const a of args) {
      if (a.t === "range") {
        for (let r = a.top; r <= a.bottom; r++)
          for (let c = a.left; c <= a.right; c++) {
            const v = get(r, c);
            if (typeof v === "string" && isError(v)) return v;
            if (typeof v === "number") out.push(v);
          }
        continue;
      }
      const x = num(ev(a));
      if (typeof x === "string") return x;
      out.push(x);
    }
    return out;
  };
  const call = (name: string, args: Node[]): FxValue => {
    switch (name) {
      case "SUM":
      case "MAX":
      case "MIN": {
        const ns = numbersOf(args);
        if (typeof ns === "string") return ns;
        if (name === "SUM") return ns.reduce((s, x) => s + x, 0);
        if (ns.length === 0) return 0;
        return name === "MAX" ? Math.max(...ns) : Math.min(...ns);
      }
      case "IF": {
        const c = ev(args[0] as Node);
        if (isError(c)) return c;
        const truthy = typeof c === "boolean" ? c : num(c) !== 0;
        const pick = truthy ? args[1] : args[2];
        return pick ? ev(pick) : false;
      }
      case "N": {
        const v = ev(args[0] as Node);
        return typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : isError(v) ? v : 0;
      }
      case "ABS": {
        const x = num(ev(args[0] as Node));
        return typeof x === "string" ? x : Math.abs(x);
      }
      case "ROUND": {
        const x = num(ev(args[0] as Node));
        const d = num(args[1] ? ev(args[1]) : 0);
        if (typeof x === "string") return x;
        if (typeof d === "string") return d;
        const f = 10 ** d;
        return Math.round(x * f) / f;
      }
      default:
        return "#NAME?";
    }
  };
  const v = ev(node);
  return v === null ? 0 : v;
}
