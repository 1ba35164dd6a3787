// Every label of the sidebar in Indonesian and English, with short titles of the rules and table families.
import type { Family, RuleId, Severity } from "../../core/model.js";
import type { Lang, TemplateFamily } from "../shared/api.js";

export interface SidebarWords {
  title: string;
  language: string;
  check: string;
  flag: string;
  clear: string;
  totals: string;
  template: string;
  templateFamily: string;
  predikatColours: string;
  sheet: string;
  family: string;
  headerRows: string;
  dataRows: string;
  program: string;
  kegiatan: string;
  subKegiatan: string;
  totalPagu: string;
  averageCapaian: string;
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
}

const ID: SidebarWords = {
  title: "Pemeriksa Renja",
  language: "Bahasa",
  check: "Periksa",
  flag: "Tandai",
  clear: "Hapus tanda",
  totals: "Jumlahkan otomatis",
  template: "Sisipkan templat",
  templateFamily: "Jenis templat",
  predikatColours: "Warnai sel predikat saat menandai",
  sheet: "Lembar",
  family: "Jenis tabel",
  headerRows: "Baris judul",
  dataRows: "Baris data",
  program: "Program",
  kegiatan: "Kegiatan",
  subKegiatan: "Sub kegiatan",
  totalPagu: "Total pagu",
  averageCapaian: "Rata-rata capaian",
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
  families: {
    rencana: "Rumusan rencana program dan kegiatan",
    perubahan: "Rencana perubahan (sebelum/sesudah)",
    evaluasi: "Evaluasi hasil pelaksanaan Renja",
    "review-rkpd": "Reviu rancangan awal RKPD",
    "kinerja-pelayanan": "Kinerja pelayanan",
    unknown: "Tidak dikenali",
  },
  templates: { rencana: "Rencana", perubahan: "Perubahan", evaluasi: "Evaluasi" },
  rules: {
    "total-mismatch": "Jumlah induk tidak sama dengan jumlah anaknya",
    "grand-total-mismatch": "Baris TOTAL tidak sama dengan jumlah baris teratas",
    "delta-mismatch": "Bertambah/berkurang tidak sama dengan sesudah − sebelum",
    "quarter-sum-mismatch": "Realisasi tidak sama dengan jumlah triwulan",
    "formula-mismatch": "Rumus pada baris penomoran tidak terpenuhi",
    "ratio-mismatch": "Persentase tidak sesuai perhitungan",
    "predikat-mismatch": "Predikat tidak sesuai capaian",
    "over-budget": "Realisasi melebihi pagu",
    "over-target": "Realisasi melebihi target",
    "negative-value": "Nilai negatif",
    "not-a-number": "Bukan angka",
    "kode-malformed": "Kode tidak sesuai pola",
    "kode-duplicate": "Kode ganda",
    "kode-orphan": "Induk kode tidak ada",
    "kode-out-of-place": "Kode di bawah induk yang salah",
    "level-name-mismatch": "Nama dan tingkat kode tidak cocok",
    "missing-indicator": "Indikator kosong",
    "missing-target": "Target kosong",
    "missing-budget": "Pagu kosong",
    "unit-mismatch": "Satuan berbeda",
    "empty-parent": "Program/kegiatan tanpa anak",
    "nomenclature-unknown": "Kode tidak ada dalam nomenklatur",
    "nomenclature-name-mismatch": "Nama berbeda dengan nomenklatur",
    "header-not-found": "Tabel Renja tidak ditemukan",
  },
};

const EN: SidebarWords = {
  title: "Renja checker",
  language: "Language",
  check: "Check",
  flag: "Flag",
  clear: "Clear flags",
  totals: "Auto-total",
  template: "Insert template",
  templateFamily: "Template",
  predikatColours: "Colour predikat cells when flagging",
  sheet: "Sheet",
  family: "Table family",
  headerRows: "Header rows",
  dataRows: "Data rows",
  program: "Programs",
  kegiatan: "Kegiatan",
  subKegiatan: "Sub kegiatan",
  totalPagu: "Total budget (pagu)",
  averageCapaian: "Average achievement",
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
  families: {
    rencana: "Plan of programs and activities",
    perubahan: "Revised plan (before/after)",
    evaluasi: "Evaluation of the work plan's results",
    "review-rkpd": "Review of the draft RKPD",
    "kinerja-pelayanan": "Service performance",
    unknown: "Not recognised",
  },
  templates: { rencana: "Plan (rencana)", perubahan: "Revised plan (perubahan)", evaluasi: "Evaluation (evaluasi)" },
  rules: {
    "total-mismatch": "Parent is not the sum of its children",
    "grand-total-mismatch": "TOTAL row is not the sum of the top-level rows",
    "delta-mismatch": "Change is not after − before",
    "quarter-sum-mismatch": "Realisation is not the sum of the quarters",
    "formula-mismatch": "Numbering-row formula does not hold",
    "ratio-mismatch": "Percentage disagrees with the computed one",
    "predikat-mismatch": "Rating does not match the achievement",
    "over-budget": "Realisation exceeds the budget",
    "over-target": "Realisation exceeds the target",
    "negative-value": "Negative value",
    "not-a-number": "Not a number",
    "kode-malformed": "Malformed code",
    "kode-duplicate": "Duplicate code",
    "kode-orphan": "Parent code missing",
    "kode-out-of-place": "Code under the wrong parent",
    "level-name-mismatch": "Name and code level disagree",
    "missing-indicator": "Missing indicator",
    "missing-target": "Missing target",
    "missing-budget": "Missing budget",
    "unit-mismatch": "Different units",
    "empty-parent": "Program/activity without children",
    "nomenclature-unknown": "Code not in the nomenclature",
    "nomenclature-name-mismatch": "Name differs from the nomenclature",
    "header-not-found": "No Renja table found",
  },
};

/** The sidebar's words in a language. */
export function sidebarWords(lang: Lang): SidebarWords {
  return lang === "en" ? EN : ID;
}
