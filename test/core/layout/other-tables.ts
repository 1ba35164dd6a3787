// Tables of domain §10 beyond the SIPD print: a Tabel 3.1 with targets at three levels, a Renstra, a DPA list of sub kegiatan.
import type { CellValue } from "../../../core/grid.js";
import { at, sheet, type LayoutSheet } from "./grids.js";

const rp = (n: number): string => n.toLocaleString("id-ID");

/**
 * Tabel 3.1 worded as another Dinsos writes it: `Target Capaian Program` (the program's outcome, repeated on every
 * row when `repeatProgram`, else each row's own), `Target Keluaran`, `Capaian Kinerja (%)` side by side; target cells with
 * line breaks. The second sub kegiatan has no own output target.
 */
export function threeLevelTargets(repeatProgram = true): LayoutSheet {
  const header = [["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja Program (Outcome)/Kegiatan (Output)", "Target Capaian Program", "Target Keluaran", "Capaian Kinerja (%)", "Pagu Indikatif (Rp)", "Sumber Dana"]];
  const prog = (own: string): string => (repeatProgram ? "100 %" : own);
  const data: CellValue[][] = [
    ["1.06.04", "PROGRAM REHABILITASI SOSIAL", "Persentase PMKS yang tertangani", "100 %", null, "100", rp(900_000_000), null],
    ["1.06.04.2.01", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar", "Jumlah dokumen layanan", prog("90 %"), "\n4 Laporan", "100", rp(900_000_000), null],
    ["1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah orang yang mendapatkan permakanan", prog("85 Orang"), "80\n100 %\n%", "100", rp(500_000_000), "APBD"],
    ["1.06.04.2.01.0002", "Penyediaan Sandang", "Jumlah orang yang mendapatkan sandang", prog("40 Orang"), null, "100", rp(400_000_000), "APBD"],
  ];
  return sheet("Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2025", header, [], data);
}

/** Renstra of a Dinas PUPR: targets and funds per plan year 1–5, a Satuan column; year 3 of kegiatan 2.02 is off by 5.000.000 when `mistake`. */
export function renstra(mistake: boolean): LayoutSheet {
  const W = 20;
  const header: CellValue[][] = [
    at(W, { 0: "Kode", 1: "Program/Kegiatan/Sub Kegiatan", 2: "Indikator Kinerja Program (Outcome)/Kegiatan (Output)", 3: "Satuan", 4: "Data Capaian pada Tahun Awal Perencanaan", 5: "Target Kinerja Program dan Kerangka Pendanaan", 15: "Kondisi Kinerja pada Akhir Periode Renstra", 17: "Unit Kerja Perangkat Daerah Penanggung Jawab", 18: "Lokasi", 19: "Keterangan" }),
    at(W, { 5: "Tahun 1 (2022)", 7: "Tahun 2 (2023)", 9: "Tahun 3 (2024)", 11: "Tahun 4 (2025)", 13: "Tahun 5 (2026)" }),
    at(W, { 5: "Target", 6: "Rp", 7: "Target", 8: "Rp", 9: "Target", 10: "Rp", 11: "Target", 12: "Rp", 13: "Target", 14: "Rp", 15: "Target", 16: "Rp" }),
  ];
  const spans: [number, number, number, number?][] = [[0, 0, 0, 3], [0, 1, 1, 3], [0, 2, 2, 3], [0, 3, 3, 3], [0, 4, 4, 3], [0, 5, 14], [0, 15, 16, 2], [0, 17, 17, 3], [0, 18, 18, 3], [0, 19, 19, 3], [1, 5, 6], [1, 7, 8], [1, 9, 10], [1, 11, 12], [1, 13, 14]];
  const line = (kode: string, name: string, unit: string, base: number, money: number[], target: number, period = money): CellValue[] => {
    const r: CellValue[] = [kode, name, `Jumlah ${name.toLowerCase()}`, unit, String(base)];
    money.forEach((m) => r.push(String(target), rp(m)));
    r.push(String(target * 5), rp(period.reduce((a, b) => a + b, 0)), "Bidang Bina Marga", "Kabupaten", null);
    return r;
  };
  const subs: [string, string, number[]][] = [
    ["1.03.10.2.01.0001", "Pembangunan Jalan", [1e9, 1.1e9, 1.2e9, 1.3e9, 1.4e9]],
    ["1.03.10.2.01.0002", "Rehabilitasi Jalan", [5e8, 5e8, 6e8, 6e8, 7e8]],
    ["1.03.10.2.02.0001", "Pembangunan Jembatan", [2e9, 2e9, 2.5e9, 2.5e9, 3e9]],
    ["1.03.10.2.02.0002", "Rehabilitasi Jembatan", [3e8, 3e8, 3e8, 4e8, 4e8]],
  ];
  const sum = (rows: number[][]): number[] => [0, 1, 2, 3, 4].map((y) => rows.reduce((s, r) => s + (r[y] ?? 0), 0));
  const k1 = sum(subs.slice(0, 2).map((s) => s[2]));
  const k2 = sum(subs.slice(2).map((s) => s[2]));
  const k2Stated = mistake ? k2.map((v, y) => (y === 2 ? v + 5_000_000 : v)) : k2;
  const data: CellValue[][] = [
    line("1.03.10", "PROGRAM PENYELENGGARAAN JALAN", "%", 60, sum([k1, k2Stated]), 80, sum([k1, k2])),
    line("1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten", "Km", 20, k1, 12),
    ...subs.slice(0, 2).map(([kode, name, money]) => line(kode, name, "Km", 10, money, 6)),
    line("1.03.10.2.02", "Penyelenggaraan Jembatan Kabupaten", "Unit", 4, k2Stated, 2, k2),
    ...subs.slice(2).map(([kode, name, money]) => line(kode, name, "Unit", 2, money, 1)),
  ];
  return sheet("RENCANA PROGRAM, KEGIATAN DAN PENDANAAN RENSTRA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG TAHUN 2022-2026", header, spans, data);
}

/** A DPA list: one flat list of sub kegiatan with pagu, sumber dana, lokasi, start and end month. */
export function dpaList(): LayoutSheet {
  const header = [
    ["No", "Kode", "Sub Kegiatan", "Sumber Dana", "Lokasi", "Waktu Pelaksanaan", null, "Pagu (Rp)"],
    [null, null, null, null, null, "Mulai", "Selesai", null],
  ];
  const spans: [number, number, number, number?][] = [[0, 0, 0, 2], [0, 1, 1, 2], [0, 2, 2, 2], [0, 3, 3, 2], [0, 4, 4, 2], [0, 5, 6], [0, 7, 7, 2]];
  const data: CellValue[][] = [
    ["1", "1.06.02.2.01.0001", "Penyediaan Permakanan", "DAU", "Kabupaten", "Januari", "Desember", rp(450_000_000)],
    ["2", "1.06.02.2.01.0002", "Penyediaan Sandang", "DAU", "Kabupaten", "Maret", "Oktober", rp(120_000_000)],
    ["3", "1.06.04.2.02.0005", "Pemberian Layanan Rujukan", "PAD", "Kabupaten", "Januari", "Desember", rp(75_500_000)],
    ["4", "1.06.05.2.01.0003", "Penyediaan Makanan", "DAK", "Kabupaten", "April", "November", rp(310_000_000)],
  ];
  return sheet("DAFTAR SUB KEGIATAN DOKUMEN PELAKSANAAN ANGGARAN (DPA) DINAS SOSIAL TAHUN 2024", header, spans, data);
}
