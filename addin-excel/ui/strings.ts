// Every text of the task pane, in Indonesian (default) and English. Rule titles follow the HTML report's.
import { RULE_TITLES } from "../../core/messages/rule-titles.js";
import { TABLE_LABELS, type TableLabels } from "../../core/messages/table-labels.js";
import type { Family, Lang, RuleId, Severity } from "../../core/model.js";
import type { NoteMode } from "../adapter/capabilities.js";

/** Messages of earlier flags this Excel cannot touch: what they are, the requirement set they need, where to remove them. */
const KEPT: Record<Lang, Record<NoteMode, { what: string; set: string; elsewhere: string }>> = {
  id: {
    note: { what: "catatan", set: "1.18", elsewhere: "di Excel 365 atau dengan renja clear" },
    comment: { what: "komentar", set: "1.10", elsewhere: "di Excel yang lebih baru" },
    column: { what: "kolom temuan", set: "1.1", elsewhere: "dengan tangan" },
  },
  en: {
    note: { what: "notes", set: "1.18", elsewhere: "in Excel 365 or with renja clear" },
    comment: { what: "comments", set: "1.10", elsewhere: "in a newer Excel" },
    column: { what: "findings-column cells", set: "1.1", elsewhere: "by hand" },
  },
};

const nf = (lang: Lang) => new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-US");
/** A count in the language's digits grouping: `19.985` / `19,985`. */
export const fmtCount = (lang: Lang, n: number): string => nf(lang).format(n);

export interface Words extends TableLabels {
  title: string;
  subtitle: string;
  check: string;
  flag: string;
  clear: string;
  autoTotal: string;
  insertTemplate: string;
  templateFamily: string;
  language: string;
  settings: string;
  bands: string;
  bandMin: string;
  bandLabel: string;
  bandLowest: string;
  save: string;
  reset: string;
  saved: string;
  catalogue: string;
  catalogueBuiltin: (entries: number) => string;
  nomenclatureVersion: string;
  versionByYear: string;
  catalogueDocument: (version: string, entries: number) => string;
  catalogueProblem: (problem: string) => string;
  catalogueLoad: string;
  catalogueRemove: string;
  catalogueRefused: (reason: string) => string;
  catalogueLoaded: (version: string, entries: number) => string;
  catalogueRemoved: string;
  cancel: string;
  reading: (done: number, total: number) => string;
  writing: (done: number, total: number) => string;
  checking: string;
  preparing: string;
  recognised: string;
  columns: string;
  counts: (p: number, k: number, s: number) => string;
  totalPagu: string;
  predikat: string;
  findings: string;
  noFindings: string;
  severity: Record<Severity, string>;
  severityCount: (s: Severity, n: number) => string;
  rowLevel: string;
  expected: string;
  actual: string;
  showMore: (n: number) => string;
  selected: (ref: string) => string;
  families: Record<Family, string>;
  rules: Record<RuleId, string>;
  noteMode: Record<NoteMode, string>;
  flagged: (cells: number, notes: number, mode: NoteMode) => string;
  hadComment: (n: number) => string;
  hadNote: (n: number) => string;
  notesLeft: (n: number, mode: NoteMode) => string;
  paneOnly: (n: number, mode: NoteMode) => string;
  changedByHand: (n: number) => string;
  cleared: (n: number) => string;
  nothingToClear: string;
  flagsKept: (at: string) => string;
  nothingToFlag: string;
  confirmTitle: string;
  confirmBody: (writes: number, held: number) => string;
  confirmSkipped: (n: number) => string;
  confirmTextNumbers: (n: number) => string;
  convertTextNumbers: string;
  replaceAll: (n: number) => string;
  emptyOnly: (n: number) => string;
  writeAll: (n: number) => string;
  nothingToTotal: (skipped: number) => string;
  totalled: (n: number) => string;
  templateInserted: (name: string) => string;
  columnHeader: string;
  checkFirst: string;
  checkedAt: (time: string) => string;
  notExcel: string;
  errors: {
    stale: (was: string, now: string) => string;
    editMode: string;
    accessDenied: string;
    notFound: string;
    tooLarge: string;
    apiMissing: string;
    busy: string;
    general: (detail: string) => string;
    unexpected: (detail: string) => string;
  };
}

const ID: Words = {
  ...TABLE_LABELS.id,
  title: "Pemeriksa Renja",
  subtitle: "Periksa tabel Renja pada lembar aktif",
  check: "Periksa",
  flag: "Tandai",
  clear: "Hapus tanda",
  autoTotal: "Jumlahkan otomatis",
  insertTemplate: "Sisipkan templat",
  templateFamily: "Jenis tabel templat",
  language: "Bahasa",
  settings: "Pengaturan",
  bands: "Rentang predikat (capaian %)",
  bandMin: "Mulai dari (%)",
  bandLabel: "Predikat",
  bandLowest: "Predikat terendah: di bawah batas di atasnya",
  save: "Simpan",
  reset: "Kembalikan bawaan",
  saved: "Pengaturan disimpan di buku kerja ini.",
  catalogue: "Katalog nomenklatur",
  catalogueBuiltin: (n) => `Bawaan (${fmtCount("id", n)} kode).`,
  nomenclatureVersion: "Versi nomenklatur",
  versionByYear: "Menurut tahun tabel",
  catalogueDocument: (v, n) => `Dari buku kerja ini: ${v} (${fmtCount("id", n)} kode).`,
  catalogueProblem: (p) => `Katalog di buku kerja ini tidak terbaca (${p}); memakai katalog bawaan.`,
  catalogueLoad: "Muat katalog (.json)…",
  catalogueRemove: "Pakai katalog bawaan",
  catalogueRefused: (r) => `Berkas ini bukan katalog nomenklatur (${r}). Buat dengan "renja nomenclature import LAMPIRAN.xlsx -o katalog.json".`,
  catalogueLoaded: (v, n) => `Katalog ${v} (${fmtCount("id", n)} kode) disimpan di buku kerja ini; lembar diperiksa ulang dengannya.`,
  catalogueRemoved: "Katalog buku kerja dihapus; memakai katalog bawaan.",
  cancel: "Batal",
  reading: (d, t) => `Membaca baris ${fmtCount("id", d)} dari ${fmtCount("id", t)}…`,
  writing: (d, t) => `Menulis… baris ${fmtCount("id", d)} dari ${fmtCount("id", t)}`,
  checking: "Memeriksa…",
  preparing: "Menyiapkan…",
  recognised: "Yang dikenali",
  columns: "Kolom yang dipahami",
  counts: (p, k, s) => `${fmtCount("id", p)} program, ${fmtCount("id", k)} kegiatan, ${fmtCount("id", s)} sub kegiatan`,
  totalPagu: "Total pagu",
  predikat: "Predikat",
  findings: "Temuan",
  noFindings: "Tidak ada temuan. Tabel ini lolos semua pemeriksaan.",
  severity: { error: "Kesalahan", warning: "Peringatan", info: "Info" },
  severityCount: (s, n) => `${fmtCount("id", n)} ${{ error: "kesalahan", warning: "peringatan", info: "info" }[s]}`,
  rowLevel: "baris",
  expected: "seharusnya",
  actual: "tertulis",
  showMore: (n) => `Tampilkan ${fmtCount("id", n)} lagi`,
  selected: (ref) => `Sel ${ref} dipilih.`,
  families: { rencana: "Rencana", perubahan: "Perubahan", evaluasi: "Evaluasi", "review-rkpd": "Review RKPD", "kinerja-pelayanan": "Kinerja pelayanan", unknown: "Tidak dikenal" },
  rules: RULE_TITLES.id,
  noteMode: {
    note: "Pesan temuan ditulis sebagai catatan sel (ExcelApi 1.18).",
    comment: "Excel ini belum mendukung catatan sel (ExcelApi 1.18): pesan temuan ditulis sebagai komentar.",
    column: "Excel ini tidak mendukung catatan maupun komentar: pesan temuan ditulis di kolom di sebelah kanan tabel.",
  },
  flagged: (c, n, m) => `${fmtCount("id", c)} sel ditandai, ${fmtCount("id", n)} ${m === "note" ? "catatan" : m === "comment" ? "komentar" : "pesan di kolom temuan"} ditulis.`,
  hadComment: (n) => `${fmtCount("id", n)} sel sudah punya komentar; pesannya hanya ada di panel ini.`,
  hadNote: (n) => `${fmtCount("id", n)} sel tidak bisa diberi komentar (sel dengan catatan tidak bisa); pesannya hanya ada di panel ini.`,
  notesLeft: (n, m) => `${fmtCount("id", n)} ${KEPT.id[m].what} tanda tidak bisa dihapus di Excel ini (${KEPT.id[m].what} perlu ExcelApi ${KEPT.id[m].set}) dan tetap tercatat; hapus ${KEPT.id[m].elsewhere}.`,
  paneOnly: (n, m) => `Tanda sebelumnya memakai ${KEPT.id[m].what}, yang tidak bisa ditulis Excel ini: pesan ${fmtCount("id", n)} sel hanya ada di panel ini.`,
  changedByHand: (n) => `${fmtCount("id", n)} sel diubah manual sejak ditandai dan dibiarkan.`,
  cleared: (n) => `Tanda dihapus: ${fmtCount("id", n)} sel kembali seperti semula.`,
  nothingToClear: "Lembar ini tidak punya tanda dari Pemeriksa Renja.",
  flagsKept: (at) => `Lembar ini ditandai ${at}.`,
  nothingToFlag: "Tidak ada temuan untuk ditandai.",
  confirmTitle: "Jumlahkan otomatis",
  confirmBody: (w, h) =>
    `${fmtCount("id", w + h)} sel induk dan sel hitungan akan diisi rumus agar tetap hidup. ` +
    (h > 0 ? `${fmtCount("id", h)} di antaranya berisi nilai yang Anda ketik dan akan diganti.` : "Tidak ada nilai ketikan yang diganti."),
  confirmSkipped: (n) => `${fmtCount("id", n)} sel dilewati karena masukannya berisi teks yang bukan angka.`,
  confirmTextNumbers: (n) => `${fmtCount("id", n)} angka tersimpan sebagai teks; rumus akan menghitungnya sebagai nol.`,
  convertTextNumbers: "Ubah juga angka-teks itu menjadi angka",
  replaceAll: (n) => `Ganti ${fmtCount("id", n)} nilai ketikan dan tulis semua`,
  emptyOnly: (n) => `Tulis hanya ${fmtCount("id", n)} sel yang tidak diketik`,
  writeAll: (n) => `Tulis ${fmtCount("id", n)} rumus`,
  nothingToTotal: (s) => (s > 0 ? `Tidak ada rumus yang bisa ditulis; ${fmtCount("id", s)} sel dilewati karena masukannya teks.` : "Semua induk dan sel hitungan sudah berupa rumus yang benar."),
  totalled: (n) => `${fmtCount("id", n)} sel diisi rumus. Diperiksa ulang.`,
  templateInserted: (name) => `Templat disisipkan pada lembar baru "${name}".`,
  columnHeader: "Temuan Pemeriksa Renja",
  checkFirst: "Tekan Periksa dulu.",
  checkedAt: (t) => `Diperiksa pukul ${t}`,
  notExcel: "Panel ini hanya berjalan di Excel.",
  errors: {
    stale: (was, now) => `Lembar berubah sejak pemeriksaan terakhir (${was} → ${now}). Tekan Periksa lagi.`,
    editMode: "Excel sedang menyunting sebuah sel. Tekan Enter atau Esc di lembar, lalu coba lagi.",
    accessDenied: "Excel menolak perubahan: lembar dilindungi atau buku kerja hanya-baca.",
    notFound: "Lembar atau sel itu sudah tidak ada. Tekan Periksa lagi.",
    tooLarge: "Data terlalu besar untuk satu permintaan Excel, bahkan setelah dibagi. Coba periksa lembar yang lebih kecil.",
    apiMissing: "Versi Excel ini tidak mendukung fungsi yang diperlukan (ExcelApi 1.9). Perbarui Office atau pakai Excel di web.",
    busy: "Excel sedang sibuk. Tunggu sebentar lalu coba lagi.",
    general: (d) => `Excel tidak dapat menyelesaikan permintaan (${d}). Coba lagi.`,
    unexpected: (d) => `Terjadi kesalahan: ${d}`,
  },
};

const EN: Words = {
  ...TABLE_LABELS.en,
  title: "Renja checker",
  subtitle: "Check the Renja table on the active sheet",
  check: "Check",
  flag: "Flag",
  clear: "Clear flags",
  autoTotal: "Auto-total",
  insertTemplate: "Insert template",
  templateFamily: "Template table",
  language: "Language",
  settings: "Settings",
  bands: "Predikat bands (achievement %)",
  bandMin: "From (%)",
  bandLabel: "Predikat",
  bandLowest: "Lowest predikat: below the bound above",
  save: "Save",
  reset: "Restore defaults",
  saved: "Settings saved in this workbook.",
  catalogue: "Nomenclature catalogue",
  catalogueBuiltin: (n) => `Built-in (${fmtCount("en", n)} codes).`,
  nomenclatureVersion: "Nomenclature version",
  versionByYear: "By the table's year",
  catalogueDocument: (v, n) => `From this workbook: ${v} (${fmtCount("en", n)} codes).`,
  catalogueProblem: (p) => `This workbook's catalogue cannot be read (${p}); using the built-in one.`,
  catalogueLoad: "Load catalogue (.json)…",
  catalogueRemove: "Use the built-in catalogue",
  catalogueRefused: (r) => `This file is not a nomenclature catalogue (${r}). Make one with "renja nomenclature import LAMPIRAN.xlsx -o catalogue.json".`,
  catalogueLoaded: (v, n) => `Catalogue ${v} (${fmtCount("en", n)} codes) kept in this workbook; the sheet was checked again with it.`,
  catalogueRemoved: "The workbook's catalogue was removed; using the built-in one.",
  cancel: "Cancel",
  reading: (d, t) => `Reading row ${fmtCount("en", d)} of ${fmtCount("en", t)}…`,
  writing: (d, t) => `Writing… row ${fmtCount("en", d)} of ${fmtCount("en", t)}`,
  checking: "Checking…",
  preparing: "Preparing…",
  recognised: "Recognised",
  columns: "Columns understood",
  counts: (p, k, s) => `${fmtCount("en", p)} programs, ${fmtCount("en", k)} activities, ${fmtCount("en", s)} sub-activities`,
  totalPagu: "Total budget",
  predikat: "Predikat",
  findings: "Findings",
  noFindings: "No findings. This table passes every check.",
  severity: { error: "Errors", warning: "Warnings", info: "Info" },
  severityCount: (s, n) => `${fmtCount("en", n)} ${{ error: n === 1 ? "error" : "errors", warning: n === 1 ? "warning" : "warnings", info: "info" }[s]}`,
  rowLevel: "row",
  expected: "expected",
  actual: "found",
  showMore: (n) => `Show ${fmtCount("en", n)} more`,
  selected: (ref) => `Cell ${ref} selected.`,
  families: { rencana: "Plan (Rencana)", perubahan: "Revision (Perubahan)", evaluasi: "Evaluation (Evaluasi)", "review-rkpd": "RKPD review", "kinerja-pelayanan": "Service performance", unknown: "Unknown" },
  rules: RULE_TITLES.en,
  noteMode: {
    note: "Finding messages go into cell notes (ExcelApi 1.18).",
    comment: "This Excel has no cell notes (ExcelApi 1.18): finding messages go into comments.",
    column: "This Excel supports neither notes nor comments: finding messages go into a column right of the table.",
  },
  flagged: (c, n, m) => `${fmtCount("en", c)} cells flagged, ${fmtCount("en", n)} ${m === "note" ? "notes" : m === "comment" ? "comments" : "findings-column cells"} written.`,
  hadComment: (n) => `${fmtCount("en", n)} cells already had a comment; their messages are in this pane only.`,
  hadNote: (n) => `${fmtCount("en", n)} cells could not get a comment (a cell with a note cannot); their messages are in this pane only.`,
  notesLeft: (n, m) => `${fmtCount("en", n)} flag ${KEPT.en[m].what} cannot be removed in this Excel (${KEPT.en[m].what} need ExcelApi ${KEPT.en[m].set}) and stay recorded; remove them ${KEPT.en[m].elsewhere}.`,
  paneOnly: (n, m) => `The earlier flags used ${KEPT.en[m].what}, which this Excel cannot write: the messages of ${fmtCount("en", n)} cells are in this pane only.`,
  changedByHand: (n) => `${fmtCount("en", n)} cells were changed by hand after flagging and were left alone.`,
  cleared: (n) => `Flags cleared: ${fmtCount("en", n)} cells are back as they were.`,
  nothingToClear: "This sheet has no flags from the Renja checker.",
  flagsKept: (at) => `This sheet was flagged ${at}.`,
  nothingToFlag: "There are no findings to flag.",
  confirmTitle: "Auto-total",
  confirmBody: (w, h) =>
    `${fmtCount("en", w + h)} parent and computed cells will get formulas, so they stay live. ` +
    (h > 0 ? `${fmtCount("en", h)} of them hold values you typed, which would be replaced.` : "No typed value is replaced."),
  confirmSkipped: (n) => `${fmtCount("en", n)} cells are skipped because an input holds text that is not a number.`,
  confirmTextNumbers: (n) => `${fmtCount("en", n)} numbers are stored as text; formulas would count them as zero.`,
  convertTextNumbers: "Also turn those text numbers into numbers",
  replaceAll: (n) => `Replace ${fmtCount("en", n)} typed values and write all`,
  emptyOnly: (n) => `Write only the ${fmtCount("en", n)} cells not typed`,
  writeAll: (n) => `Write ${fmtCount("en", n)} formulas`,
  nothingToTotal: (s) => (s > 0 ? `No formula can be written; ${fmtCount("en", s)} cells are skipped because an input is text.` : "Every parent and computed cell already holds the right formula."),
  totalled: (n) => `${fmtCount("en", n)} cells now hold formulas. Checked again.`,
  templateInserted: (name) => `Template inserted on the new sheet "${name}".`,
  columnHeader: "Renja checker findings",
  checkFirst: "Press Check first.",
  checkedAt: (t) => `Checked at ${t}`,
  notExcel: "This pane runs in Excel only.",
  errors: {
    stale: (was, now) => `The sheet changed since the last check (${was} → ${now}). Press Check again.`,
    editMode: "Excel is editing a cell. Press Enter or Esc in the sheet, then try again.",
    accessDenied: "Excel refused the change: the sheet is protected or the workbook is read-only.",
    notFound: "That sheet or cell no longer exists. Press Check again.",
    tooLarge: "The data is too large for one Excel request, even split up. Try a smaller sheet.",
    apiMissing: "This version of Excel lacks a function the checker needs (ExcelApi 1.9). Update Office or use Excel on the web.",
    busy: "Excel is busy. Wait a moment and try again.",
    general: (d) => `Excel could not complete the request (${d}). Try again.`,
    unexpected: (d) => `Something went wrong: ${d}`,
  },
};

export const WORDS: Record<Lang, Words> = { id: ID, en: EN };
