// Tests of the text report: per file and sheet, findings grouped by row with severity words, summary and counts.
import { describe, expect, it } from "vitest";
import { formatText, type TextFile } from "../../cli/format-text.js";
import { SAMPLE_ISSUES, sampleSheet } from "./sample-report.js";

const sheet = sampleSheet;
const ISSUES = SAMPLE_ISSUES;

const lines = (s: string) => s.split("\n");

describe("formatText in Indonesian (default)", () => {
  const text = formatText([{ file: "dumai.xlsx", sheets: [sheet({ issues: ISSUES, summary: { program: 9, kegiatan: 19, subKegiatan: 60, totalPagu: "29.088.222.620" } })] }], "id");

  it("starts with the file, then the sheet with its family, header rows, data rows and understood columns", () => {
    expect(lines(text).slice(0, 3)).toEqual([
      "== dumai.xlsx",
      '-- Lembar "Tabel 3.1" (jenis tabel: perubahan; baris judul 3, 4; baris data: 12)',
      "   Kolom yang dikenali: A=kode, R=pagu-after",
    ]);
  });

  it("groups findings by row, each row heading once, each finding with its severity word, cell and rule", () => {
    expect(lines(text).slice(3, 12)).toEqual([
      "   Baris 34",
      "     [KESALAHAN] T34 delta-mismatch: Perubahan tidak sesuai.",
      "   Baris 50",
      "     [KESALAHAN] R50 total-mismatch: Jumlah program salah.",
      "     [PERINGATAN] missing-indicator: Indikator kosong.",
      "     [INFO] empty-parent: Kegiatan tanpa sub kegiatan.",
      "   Baris 96",
      "     [PERINGATAN] A96 kode-orphan: Induk kode tidak ada.",
      "   Ringkasan: 9 program, 19 kegiatan, 60 sub kegiatan, total pagu Rp 29.088.222.620.",
    ]);
  });

  it("ends with the counts sentence", () => {
    expect(lines(text).at(-1)).toBe("2 kesalahan, 2 peringatan, 1 info pada 1 berkas.");
  });

  it("says so when a sheet has no finding, and adds capaian and predikat to the summary when known", () => {
    const t = formatText([{ file: "a.xlsx", sheets: [sheet({ family: "evaluasi", summary: { program: 1, kegiatan: 1, subKegiatan: 2, averageCapaian: "87,50%", predikat: "Tinggi" } })] }], "id");
    expect(t).toContain("   Tidak ada temuan.\n");
    expect(t).toContain("   Ringkasan: 1 program, 1 kegiatan, 2 sub kegiatan, rata-rata capaian 87,50% (Tinggi).");
    expect(lines(t).at(-1)).toBe("0 kesalahan, 0 peringatan, 0 info pada 1 berkas.");
  });

  it("leaves out header rows and columns for a sheet without a table", () => {
    const t = formatText(
      [{ file: "catatan.xlsx", sheets: [sheet({ name: "Catatan", family: "unknown", headerRows: [], dataRows: 0, columns: [], issues: [{ rule: "header-not-found", severity: "error", row: 1, message: "Tabel Renja tidak ditemukan." }] })] }],
      "id",
    );
    expect(lines(t).slice(0, 4)).toEqual(["== catatan.xlsx", '-- Lembar "Catatan" (jenis tabel: unknown; baris data: 0)', "   Baris 1", "     [KESALAHAN] header-not-found: Tabel Renja tidak ditemukan."]);
  });

  it("prints an unreadable file as TIDAK TERBACA and counts it among the files", () => {
    const files: TextFile[] = [
      { file: "rusak.xlsx", sheets: [], error: "rusak.xlsx is not a readable .xlsx workbook" },
      { file: "dumai.xlsx", sheets: [sheet({ issues: ISSUES.slice(0, 1) })] },
    ];
    const t = formatText(files, "id");
    expect(lines(t).slice(0, 3)).toEqual(["== rusak.xlsx", "  TIDAK TERBACA: rusak.xlsx is not a readable .xlsx workbook", ""]);
    expect(t).toContain("== dumai.xlsx");
    expect(lines(t).at(-1)).toBe("1 kesalahan, 0 peringatan, 0 info pada 2 berkas.");
  });

  it("prints every sheet of a file in order and counts the findings of all of them", () => {
    const t = formatText([{ file: "dua.xlsx", sheets: [sheet({ name: "A", issues: ISSUES.slice(0, 2) }), sheet({ name: "B", issues: ISSUES.slice(4) })] }], "id");
    expect(t.indexOf('-- Lembar "A"')).toBeLessThan(t.indexOf('-- Lembar "B"'));
    expect(t.indexOf("Baris 50")).toBeLessThan(t.indexOf('-- Lembar "B"'));
    expect(t.indexOf("Baris 96")).toBeGreaterThan(t.indexOf('-- Lembar "B"'));
    expect(lines(t).at(-1)).toBe("2 kesalahan, 1 peringatan, 0 info pada 1 berkas.");
  });
});

describe("formatText in English", () => {
  it("uses English words for the sheet line, rows, severities, summary and counts", () => {
    const t = formatText([{ file: "dumai.xlsx", sheets: [sheet({ issues: ISSUES, summary: { program: 9, kegiatan: 19, subKegiatan: 60, totalPagu: "29,088,222,620" } })] }], "en");
    expect(t).toContain('-- Sheet "Tabel 3.1" (table family: perubahan; header rows 3, 4; data rows: 12)');
    expect(t).toContain("   Columns understood: A=kode, R=pagu-after");
    expect(t).toContain("   Row 50\n     [ERROR] R50 total-mismatch:");
    expect(t).toContain("     [WARNING] missing-indicator:");
    expect(t).toContain("     [INFO] empty-parent:");
    expect(t).toContain("   Summary: 9 programs, 19 kegiatan, 60 sub kegiatan, total budget Rp 29,088,222,620.");
    expect(lines(t).at(-1)).toBe("2 errors, 2 warnings, 1 info in 1 file.");
    expect(t).not.toMatch(/KESALAHAN|PERINGATAN|Baris|Lembar/);
  });

  it("writes singular and plural counts correctly", () => {
    const one = formatText([{ file: "a.xlsx", sheets: [sheet({ issues: [ISSUES[0], ISSUES[2]].filter((i) => i !== undefined) })] }], "en");
    expect(lines(one).at(-1)).toBe("1 error, 1 warning, 0 info in 1 file.");
    const none = formatText([{ file: "a.xlsx", sheets: [sheet()] }, { file: "b.csv", sheets: [sheet()] }], "en");
    expect(none).toContain("   No findings.\n");
    expect(lines(none).at(-1)).toBe("0 errors, 0 warnings, 0 info in 2 files.");
  });

  it("prints an unreadable file as UNREADABLE", () => {
    expect(formatText([{ file: "x.txt", sheets: [], error: "unsupported" }], "en")).toContain("  UNREADABLE: unsupported");
  });
});
