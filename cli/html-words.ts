// Every label of the HTML report, in Indonesian and English, plus short titles of the rules and table families.
import { FAMILY_TITLES } from "../core/messages/family-titles.js";
import { RULE_TITLES } from "../core/messages/rule-titles.js";
import { TABLE_LABELS, type TableLabels } from "../core/messages/table-labels.js";
import type { Family, Lang, RuleId, Severity } from "../core/model.js";

export interface HtmlWords extends TableLabels {
  title: string;
  generated: string;
  overview: string;
  file: string;
  sheets: string;
  severity: Record<Severity, string>;
  severityPlural: Record<Severity, string>;
  /** `3 kesalahan`, `1 error`, `2 warnings`. */
  severityCount: (s: Severity, n: number) => string;
  status: string;
  total: string;
  statusClean: string;
  statusErrors: string;
  statusUnreadable: string;
  counts: (e: number, w: number, i: number, files: number, sheets: number) => string;
  filters: string;
  severityLabel: string;
  ruleLabel: string;
  allRules: string;
  showAll: string;
  /** `{shown}` and `{total}` are filled in by the page script. */
  shownTemplate: string;
  noScript: string;
  convention: string;
  conventionValue: Record<"id" | "en", string>;
  formulas: string;
  columns: string;
  summary: string;
  program: string;
  kegiatan: string;
  subKegiatan: string;
  totalPagu: string;
  predikat: string;
  findings: string;
  rule: string;
  cell: string;
  message: string;
  expected: string;
  actual: string;
  row: string;
  noFindings: string;
  noneMatch: string;
  unreadable: string;
  unreadableFiles: string;
  footer: string;
  families: Record<Family, string>;
  rules: Record<RuleId, string>;
}

const ID: HtmlWords = {
  ...TABLE_LABELS.id,
  title: "Laporan Pemeriksaan Renja",
  generated: "Dibuat",
  overview: "Berkas yang diperiksa",
  file: "Berkas",
  sheets: "Lembar",
  severity: { error: "Kesalahan", warning: "Peringatan", info: "Info" },
  severityPlural: { error: "Kesalahan", warning: "Peringatan", info: "Info" },
  severityCount: (s, n) => `${n} ${{ error: "kesalahan", warning: "peringatan", info: "info" }[s]}`,
  status: "Status",
  total: "Jumlah",
  statusClean: "Tanpa kesalahan",
  statusErrors: "Ada kesalahan",
  statusUnreadable: "Tidak terbaca",
  counts: (e, w, i, files, sheets) => `${e} kesalahan, ${w} peringatan, ${i} info pada ${files} berkas (${sheets} lembar).`,
  filters: "Saring temuan",
  severityLabel: "Tingkat",
  ruleLabel: "Aturan",
  allRules: "Semua aturan",
  showAll: "Tampilkan semua",
  shownTemplate: "{shown} dari {total} temuan ditampilkan",
  noScript: "Saringan memerlukan JavaScript; semua temuan ditampilkan.",
  convention: "Penulisan angka",
  conventionValue: { id: "Indonesia (1.234,56)", en: "Inggris (1,234.56)" },
  formulas: "Rumus pada baris penomoran",
  columns: "Kolom yang dikenali",
  summary: "Ringkasan",
  program: "Program",
  kegiatan: "Kegiatan",
  subKegiatan: "Sub kegiatan",
  totalPagu: "Total pagu",
  predikat: "Predikat",
  findings: "Temuan",
  rule: "Aturan",
  cell: "Sel",
  message: "Pesan",
  expected: "Seharusnya",
  actual: "Tertulis",
  row: "baris",
  noFindings: "Tidak ada temuan.",
  noneMatch: "Tidak ada temuan yang cocok dengan saringan.",
  unreadable: "Tidak terbaca",
  unreadableFiles: "Berkas yang tidak terbaca",
  footer: "Dibuat dengan renja check. Angka ditulis seperti pada lembar; baris dan kolom mengikuti lembar kerja.",
  families: FAMILY_TITLES.id,
  rules: RULE_TITLES.id,
};

const EN: HtmlWords = {
  ...TABLE_LABELS.en,
  title: "Renja Check Report",
  generated: "Generated",
  overview: "Files checked",
  file: "File",
  sheets: "Sheets",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  severityPlural: { error: "Errors", warning: "Warnings", info: "Info" },
  severityCount: (s, n) => `${n} ${s}${n === 1 || s === "info" ? "" : "s"}`,
  status: "Status",
  total: "Total",
  statusClean: "No errors",
  statusErrors: "Has errors",
  statusUnreadable: "Unreadable",
  counts: (e, w, i, files, sheets) =>
    `${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${i} info in ${files} file${files === 1 ? "" : "s"} (${sheets} sheet${sheets === 1 ? "" : "s"}).`,
  filters: "Filter findings",
  severityLabel: "Severity",
  ruleLabel: "Rule",
  allRules: "All rules",
  showAll: "Show all",
  shownTemplate: "{shown} of {total} findings shown",
  noScript: "Filters need JavaScript; every finding is shown.",
  convention: "Number format",
  conventionValue: { id: "Indonesian (1.234,56)", en: "English (1,234.56)" },
  formulas: "Numbering-row formulas",
  columns: "Columns understood",
  summary: "Summary",
  program: "Programs",
  kegiatan: "Kegiatan (activities)",
  subKegiatan: "Sub kegiatan (sub-activities)",
  totalPagu: "Total budget (pagu)",
  predikat: "Rating (predikat)",
  findings: "Findings",
  rule: "Rule",
  cell: "Cell",
  message: "Message",
  expected: "Expected",
  actual: "Actual",
  row: "row",
  noFindings: "No findings.",
  noneMatch: "No finding matches the filter.",
  unreadable: "Unreadable",
  unreadableFiles: "Unreadable files",
  footer: "Generated by renja check. Numbers are written as in the sheet; rows and columns are the worksheet's.",
  families: FAMILY_TITLES.en,
  rules: RULE_TITLES.en,
};

export const HTML_WORDS: Record<Lang, HtmlWords> = { id: ID, en: EN };
