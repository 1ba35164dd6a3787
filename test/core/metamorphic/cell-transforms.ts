// Transformations that rewrite cells in place: numbers as numbers / Indonesian text / English text, line breaks in targets.
import { asNumber, numberTextOf, writeNumberText } from "./number-text.js";
import { cloneSheet } from "./edit-rows.js";
import { isDataRow, type ColKind, type Sheet } from "./sheet.js";

const NUMERIC: ReadonlySet<ColKind> = new Set(["money", "percent", "target", "number"]);

function eachNumericCell(s: Sheet, fn: (out: Sheet, r: number, c: number) => void): Sheet {
  const out = cloneSheet(s);
  for (let r = s.dataStart; r < s.rows.length; r++) {
    if (!isDataRow(s, r)) continue;
    s.cols.forEach((kind, c) => {
      if (NUMERIC.has(kind)) fn(out, r, c);
    });
  }
  return out;
}

/** Every number written as text in one convention (`1.250.000` or `1,250,000`), also those stored as numbers; units and decimals shown kept. */
export function numbersAsText(convention: "id" | "en"): (s: Sheet) => Sheet {
  return (s) => {
    const out = eachNumericCell(s, (o, r, c) => {
      const row = o.rows[r] as (string | number | boolean | null)[];
      const formats = o.formats[r] as (string | null)[];
      const n = numberTextOf(row[c] ?? null, s.convention, formats[c] ?? null);
      if (!n) return;
      row[c] = writeNumberText(n, convention);
      formats[c] = null;
    });
    out.convention = convention;
    return out;
  };
}

/**
 * Every unit-less number stored as a spreadsheet number with its format (`57,56%` → 0.5756 shown `0.00%`). A quantity with a
 * unit stays text; one whose only mark groups thousands (`30,091 Lembar`) loses the mark, since the numbers that told the
 * sheet's convention are numbers now.
 */
export function numbersAsNumbers(s: Sheet): Sheet {
  return eachNumericCell(s, (o, r, c) => {
    const row = o.rows[r] as (string | number | boolean | null)[];
    const v = row[c] ?? null;
    const n = typeof v === "string" ? numberTextOf(v, s.convention) : null;
    if (n && n.unit !== "" && n.grouped && n.int.length <= 6) row[c] = writeNumberText({ ...n, grouped: false }, s.convention);
    const num = n ? asNumber(n) : null;
    if (!num) return;
    row[c] = num.value;
    (o.formats[r] as (string | null)[])[c] = num.format;
  });
}

/** Line breaks in target cells: `\n36 Dokumen` and `36\nDokumen`, alternately. */
export function lineBreaksInTargets(s: Sheet): Sheet | null {
  let i = 0;
  const out = cloneSheet(s);
  for (let r = s.dataStart; r < s.rows.length; r++) {
    if (!isDataRow(s, r)) continue;
    s.cols.forEach((kind, c) => {
      const row = out.rows[r] as (string | number | boolean | null)[];
      const v = row[c];
      if (kind !== "target" || typeof v !== "string" || v.trim() === "") return;
      row[c] = i++ % 2 === 0 || !/^\S+ \S/.test(v.trim()) ? `\n${v}` : v.trim().replace(" ", "\n");
    });
  }
  return i === 0 ? null : out;
}
