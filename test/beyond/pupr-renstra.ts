// A Dinas PUPR Renstra (domain §10): targets and funds per plan year, a Satuan column, codes that write the bidang as
// `1.3` and the support program as lower-case `x.xx.01`, read as the nearest family.
import type { CellValue } from "../../core/grid.js";
import type { BeyondTable } from "./bappelitbang-sipd.js";
import { moneyOf, walk, type PlanItem } from "./plan-tree.js";
import { buildSheet, rupiah, type ColumnSpec } from "./sheet-builder.js";

const YEARS = [2025, 2026, 2027, 2028, 2029];
const TK = "Target Kinerja Program dan Kerangka Pendanaan";
const COLUMNS: ColumnSpec[] = [
  { key: "kode", path: ["Kode"] },
  { key: "name", path: ["Program dan Kegiatan"] },
  { key: "indicator", path: ["Indikator Kinerja Program (Outcome) dan Kegiatan (Output)"] },
  { key: "satuan", path: ["Satuan"] },
  { key: "awal", path: ["Data Capaian pada Tahun Awal Perencanaan"] },
  ...YEARS.flatMap((y) => [
    { key: `t${y}`, path: [TK, `Tahun ${y}`, "Target"] },
    { key: `rp${y}`, path: [TK, `Tahun ${y}`, "Rp"] },
  ]),
  { key: "tAkhir", path: ["Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah", "Target"] },
  { key: "rpAkhir", path: ["Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah", "Rp"] },
  { key: "unit", path: ["Unit Kerja Perangkat Daerah Penanggung Jawab"] },
  { key: "lokasi", path: ["Lokasi"] },
];
const MONEY = [...YEARS.map((y) => `rp${y}`), "rpAkhir"];
const M = 1_000_000;

/** Five yearly amounts and their sum as the plan-end amount. */
const funds = (...years: number[]): number[] => [...years, years.reduce((a, b) => a + b, 0)];
const leaf = (code: string, name: string, indicator: string, satuan: string, target: number, money: number[]): PlanItem => ({ code, name, indicator, target: `${target}|${satuan}`, money });

function plan(): PlanItem[] {
  return [
    {
      code: "1.3", name: "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG", children: [
        { code: "x.xx.01", name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", indicator: "Nilai SAKIP Perangkat Daerah", target: "80|Nilai", children: [
          { code: "x.xx.01.2.01", name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", indicator: "Jumlah dokumen perencanaan dan evaluasi", target: "3|Dokumen", children: [
            leaf("x.xx.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan Perangkat Daerah", "Dokumen", 2, funds(35 * M, 37 * M, 39 * M, 41 * M, 43 * M)),
            leaf("x.xx.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah", "Laporan", 4, funds(15 * M, 15 * M, 16 * M, 16 * M, 17 * M)),
          ] },
          { code: "x.xx.01.2.02", name: "Administrasi Keuangan Perangkat Daerah", indicator: "Jumlah dokumen administrasi keuangan", target: "12|Dokumen", children: [
            leaf("x.xx.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "Orang/bulan", 212, funds(14_100 * M, 14_500 * M, 14_900 * M, 15_300 * M, 15_700 * M)),
          ] },
        ] },
        { code: "1.3.2", name: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", indicator: "Persentase jaringan irigasi dalam kondisi baik", target: "72|%", children: [
          { code: "1.3.2.2.1", name: "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (Satu) Daerah Kabupaten/Kota", indicator: "Jumlah bangunan pengendali banjir yang dibangun dan direhabilitasi", target: "6|Unit", children: [
            leaf("1.3.2.2.1.13", "Pembangunan Stasiun Pompa Banjir", "Jumlah Stasiun Pompa Banjir yang Dibangun", "Unit", 1, funds(2_500 * M, 0, 2_750 * M, 0, 0)),
            leaf("1.3.2.2.1.26", "Rehabilitasi Pintu Air/Bendung Pengendali Banjir", "Jumlah Pintu Air/Bendung Pengendali Banjir yang Direhabilitasi", "Unit", 3, funds(750 * M, 800 * M, 800 * M, 850 * M, 900 * M)),
            leaf("1.3.2.2.1.51", "Operasi dan Pemeliharaan Embung Air Baku", "Jumlah Embung Air Baku yang Dioperasikan dan Dipelihara", "Unit", 2, [0, 0, 0, 0, 0, 0]),
          ] },
        ] },
      ],
    },
  ];
}

/**
 * The Renstra with three planted mistakes: a kegiatan whose sub kegiatan do not add up in 2027, one that does not
 * add up in 2025, and a sub kegiatan without any fund (missing-budget).
 */
export function puprRenstra(): BeyondTable {
  const width = MONEY.length;
  const rows: Record<string, CellValue>[] = [];
  const at: Record<string, number> = {};
  for (const { item } of walk(plan())) {
    at[item.code] = rows.length;
    const r: Record<string, CellValue> = { kode: item.code, name: item.name };
    if (item.indicator && item.target) {
      const [target = "", satuan = ""] = item.target.split("|");
      Object.assign(r, { indicator: item.indicator, satuan, awal: target, tAkhir: target, unit: "Bidang Sumber Daya Air", lokasi: "Kabupaten" });
      for (const y of YEARS) r[`t${y}`] = target;
    }
    const money = moneyOf(item, width);
    const empty = !item.children && money.every((v) => v === 0);
    if (!empty) money.forEach((v, i) => (r[MONEY[i] as string] = v === 0 ? "-" : rupiah(v)));
    rows.push(r);
  }
  const grid = buildSheet({
    name: "T-C.27",
    title: ["Tabel 6.1", "Rencana Program, Kegiatan, dan Pendanaan Dinas Pekerjaan Umum dan Penataan Ruang", "Renstra Perangkat Daerah Tahun 2025-2029"],
    columns: COLUMNS,
    rows,
  });
  const plant = (code: string, key: string, value: number) => {
    const r = grid.rows[grid.row(at[code] as number) - 1] as CellValue[];
    r[grid.col(key).charCodeAt(0) - 65] = rupiah(value);
  };
  plant("1.3.2.2.1.26", "rp2027", 850 * M);
  plant("x.xx.01.2.01.0007", "rp2025", 51 * M);
  const e = (rule: string, code: string, key?: string) => ({ rule, row: grid.row(at[code] as number), ...(key ? { column: grid.col(key) } : {}) });
  return {
    name: "Dinas PUPR Renstra (unpadded codes, x.xx support program)",
    grid,
    expected: [e("total-mismatch", "1.3.2.2.1", "rp2027"), e("total-mismatch", "x.xx.01.2.01", "rp2025"), e("missing-budget", "1.3.2.2.1.51")],
  };
}
