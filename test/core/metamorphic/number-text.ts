// Number text of a cell taken apart and written again: Indonesian (`1.250.000,50`), English (`1,250,000.50`) or as a number with its format.
import type { CellValue } from "../../../core/grid.js";

/** A cell holding one number: `Rp 1.250.000`, `(35.000.000)`, `57,56%`, `36 Dokumen`. */
export interface NumberText {
  prefix: string;
  negative: "(" | "-" | "";
  int: string;
  frac: string | null;
  grouped: boolean;
  percent: string;
  /** A unit after the number (` Dokumen`), kept as is. */
  unit: string;
}

const SHAPE = /^(Rp\.?\s*)?(\(|-)?\s*(\d[\d.,]*\d|\d)(\))?(,-)?(\s*%)?(\s+[^\d\s%][^\d]*)?$/;

/**
 * Reads a cell's number text; `ambiguousAs` decides a lone mark before exactly three digits (`8.152`).
 * @example readNumberText("(35.000.000)", "id") // { negative: "(", int: "35000000", grouped: true, … }
 */
export function readNumberText(text: string, ambiguousAs: "id" | "en"): NumberText | null {
  const m = SHAPE.exec(text.trim());
  if (!m) return null;
  const [, prefix = "", sign, body = "", close, dash, percent = "", unit = ""] = m;
  if ((sign === "(") !== (close === ")")) return null;
  if (dash && (percent || unit)) return null;
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  let group: "." | "," | null = null;
  if (dots > 0 && commas > 0) group = body.lastIndexOf(".") > body.lastIndexOf(",") ? "," : ".";
  else if (dots > 1 || commas > 1) group = dots > 1 ? "." : ",";
  else if (dots + commas === 1) {
    const mark = dots === 1 ? "." : ",";
    const [a = "", b = ""] = body.split(mark);
    const thousands = b.length === 3 && a.length <= 3 && a !== "0";
    const groupMark = ambiguousAs === "id" ? "." : ",";
    group = thousands && mark === groupMark ? mark : null;
  }
  const decimal = group === "." ? "," : group === "," ? "." : /[.,]/.exec(body)?.[0] ?? null;
  let intPart = body;
  let frac: string | null = null;
  if (decimal && body.includes(decimal)) {
    const parts = body.split(decimal);
    if (parts.length > 2) return null;
    intPart = parts[0] ?? "";
    frac = parts[1] ?? "";
  }
  if (group && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(intPart)) return null;
  if (!group && /[.,]/.test(intPart)) return null;
  return { prefix, negative: (sign as "(" | "-" | undefined) ?? "", int: intPart.replace(/[.,]/g, ""), frac, grouped: group !== null, percent, unit };
}

/** The number written in a convention, keeping prefix, sign, decimals shown, percent sign and unit. */
export function writeNumberText(n: NumberText, convention: "id" | "en"): string {
  const [group, decimal] = convention === "id" ? [".", ","] : [",", "."];
  const int = n.grouped ? n.int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : n.int;
  const body = n.frac === null ? int : `${int}${decimal}${n.frac}`;
  const signed = n.negative === "(" ? `(${body})` : `${n.negative}${body}`;
  return `${n.prefix}${signed}${n.percent}${n.unit}`;
}

/** The cell as a spreadsheet number with its format (percentages as fractions with `0.00%`); null when it carries a unit. */
export function asNumber(n: NumberText): { value: number; format: string | null } | null {
  if (n.unit !== "") return null;
  const digits = n.int + (n.frac ?? "");
  const scale = (n.frac?.length ?? 0) + (n.percent ? 2 : 0);
  const padded = digits.padStart(scale + 1, "0");
  const text = scale === 0 ? padded : `${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
  const value = (n.negative ? -1 : 1) * Number(text);
  const decimals = n.frac ? `.${"0".repeat(n.frac.length)}` : "";
  if (n.percent) return { value, format: `0${decimals}%` };
  if (n.grouped || n.prefix) return { value, format: `#,##0${decimals}` };
  return { value, format: decimals ? `0${decimals}` : null };
}

/** A stored number as its format shows it (`0.00%` → `57.56%`, `#,##0` grouped, decimals as the format has them). */
export function numberAsText(value: number, format: string | null): NumberText {
  const percent = /%/.test(format ?? "");
  // A format shows its own decimals; a General number shows the digits it has.
  const decimals = format !== null ? (/\.(0+)/.exec(format)?.[1]?.length ?? 0) : (String(value).split(".")[1]?.length ?? 0);
  const shown = Math.abs(percent ? value * 100 : value).toFixed(decimals);
  const [int = "0", frac] = shown.split(".");
  return { prefix: "", negative: value < 0 ? "-" : "", int, frac: frac ?? null, grouped: /#,##/.test(format ?? ""), percent: percent ? "%" : "", unit: "" };
}

/** Convenience for a cell value: its number text (a stored number as its format shows it) or null. */
export function numberTextOf(v: CellValue, ambiguousAs: "id" | "en", format: string | null = null): NumberText | null {
  if (typeof v === "number" && Number.isFinite(v)) return numberAsText(v, format);
  return typeof v === "string" ? readNumberText(v, ambiguousAs) : null;
}
