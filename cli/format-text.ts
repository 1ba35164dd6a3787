// The text report a reviewer reads: per file and sheet, findings grouped by row and severity, counts at the end.
import type { SheetReport } from "../core/check.js";
import { KEPT_CATALOGUE, NOMENCLATURE_USED } from "../core/messages/catalogue-words.js";
import { countBySeverity } from "../core/report.js";
import type { Lang } from "../core/model.js";
import { SKIPPED_SHEET } from "./skipped-words.js";
import { TABLE_LABELS, unreadColumnsText } from "../core/messages/table-labels.js";

const WORDS = {
  id: {
    sheet: "Lembar",
    family: "jenis tabel",
    header: "baris judul",
    data: "baris data",
    columns: "Kolom yang dikenali",
    row: "Baris",
    error: "KESALAHAN",
    warning: "PERINGATAN",
    info: "INFO",
    expected: "seharusnya",
    actual: "tertulis",
    summary: (s: SheetReport["summary"]) =>
      `Ringkasan: ${s.program} program, ${s.kegiatan} kegiatan, ${s.subKegiatan} sub kegiatan${s.totalPagu ? `, total pagu Rp ${s.totalPagu}` : ""}${s.averageCapaian ? `, rata-rata capaian ${s.averageCapaian} (${s.predikat})` : ""}.`,
    counts: (e: number, w: number, i: number, files: number) => `${e} kesalahan, ${w} peringatan, ${i} info pada ${files} berkas.`,
    clean: "Tidak ada temuan.",
    unreadable: "TIDAK TERBACA",
  },
  en: {
    sheet: "Sheet",
    family: "table family",
    header: "header rows",
    data: "data rows",
    columns: "Columns understood",
    row: "Row",
    error: "ERROR",
    warning: "WARNING",
    info: "INFO",
    expected: "expected",
    actual: "written",
    summary: (s: SheetReport["summary"]) =>
      `Summary: ${s.program} programs, ${s.kegiatan} kegiatan, ${s.subKegiatan} sub kegiatan${s.totalPagu ? `, total budget Rp ${s.totalPagu}` : ""}${s.averageCapaian ? `, average achievement ${s.averageCapaian} (${s.predikat})` : ""}.`,
    counts: (e: number, w: number, i: number, files: number) =>
      `${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${i} info in ${files} file${files === 1 ? "" : "s"}.`,
    clean: "No findings.",
    unreadable: "UNREADABLE",
  },
} as const;

export interface TextFile {
  file: string;
  sheets: SheetReport[];
  error?: string;
  nomenclature?: { version: string; entries: number };
  skippedSheets?: { name: string; reason: string }[];
}

/**
 * Renders reports as plain text.
 * @example formatText([{ file: "a.xlsx", sheets }], "id")
 */
export function formatText(files: readonly TextFile[], lang: Lang): string {
  const w = WORDS[lang];
  const out: string[] = [];
  for (const f of files) {
    out.push(`== ${f.file}`);
    if (f.nomenclature) out.push(`   ${KEPT_CATALOGUE[lang](f.nomenclature.version, f.nomenclature.entries)}`);
    if (f.error) {
      out.push(`  ${w.unreadable}: ${f.error}`, "");
      continue;
    }
    for (const s of f.sheets) {
      const head = s.headerRows.length > 0 ? `; ${w.header} ${s.headerRows.join(", ")}` : "";
      out.push(`-- ${w.sheet} "${s.name}" (${w.family}: ${s.family}${head}; ${w.data}: ${s.dataRows})`);
      if (s.columns.length > 0) out.push(`   ${w.columns}: ${s.columns.map((c) => `${c.column}=${c.role}`).join(", ")}`);
      const labels = TABLE_LABELS[lang];
      if (s.document) out.push(`   ${labels.readFrom}: ${labels.documents[s.document]}`);
      if (s.unreadColumns && s.unreadColumns.length > 0) out.push(`   ${labels.unreadColumns}: ${unreadColumnsText(s.unreadColumns)}`);
      if (s.nomenclature) out.push(`   ${NOMENCLATURE_USED[lang](s.nomenclature)}`);
      if (s.issues.length === 0) out.push(`   ${w.clean}`);
      let lastRow = -1;
      for (const i of s.issues) {
        if (i.row !== lastRow) {
          out.push(`   ${w.row} ${i.row}`);
          lastRow = i.row;
        }
        const cell = i.column ? `${i.column}${i.row} ` : "";
        out.push(`     [${w[i.severity]}] ${cell}${i.rule}: ${i.message}`);
      }
      out.push(`   ${w.summary(s.summary)}`, "");
    }
    for (const k of f.skippedSheets ?? []) out.push(`   ${SKIPPED_SHEET[lang](k.name, k.reason)}`);
  }
  const c = countBySeverity(files.flatMap((f) => f.sheets));
  out.push(w.counts(c.error, c.warning, c.info, files.length));
  return out.join("\n");
}
