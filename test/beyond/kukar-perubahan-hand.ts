// A hand-kept Renja Perubahan: code and name in one cell, money as `Rp` text, bertambah and berkurang as two columns,
// a `TOTAL BELANJA` row, a title block, and units of one indicator written two ways before and after the change.
import type { CellValue } from "../../core/grid.js";
import type { BeyondTable } from "./bappelitbang-sipd.js";
import { moneyOf, walk, type PlanItem } from "./plan-tree.js";
import { buildSheet, type ColumnSpec } from "./sheet-builder.js";

const COLUMNS: ColumnSpec[] = [
  { key: "name", path: ["Kode dan Uraian Program/Kegiatan/Sub Kegiatan"] },
  { key: "indicator", path: ["Indikator Kinerja Program/Kegiatan/Sub Kegiatan"] },
  { key: "tBefore", path: ["Target Kinerja", "Sebelum Perubahan"] },
  { key: "tAfter", path: ["Target Kinerja", "Setelah Perubahan"] },
  { key: "before", path: ["Anggaran (Rp)", "Sebelum Perubahan"] },
  { key: "after", path: ["Anggaran (Rp)", "Setelah Perubahan"] },
  { key: "plus", path: ["Anggaran (Rp)", "Bertambah"] },
  { key: "minus", path: ["Anggaran (Rp)", "Berkurang"] },
  { key: "ket", path: ["Keterangan"] },
];
const M = 1_000_000;
const rp = (n: number): string => (n === 0 ? "-" : `Rp ${n.toLocaleString("id-ID")}`);
const sub = (code: string, name: string, indicator: string, target: string, before: number, after: number): PlanItem => ({ code, name, indicator, target, money: [before, after] });

function plan(): PlanItem[] {
  return [
    { code: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase PMKS yang tertangani", target: "90%", children: [
      { code: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", indicator: "Jumlah PMKS yang terlayani", target: "700 Orang", children: [
        sub("1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah orang yang mendapatkan permakanan", "400 Orang", 960 * M, 910 * M),
        sub("1.06.04.2.01.0002", "Penyediaan Sandang", "Jumlah orang yang menerima sandang", "250 Orang", 187.5 * M, 187.5 * M),
        sub("1.06.04.2.01.0004", "Pemberian Pelayanan Reunifikasi Keluarga", "Jumlah orang yang mendapat reunifikasi", "50 Orang", 40 * M, 55 * M),
      ] },
    ] },
    { code: "1.06.06", name: "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", indicator: "Persentase keluarga miskin yang terlindungi", target: "75%", children: [
      { code: "1.06.06.2.01", name: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", indicator: "Jumlah dokumen data fakir miskin", target: "2 Dokumen", children: [
        sub("1.06.06.2.01.0001", "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Jumlah dokumen hasil pendataan", "2 Dokumen", 210 * M, 195.25 * M),
      ] },
    ] },
  ];
}

/** Three planted mistakes: a sub kegiatan whose change is written the wrong way round, a program not the sum of its kegiatan after the change, and before/after targets in different units. */
export function kukarPerubahanHand(): BeyondTable {
  const rows: Record<string, CellValue>[] = [];
  const at: Record<string, number> = {};
  const tree = plan();
  for (const { item } of walk(tree)) {
    at[item.code] = rows.length;
    const [before = 0, after = 0] = moneyOf(item, 2);
    const change = after - before;
    rows.push({
      name: `${item.code} ${item.name}`, indicator: item.indicator ?? null, tBefore: item.target ?? null, tAfter: item.target ?? null,
      before: rp(before), after: rp(after), plus: rp(Math.max(change, 0)), minus: rp(Math.max(-change, 0)), ket: change === 0 ? null : "Penyesuaian",
    });
  }
  const [b = 0, a = 0] = tree.map((p) => moneyOf(p, 2)).reduce((s, m) => [(s[0] ?? 0) + (m[0] ?? 0), (s[1] ?? 0) + (m[1] ?? 0)], [0, 0]);
  rows.push({ name: "TOTAL BELANJA", before: rp(b), after: rp(a), plus: rp(Math.max(a - b, 0)), minus: rp(Math.max(b - a, 0)) });
  const grid = buildSheet({
    name: "APBD-P",
    title: ["RENCANA KERJA PERUBAHAN DINAS SOSIAL", "KABUPATEN KUTAI KARTANEGARA", "TAHUN ANGGARAN 2024"],
    columns: COLUMNS,
    rows,
  });
  const set = (code: string, key: string, v: CellValue) => {
    (grid.rows[grid.row(at[code] as number) - 1] as CellValue[])[grid.col(key).charCodeAt(0) - 65] = v;
  };
  set("1.06.04.2.01.0004", "plus", "-");
  set("1.06.04.2.01.0004", "minus", rp(15 * M));
  set("1.06.06", "after", rp(200 * M));
  set("1.06.06", "minus", rp(10 * M));
  set("1.06.04.2.01.0002", "tAfter", "250 Paket");
  const e = (rule: string, code: string, key: string) => ({ rule, row: grid.row(at[code] as number), column: grid.col(key) });
  return {
    name: "Kutai Kartanegara Renja Perubahan kept by hand (code and name in one cell, Rp text)",
    grid,
    expected: [e("delta-mismatch", "1.06.04.2.01.0004", "plus"), e("total-mismatch", "1.06.06", "after"), e("unit-mismatch", "1.06.04.2.01.0002", "tAfter")],
  };
}
