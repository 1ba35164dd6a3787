// Header blocks redrawn over a given number of rows: each column's label path flattened (joined) or spread out, merges rebuilt.
import type { CellValue, MergeRange } from "../../../core/grid.js";
import { spliceRows, type NewRow } from "./edit-rows.js";
import { headerTextRows, widthOf, type Sheet } from "./sheet.js";

const squash = (v: CellValue) => (typeof v === "string" ? v.replace(/\s+/g, " ").trim() : v === null ? "" : String(v));

/** Each column's labels from the top of the block down, merged labels carried across their merge, repeats dropped. */
export function labelPaths(s: Sheet, textRows: readonly number[]): string[][] {
  const width = widthOf(s);
  const labels = textRows.map((r) => Array.from({ length: width }, (_, c) => squash(s.rows[r]?.[c] ?? null)));
  for (const m of s.merges) {
    const hi = textRows.indexOf(m.top);
    if (hi < 0) continue;
    const master = labels[hi]?.[m.left] ?? "";
    for (let r = m.top; r <= m.bottom; r++) {
      const row = labels[textRows.indexOf(r)];
      if (row) for (let c = m.left; c <= m.right && c < width; c++) row[c] = master;
    }
  }
  return Array.from({ length: width }, (_, c) => {
    const segs: string[] = [];
    for (const row of labels) {
      const t = row[c] ?? "";
      if (t !== "" && segs[segs.length - 1] !== t) segs.push(t);
    }
    return segs;
  });
}

/** The label paths laid over n rows: a long path joins its top labels, a short one stretches its last label down. */
export function layOut(paths: readonly string[][], n: number): { rows: CellValue[][]; merges: MergeRange[] } {
  const fitted = paths.map((p) => (p.length > n ? [p.slice(0, p.length - n + 1).join(" "), ...p.slice(p.length - n + 1)] : [...p]));
  const rows: CellValue[][] = Array.from({ length: n }, () => fitted.map(() => null));
  const merges: MergeRange[] = [];
  fitted.forEach((p, c) => {
    p.forEach((label, i) => {
      const row = rows[i];
      if (row) row[c] = label;
    });
    if (p.length > 0 && p.length < n) merges.push({ top: p.length - 1, bottom: n - 1, left: c, right: c });
  });
  // Across: neighbours that share the same labels down to row i, and both go further down, share one merged cell there.
  for (let i = 0; i < n; i++) {
    let c = 0;
    while (c < fitted.length) {
      const key = (x: number) => {
        const p = fitted[x] ?? [];
        return p.length > i + 1 ? JSON.stringify(p.slice(0, i + 1)) : null;
      };
      const k = key(c);
      let end = c;
      while (k !== null && end + 1 < fitted.length && key(end + 1) === k) end++;
      if (end > c) {
        merges.push({ top: i, bottom: i, left: c, right: end });
        for (let x = c + 1; x <= end; x++) (rows[i] as CellValue[])[x] = null;
      }
      c = end + 1;
    }
  }
  return { rows, merges };
}

/**
 * Every header block of the sheet redrawn over n label rows (the numbering row stays under it).
 * @example headerOver(sheet, 1) // one row: "Pagu Indikatif (Rp) Sebelum Perubahan"
 */
export function headerOver(s: Sheet, n: number): Sheet {
  let out = s;
  // Bottom block first: the rows above it keep their indices.
  const order = s.headerBlocks.map((_, i) => i).sort((a, b) => (s.headerBlocks[b]?.[0] ?? 0) - (s.headerBlocks[a]?.[0] ?? 0));
  for (const bi of order) {
    const block = out.headerBlocks[bi] ?? [];
    const text = headerTextRows(out, block);
    const top = text[0] ?? 0;
    const { rows, merges } = layOut(labelPaths(out, text), n);
    const inBlock = (m: MergeRange) => m.top >= top && m.bottom <= top + text.length - 1;
    out = spliceRows({ ...out, merges: out.merges.filter((m) => !inBlock(m)) }, top, text.length, rows.map((cells): NewRow => ({ cells, bold: cells.map((v) => v !== null) })));
    out.merges.push(...merges.map((m) => ({ ...m, top: m.top + top, bottom: m.bottom + top })));
    out.headerBlocks[bi] = [...Array.from({ length: n }, (_, i) => top + i), ...(out.headerBlocks[bi] ?? [])];
  }
  return out;
}
