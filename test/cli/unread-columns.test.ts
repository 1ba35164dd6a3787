// The columns a sheet has that were not understood, and the document a table was read from, in the text and HTML reports.
import { describe, expect, it } from "vitest";
import { formatHtml } from "../../cli/format-html.js";
import { formatText, type TextFile } from "../../cli/format-text.js";
import { checkGrid } from "../../core/check.js";
import { checkHtml, unescapeHtml } from "./html-check.js";
import { sampleSheet } from "./sample-report.js";

const XSS = "<img src=x onerror=alert(1)>";

/** A SIPD-style sheet whose `APBD 2024` stands alone in its header, beside the pagu it was read with. */
const grid = {
  name: "Renja",
  rows: [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Target", "Pagu Indikatif (Rp)", "APBD 2024"],
    ["1.06.04", "PROGRAM REHABILITASI SOSIAL", "Persentase PMKS", "100 %", "900.000.000", "850.000.000"],
    ["1.06.04.2.01", "Rehabilitasi Sosial Dasar", "Jumlah dokumen", "2 Dokumen", "900.000.000", "850.000.000"],
    ["1.06.04.2.01.0001", "Penyediaan Permakanan", "Jumlah orang", "85 Orang", "900.000.000", "850.000.000"],
  ],
};

describe("unread columns", () => {
  it("are on the sheet report: a column of numbers under a header the vocabulary lacks (APBD 2024)", () => {
    const report = checkGrid(grid).report;
    expect(report.unreadColumns).toEqual([{ column: "F", header: "apbd 2024" }]);
    expect(report.columns.map((c) => c.column)).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("are listed in the text report, in Indonesian and English", () => {
    const files: TextFile[] = [{ file: "renja.xlsx", sheets: [checkGrid(grid).report] }];
    expect(formatText(files, "id")).toContain("Kolom berisi angka yang tidak dikenali: F (apbd 2024)");
    expect(formatText(files, "en")).toContain("Columns with numbers that were not understood: F (apbd 2024)");
  });

  it("are listed in the HTML report, escaped", () => {
    const sheet = sampleSheet({ unreadColumns: [{ column: "L", header: `apbd 2024 ${XSS}` }], document: "renstra" });
    const html = formatHtml([{ file: "renja.xlsx", sheets: [sheet] }], "id");
    const shape = checkHtml(html);
    expect(shape.tags).not.toContain("img");
    expect(unescapeHtml(shape.text)).toContain(`L (apbd 2024 ${XSS})`);
    expect(unescapeHtml(shape.text)).toContain("Renstra, sebagai jenis tabel terdekat");
  });

  it("are not mentioned when every numeric column was understood", () => {
    const text = formatText([{ file: "a.xlsx", sheets: [sampleSheet({ unreadColumns: [] })] }], "id");
    expect(text).not.toContain("tidak dikenali");
  });
});
