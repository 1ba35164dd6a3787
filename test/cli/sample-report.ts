// One small checked sheet with findings of every severity, for the tests of the text and HTML reports.
import type { SheetReport } from "../../core/check.js";

/** Dumai's Tabel 3.1 as a report, with `over` laid on top. */
export function sampleSheet(over: Partial<SheetReport> = {}): SheetReport {
  return {
    name: "Tabel 3.1",
    family: "perubahan",
    headerRows: [3, 4],
    dataRows: 12,
    issues: [],
    summary: { program: 2, kegiatan: 3, subKegiatan: 7 },
    columns: [
      { column: "A", role: "kode", label: "Kode", header: "Kode" },
      { column: "R", role: "pagu-after", label: "Pagu sesudah", header: "Pagu > Sesudah", number: 18 },
    ],
    convention: "id",
    ...over,
  };
}

export const SAMPLE_ISSUES: SheetReport["issues"] = [
  { rule: "delta-mismatch", severity: "error", row: 34, column: "T", message: "Perubahan tidak sesuai.", expected: "-10.000.000", actual: "0" },
  { rule: "total-mismatch", severity: "error", row: 50, column: "R", message: "Jumlah program salah.", expected: "1.100.000.000", actual: "1.050.000.000" },
  { rule: "missing-indicator", severity: "warning", row: 50, message: "Indikator kosong." },
  { rule: "empty-parent", severity: "info", row: 50, message: "Kegiatan tanpa sub kegiatan." },
  { rule: "kode-orphan", severity: "warning", row: 96, column: "A", message: "Induk kode tidak ada." },
];
