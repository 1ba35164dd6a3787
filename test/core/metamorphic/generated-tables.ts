// Generated Renja tables for the metamorphic property test: consistent tables with a few planted mistakes, so that there are findings to keep.
import type { CellValue, Grid } from "../../../core/grid.js";
import { generateEvaluasi, generateRencana, type GeneratedTable, type Shape } from "../../support/generate-renja.js";
import { renjaGrid } from "../../support/renja-grid.js";

/** Where to plant mistakes: indices into the table's leaves (cycled) and a rupiah amount. */
export interface Plant {
  leaves: number[];
  delta: number;
}

function plant(t: GeneratedTable, p: Plant, blankColumn: number): CellValue[][] {
  const rows = t.rows.map((r) => [...r]);
  p.leaves.forEach((pick, i) => {
    const leaf = t.leaves[pick % t.leaves.length];
    const row = leaf ? rows[leaf.row] : undefined;
    if (!row) return;
    if (i % 2 === 1) {
      row[blankColumn] = null;
      return;
    }
    const old = row[t.paguColumn];
    const value = typeof old === "number" ? old : Number(String(old).replace(/\./g, ""));
    const changed = value + p.delta * 1000;
    row[t.paguColumn] = typeof old === "number" ? changed : new Intl.NumberFormat("id-ID").format(changed);
  });
  return rows;
}

/** A rencana table with a changed pagu (total-mismatch above it) and a blanked target (missing-target) per two plants. */
export function plantedRencana(shape: Shape, p: Plant): Grid {
  const t = generateRencana(shape);
  return { name: "Rencana", rows: plant(t, p, 4), merges: t.merges };
}

/**
 * An evaluasi table (three-row merged header) with a changed target pagu (total-mismatch above it, ratio-mismatch on its
 * capaian) and a blanked target K (missing-target); `quarterSlip` also raises the first leaf's TW I Rp (quarter-sum-mismatch).
 */
export function plantedEvaluasi(subKegiatan: number, p: Plant, quarterSlip = false): Grid {
  const t = generateEvaluasi(subKegiatan);
  const rows = plant(t, p, 3);
  const first = t.leaves[0] ? rows[t.leaves[0].row] : undefined;
  if (quarterSlip && first && typeof first[6] === "number") first[6] += 1000;
  return { name: "Evaluasi", rows, merges: t.merges };
}

const ID = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
const pad2 = (n: number) => String(n).padStart(2, "0");

/** One row's before/after pagu and its bertambah / berkurang pair. */
function changeCells(before: number, after: number): Record<string, CellValue> {
  const d = after - before;
  return { paguBefore: ID.format(before), paguAfter: ID.format(after), plus: d > 0 ? ID.format(d) : "-", minus: d < 0 ? ID.format(-d) : "-" };
}

/**
 * A perubahan table (Dumai Tabel 3.1 shape: merged two-row header, numbering row, bertambah / berkurang pair, the code in one
 * cell or split over five), parents the exact sums; the first planted leaf gets another after-change pagu than its change says
 * (delta-mismatch on it, total-mismatch above it).
 */
export function plantedPerubahan(shape: Shape, p: Plant, splitKode: boolean): Grid {
  const rows: Record<string, CellValue>[] = [];
  const leaves: number[] = [];
  let k = 0;
  shape.programs.forEach((prog, pi) => {
    const program = `1.06.${pad2(pi + 1)}`;
    const programRow = rows.push({ kode: program, name: `PROGRAM UJI ${pi + 1}`, indicator: `Persentase layanan program ${pi + 1}`, targetBefore: "100 %", targetAfter: "100 %" }) - 1;
    let pb = 0;
    let pa = 0;
    prog.kegiatan.forEach((subs, ki) => {
      const kegiatan = `${program}.2.${pad2(ki + 1)}`;
      const kegiatanRow = rows.push({ kode: kegiatan, name: `Kegiatan uji ${pi + 1}.${ki + 1}`, indicator: `Jumlah layanan kegiatan ${ki + 1}`, targetBefore: `${subs} Layanan`, targetAfter: `${subs} Layanan` }) - 1;
      let kb = 0;
      let ka = 0;
      for (let si = 0; si < subs; si++) {
        const before = (shape.pagu[k % shape.pagu.length] ?? 1) * 1000;
        const after = before + ((k % 3) - 1) * 5000;
        k++;
        kb += before;
        ka += after;
        leaves.push(rows.length);
        rows.push({ kode: `${kegiatan}.${String(si + 1).padStart(4, "0")}`, name: `Sub kegiatan uji ${pi + 1}.${ki + 1}.${si + 1}`, indicator: `Jumlah dokumen ${si + 1}`, lokasi: "Kota", targetBefore: `${si + 1} Dokumen`, targetAfter: `${si + 2} Dokumen`, ...changeCells(before, after) });
      }
      Object.assign(rows[kegiatanRow] as object, changeCells(kb, ka));
      pb += kb;
      pa += ka;
    });
    Object.assign(rows[programRow] as object, changeCells(pb, pa));
  });
  const leaf = rows[leaves[(p.leaves[0] ?? 0) % leaves.length] ?? 0];
  if (leaf) leaf.paguAfter = ID.format(Number(String(leaf.paguAfter).replace(/\./g, "")) + p.delta * 1000);
  const grid = renjaGrid("perubahan-pair", rows, { splitKode });
  return { name: grid.name, rows: grid.rows, merges: grid.merges };
}
