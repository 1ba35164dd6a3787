// Every label of the sidebar in Indonesian and English, with short titles of the rules and table families.
import { FAMILY_TITLES } from "../../core/messages/family-titles.js";
import { RULE_TITLES } from "../../core/messages/rule-titles.js";
import { TABLE_LABELS, type TableLabels } from "../../core/messages/table-labels.js";
import type { Family, RuleId, Severity } from "../../core/model.js";
import type { Lang, TemplateFamily } from "../shared/api.js";

export interface SidebarWords extends TableLabels {
  title: string;
  language: string;
  check: string;
  flag: string;
  clear: string;
  totals: string;
  template: string;
  templateFamily: string;
  predikatColours: string;
  program: string;
  kegiatan: string;
  subKegiatan: string;
  totalPagu: string;
  predikat: string;
  columns: (n: number) => string;
  findings: string;
  noFindings: string;
  noTable: string;
  severity: Record<Severity, string>;
  severityCount: (s: Severity, n: number) => string;
  expected: string;
  actual: string;
  rowOnly: (row: number) => string;
  goTo: (cell: string) => string;
  working: string;
  /** A large sheet changed since its last check: the server checked it again and the action goes on. */
  continuing: string;
  failed: string;
  noHost: string;
  checked: (e: number, w: number, i: number) => string;
  flagged: (filled: number, notes: number, restored: number) => string;
  cleared: (restored: number, kept: number) => string;
  totalsDone: (written: number, skipped: number, textNumbers: number) => string;
  heldTitle: (n: number) => string;
  heldMore: (n: number) => string;
  replace: string;
  cancel: string;
  templateDone: (sheet: string) => string;
  families: Record<Family, string>;
  templates: Record<TemplateFamily, string>;
  rules: Record<RuleId, string>;
  /** The nomenclature catalogue in use: the built-in one, or the spreadsheet's own. */
  catalogueBuiltin: (entries: number) => string;
  nomenclatureVersion: string;
  versionByYear: string;
  catalogueDocument: (version: string, entries: number) => string;
  catalogueProblem: (problem: string) => string;
  catalogueLoad: string;
  catalogueRemove: string;
}

const ID: SidebarWords = {
  ...TABLE_LABELS.id,
  title: "Pemeriksa Renja",
  language: "Bahasa",
  check: "Periksa",
  flag: "Tandai",
  clear: "Hapus tanda",
  totals: "Jumlahkan otomatis",
  template: "Sisipkan templat",
  templateFamily: "Jenis templat",
  predikatColours: "Warnai sel predikat saat menandai",
  program: "Program",
  kegiatan: "Kegiatan",
  subKegiatan: "Sub kegiatan",
  totalPagu: "Total pagu",
  predikat: "Predikat",
  columns: (n) => `Kolom yang dikenali (${n})`,
  findings: "Temuan",
  noFindings: "Tidak ada temuan.",
  noTable: "Tabel Renja tidak ditemukan di lembar ini.",
  severity: { error: "Kesalahan", warning: "Peringatan", info: "Info" },
  severityCount: (s, n) => `${n} ${{ error: "kesalahan", warning: "peringatan", info: "info" }[s]}`,
  expected: "Seharusnya",
  actual: "Tertulis",
  rowOnly: (row) => `Baris ${row}`,
  goTo: (cell) => `Pilih sel ${cell}`,
  working: "Sedang diproses…",
  continuing: "Lembar berubah sejak pemeriksaan terakhir: temuan di bawah sudah diperbarui. Melanjutkan…",
  failed: "Gagal",
  noHost: "Panel ini berjalan di Google Sheets: google.script.run tidak tersedia di sini.",
  checked: (e, w, i) => `${e} kesalahan, ${w} peringatan, ${i} info.`,
  flagged: (f, n, r) => `${f} sel ditandai, ${n} catatan${r > 0 ? `; ${r} sel tanpa temuan dikembalikan` : ""}.`,
  cleared: (r, k) => `${r} sel dikembalikan seperti semula${k > 0 ? `; ${k} sel yang sudah Anda ubah dibiarkan` : ""}.`,
  totalsDone: (w, s, t) => `${w} sel diisi rumus${s > 0 ? `; ${s} dilewati (masukan berupa teks)` : ""}${t > 0 ? `; ${t} angka tersimpan sebagai teks` : ""}.`,
  heldTitle: (n) => `${n} sel berisi nilai yang diketik. Ganti dengan rumus?`,
  heldMore: (n) => `… dan ${n} sel lagi`,
  replace: "Ganti",
  cancel: "Biarkan",
  templateDone: (s) => `Templat dibuat di lembar "${s}".`,
  families: FAMILY_TITLES.id,
  templates: { rencana: "Rencana", perubahan: "Perubahan", evaluasi: "Evaluasi" },
  rules: RULE_TITLES.id,
  catalogueBuiltin: (n) => `Katalog nomenklatur: bawaan (${n} kode).`,
  nomenclatureVersion: "Versi nomenklatur",
  versionByYear: "Menurut tahun tabel",
  catalogueDocument: (v, n) => `Katalog nomenklatur dari spreadsheet ini: ${v} (${n} kode).`,
  catalogueProblem: (p) => `Katalog di spreadsheet ini tidak terbaca (${p}); memakai katalog bawaan.`,
  catalogueLoad: "Muat katalog (.json)…",
  catalogueRemove: "Pakai katalog bawaan",
};

const EN: SidebarWords = {
  ...TABLE_LABELS.en,
  title: "Renja checker",
  language: "Language",
  check: "Check",
  flag: "Flag",
  clear: "Clear flags",
  totals: "Auto-total",
  template: "Insert template",
  templateFamily: "Template",
  predikatColours: "Colour predikat cells when flagging",
  program: "Programs",
  kegiatan: "Kegiatan",
  subKegiatan: "Sub kegiatan",
  totalPagu: "Total budget (pagu)",
  predikat: "Rating (predikat)",
  columns: (n) => `Columns understood (${n})`,
  findings: "Findings",
  noFindings: "No findings.",
  noTable: "No Renja table found on this sheet.",
  severity: { error: "Errors", warning: "Warnings", info: "Info" },
  severityCount: (s, n) => `${n} ${s === "info" ? "info" : `${s}${n === 1 ? "" : "s"}`}`,
  expected: "Expected",
  actual: "Written",
  rowOnly: (row) => `Row ${row}`,
  goTo: (cell) => `Select cell ${cell}`,
  working: "Working…",
  continuing: "The sheet changed since its last check: the findings below are up to date. Going on…",
  failed: "Failed",
  noHost: "This panel runs inside Google Sheets: google.script.run is not available here.",
  checked: (e, w, i) => `${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${i} info.`,
  flagged: (f, n, r) => `${f} cell${f === 1 ? "" : "s"} flagged, ${n} note${n === 1 ? "" : "s"}${r > 0 ? `; ${r} cell${r === 1 ? "" : "s"} without findings restored` : ""}.`,
  cleared: (r, k) => `${r} cell${r === 1 ? "" : "s"} restored${k > 0 ? `; ${k} you changed since left alone` : ""}.`,
  totalsDone: (w, s, t) => `${w} cell${w === 1 ? "" : "s"} now hold formulas${s > 0 ? `; ${s} skipped (an input is text)` : ""}${t > 0 ? `; ${t} numbers stored as text` : ""}.`,
  heldTitle: (n) => `${n} cell${n === 1 ? "" : "s"} hold typed values. Replace with formulas?`,
  heldMore: (n) => `… and ${n} more`,
  replace: "Replace",
  cancel: "Keep",
  templateDone: (s) => `Template written to the sheet "${s}".`,
  families: FAMILY_TITLES.en,
  templates: { rencana: "Plan (rencana)", perubahan: "Revised plan (perubahan)", evaluasi: "Evaluation (evaluasi)" },
  rules: RULE_TITLES.en,
  catalogueBuiltin: (n) => `Nomenclature catalogue: built-in (${n} codes).`,
  nomenclatureVersion: "Nomenclature version",
  versionByYear: "By the table's year",
  catalogueDocument: (v, n) => `Nomenclature catalogue of this spreadsheet: ${v} (${n} codes).`,
  catalogueProblem: (p) => `This spreadsheet's catalogue cannot be read (${p}); using the built-in one.`,
  catalogueLoad: "Load catalogue (.json)…",
  catalogueRemove: "Use the built-in catalogue",
};

/** The sidebar's words in a language. */
export function sidebarWords(lang: Lang): SidebarWords {
  return lang === "en" ? EN : ID;
}
