// A 20,000-row evaluasi sheet for the browser test: the benchmark's generated table (consistent, seed-shaped)
// with a few mistakes a reviewer would catch, and fills the planner had before flagging.
import type { CellValue } from "../../../core/grid.js";
import { generateEvaluasi } from "../../support/generate-renja.js";

export interface BigSheet {
  rows: CellValue[][];
  fills: (string | null)[][];
  /** 0-based cells of the mistakes, with the rule each must raise. */
  mistakes: { row: number; col: number; rule: string }[];
  /** The kegiatan whose pagu no longer adds up (0-based row, pagu column). */
  mismatch: { row: number; col: number };
}

/**
 * ~20,000 rows (18,000 sub kegiatan, their kegiatan and programs); the header block is filled light blue and one
 * cell that gets flagged is yellow before, so that clearing must give both back.
 * @example const sheet = bigSheet(); sheet.rows.length // 19985
 */
export function bigSheet(subKegiatan = 18_000): BigSheet {
  const t = generateEvaluasi(subKegiatan);
  const rows = t.rows;
  const mistakes: BigSheet["mistakes"] = [];
  const leaf = t.leaves[1234] ?? t.leaves[0];
  if (!leaf) throw new Error("no leaves");
  // A leaf's pagu typed wrong: its kegiatan no longer adds up.
  const leafRow = rows[leaf.row] as CellValue[];
  leafRow[t.paguColumn] = (leafRow[t.paguColumn] as number) + 5_000_000;
  mistakes.push({ row: leaf.parent, col: t.paguColumn, rule: "total-mismatch" });
  // A truncated sub kegiatan code.
  const bad = t.leaves[9000];
  if (bad) {
    const r = rows[bad.row] as CellValue[];
    r[0] = String(r[0]).slice(0, -3);
    mistakes.push({ row: bad.row, col: 0, rule: "kode-malformed" });
  }
  // Garbage in a money cell (TW I Rp).
  const garbage = t.leaves[15000];
  if (garbage) {
    (rows[garbage.row] as CellValue[])[6] = "418.441,900,00";
    mistakes.push({ row: garbage.row, col: 6, rule: "not-a-number" });
  }
  // A predikat that does not match its capaian.
  const pred = t.leaves[17000];
  if (pred) {
    const r = rows[pred.row] as CellValue[];
    r[17] = r[17] === "Sangat Rendah" ? "Sangat Tinggi" : "Sangat Rendah";
    mistakes.push({ row: pred.row, col: 17, rule: "predikat-mismatch" });
  }
  const fills: (string | null)[][] = rows.map((_, r) => (r >= 1 && r <= 4 ? new Array<string | null>(18).fill("#D9E1F2") : []));
  (fills[leaf.parent] ??= [])[t.paguColumn] = "#FFFF00";
  return { rows, fills, mistakes, mismatch: { row: leaf.parent, col: t.paguColumn } };
}
