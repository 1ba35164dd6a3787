// Numbering-row cells: `8`, `(8)`, `8= (7/6)`, `10=(5+7+9)`, `15 = 14/8 x 100%` → column number and formula.
import type { FormulaExpr } from "../model.js";

export interface NumberingCell {
  number: number;
  formula: FormulaExpr | null;
  text: string;
}

const NUMBER_ONLY = /^\(?\s*(\d{1,3})\s*\)?$/;
const WITH_FORMULA = /^\(?\s*(\d{1,3})\s*\)?\s*=\s*(.+)$/;

/**
 * Reads one numbering-row cell; null when it is not a column number.
 * @example readNumberingCell("10=(5+7+9)") // { number: 10, formula: 5+7+9, text: "10=(5+7+9)" }
 */
export function readNumberingCell(raw: string): NumberingCell | null {
  const text = raw.trim();
  const only = NUMBER_ONLY.exec(text);
  if (only) return { number: Number(only[1]), formula: null, text };
  const m = WITH_FORMULA.exec(text);
  if (!m) return null;
  const expr = parseFormula(m[2] ?? "");
  return { number: Number(m[1]), formula: expr, text };
}

type Token = { t: "num"; v: number; pct: boolean } | { t: "op"; v: string };

function tokenize(src: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] ?? "";
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch >= "0" && ch <= "9") {
      let j = i;
      while (j < src.length && /[0-9]/.test(src[j] ?? "")) j++;
      let k = j;
      while (src[k] === " ") k++;
      const pct = src[k] === "%";
      out.push({ t: "num", v: Number(src.slice(i, j)), pct });
      i = pct ? k + 1 : j;
      continue;
    }
    if ("+-/*()".includes(ch)) out.push({ t: "op", v: ch });
    else if (ch === "x" || ch === "X" || ch === "×") out.push({ t: "op", v: "*" });
    else if (ch === ":") out.push({ t: "op", v: "/" });
    else return null;
    i++;
  }
  return out;
}

/** Parses `(5+7+9)`, `14/8 x 100%`; numbers are column numbers, `100%` a constant. */
export function parseFormula(src: string): FormulaExpr | null {
  const tokens = tokenize(src);
  if (!tokens || tokens.length === 0) return null;
  let pos = 0;
  const peek = () => tokens[pos];
  const expr = (): FormulaExpr | null => {
    let left = term();
    while (left && peek()?.t === "op" && (peek()?.v === "+" || peek()?.v === "-")) {
      const op = peek()?.v as "+" | "-";
      pos++;
      const right = term();
      if (!right) return null;
      left = { op, left, right };
    }
    return left;
  };
  const term = (): FormulaExpr | null => {
    let left = atom();
    while (left && peek()?.t === "op" && (peek()?.v === "*" || peek()?.v === "/")) {
      const op = peek()?.v as "*" | "/";
      pos++;
      const right = atom();
      if (!right) return null;
      left = { op, left, right };
    }
    return left;
  };
  const atom = (): FormulaExpr | null => {
    const tok = peek();
    if (!tok) return null;
    pos++;
    if (tok.t === "num") return tok.pct ? { op: "num", value: tok.v } : { op: "col", n: tok.v };
    if (tok.v === "(") {
      const inner = expr();
      if (peek()?.v !== ")") return null;
      pos++;
      return inner;
    }
    return null;
  };
  const result = expr();
  return result && pos === tokens.length ? result : null;
}

/** Column numbers a formula refers to. */
export function formulaColumns(e: FormulaExpr, out: number[] = []): number[] {
  if (e.op === "col") out.push(e.n);
  else if (e.op !== "num") {
    formulaColumns(e.left, out);
    formulaColumns(e.right, out);
  }
  return out;
}

/** True when the formula is a division whose result is a ratio (shown as a percentage). */
export function isRatioFormula(e: FormulaExpr): boolean {
  if (e.op === "/") return true;
  if (e.op === "*") return isRatioFormula(e.left) || isRatioFormula(e.right);
  return false;
}

/** True when the written formula already multiplies by 100 (`x 100%`). */
export function hasTimes100(e: FormulaExpr): boolean {
  if (e.op === "num") return e.value === 100;
  if (e.op === "col") return false;
  return e.op === "*" && (hasTimes100(e.left) || hasTimes100(e.right));
}
