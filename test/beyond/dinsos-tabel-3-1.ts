// A Dinas Sosial Tabel 3.1 (rumusan rencana) with other header words and targets at three levels side by side (domain
// §10): `Target Capaian Program` carried on every row of its program, `Target Keluaran`, `Capaian Kinerja (%)`.
import type { CellValue } from "../../core/grid.js";
import type { BeyondTable } from "./bappelitbang-sipd.js";
import { moneyOf, walk, type PlanItem } from "./plan-tree.js";
import { buildSheet, rupiah, type ColumnSpec } from "./sheet-builder.js";

const R = "Rencana Tahun 2024 (Tahun Rencana)";
const COLUMNS: ColumnSpec[] = [
  { key: "kode", path: ["Kode Rekening"] },
  { key: "name", path: ["Uraian Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"] },
  { key: "indicator", path: ["Indikator Kinerja"] },
  { key: "lokasi", path: [R, "Lokasi Output Kegiatan"] },
  { key: "tProgram", path: [R, "Target Capaian Program"] },
  { key: "tKeluaran", path: [R, "Target Keluaran"] },
  { key: "capaian", path: [R, "Capaian Kinerja (%)"] },
  { key: "pagu", path: [R, "Kebutuhan Dana/Pagu Indikatif (Rp)"] },
  { key: "sumber", path: [R, "Sumber Dana"] },
  { key: "catatan", path: ["Catatan Penting"] },
  { key: "tMaju", path: ["Prakiraan Maju Rencana Tahun 2025", "Target Capaian Kinerja"] },
  { key: "pMaju", path: ["Prakiraan Maju Rencana Tahun 2025", "Kebutuhan Dana/Pagu Indikatif (Rp)"] },
];
const M = 1_000_000;
const MONEY = ["pagu", "pMaju"];
const sub = (code: string, name: string, indicator: string, target: string, pagu: number, maju: number): PlanItem => ({ code, name, indicator, target, money: [pagu, maju] });

function plan(): PlanItem[] {
  return [
    { code: "1.06", name: "URUSAN PEMERINTAHAN BIDANG SOSIAL", children: [
      { code: "1.06.02", name: "PROGRAM PEMBERDAYAAN SOSIAL", indicator: "Persentase PSKS yang meningkat kapasitasnya", target: "85%", children: [
        { code: "1.06.02.2.03", name: "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota", indicator: "Jumlah PSKS yang dikembangkan", target: "150 Orang", children: [
          sub("1.06.02.2.03.0001", "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota", "Jumlah Orang Mendapat Peningkatan Kapasitas Pekerja Sosial Masyarakat", "100 Orang", 125 * M, 130 * M),
          sub("1.06.02.2.03.0003", "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota", "Jumlah Keluarga yang Meningkat Kapasitasnya", "50 Keluarga", 75.5 * M, 80 * M),
        ] },
      ] },
      { code: "1.06.04", name: "PROGRAM REHABILITASI SOSIAL", indicator: "Persentase PMKS yang tertangani", target: "90%", children: [
        { code: "1.06.04.2.01", name: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", indicator: "Jumlah PMKS yang terpenuhi kebutuhan dasarnya", target: "600 Orang", children: [
          sub("1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah Orang yang Mendapatkan Pemenuhan Kebutuhan Permakanan", "400 Orang", 960 * M, 1_000 * M),
          sub("1.06.04.2.01.0002", "Penyediaan Sandang", "Jumlah Orang yang Menerima Pakaian dan Kelengkapan Lainnya", "150 Orang", 112.5 * M, 120 * M),
          sub("1.06.04.2.01.0003", "Penyediaan Alat Bantu", "Jumlah Orang yang Mendapatkan Alat Bantu", "", 65 * M, 70 * M),
          sub("1.06.04.2.01.0004", "Pemberian Pelayanan Reunifikasi Keluarga", "Jumlah Orang yang Mendapatkan Pelayanan Reunifikasi Keluarga", "30 Orang", 27 * M, 30 * M),
        ] },
      ] },
    ] },
  ];
}

/**
 * The table with three planted mistakes: a sub kegiatan without its own output target (the program's carried
 * target does not count), a kegiatan whose 2025 money does not add up, and a TOTAL row off by a typo.
 */
export function dinsosTabel31(): BeyondTable {
  const tree = plan();
  const rows: Record<string, CellValue>[] = [];
  const at: Record<string, number> = {};
  let programTarget: string | undefined;
  for (const { item } of walk(tree)) {
    at[item.code] = rows.length;
    const isProgram = item.code.split(".").length === 3;
    if (isProgram) programTarget = item.target;
    const money = moneyOf(item, MONEY.length);
    const r: Record<string, CellValue> = { kode: item.code, name: item.name, pagu: rupiah(money[0] ?? 0), pMaju: rupiah(money[1] ?? 0) };
    if (item.indicator) {
      Object.assign(r, { indicator: item.indicator, lokasi: "Kota", tProgram: programTarget ?? null, capaian: "100", sumber: "DAU", tMaju: item.target || null });
      if (!isProgram) r.tKeluaran = item.target || null;
    }
    rows.push(r);
  }
  const total = moneyOf(tree[0] as PlanItem, MONEY.length);
  rows.push({ name: "JUMLAH", pagu: rupiah(total[0] ?? 0), pMaju: rupiah(total[1] ?? 0) });
  const grid = buildSheet({
    name: "Tabel 3.1",
    title: ["Tabel 3.1", "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2024 dan Prakiraan Maju Tahun 2025", "Dinas Sosial Kota"],
    columns: COLUMNS,
    numbering: Object.fromEntries(COLUMNS.map((c, i) => [c.key, `(${i + 1})`])),
    rows,
  });
  const set = (rowIndex: number, key: string, value: CellValue) => {
    (grid.rows[grid.row(rowIndex) - 1] as CellValue[])[grid.col(key).charCodeAt(0) - 65] = value;
  };
  set(at["1.06.04.2.01.0002"] as number, "pMaju", rupiah(125 * M));
  set(rows.length - 1, "pagu", rupiah(total[0] ?? 0).replace(/^1\./, "2."));
  const e = (rule: string, row: number, key?: string) => ({ rule, row: grid.row(row), ...(key ? { column: grid.col(key) } : {}) });
  return {
    name: "Dinas Sosial Tabel 3.1 (three target levels, other header words)",
    grid,
    expected: [
      e("missing-target", at["1.06.04.2.01.0003"] as number),
      e("total-mismatch", at["1.06.04.2.01"] as number, "pMaju"),
      e("grand-total-mismatch", rows.length - 1, "pagu"),
    ],
  };
}
