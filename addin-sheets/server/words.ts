// What the server says to the user (toasts, alerts, errors) in Indonesian and English.
import type { Lang, TemplateFamily } from "../shared/api.js";

export interface ServerWords {
  title: string;
  noSheet: string;
  storeSheet: string;
  noSheetNamed: (name: string) => string;
  badCell: (row: number, column: string) => string;
  noTable: string;
  checked: (errors: number, warnings: number, infos: number) => string;
  flagged: (cells: number, notes: number) => string;
  nothingToFlag: string;
  /** A large sheet changed since its last check was checked again; choosing the action once more does it. */
  checkedFirst: (errors: number, action: string) => string;
  flagAction: string;
  totalsAction: string;
  cleared: (cells: number, kept: number) => string;
  nothingToClear: string;
  totals: (written: number, skipped: number) => string;
  confirmTypedTitle: string;
  confirmTyped: (n: number, sample: string) => string;
  templateDone: (sheet: string) => string;
  families: Record<TemplateFamily, string>;
  failed: string;
  catalogueRefused: (reason: string) => string;
  /** A protected range (or the whole sheet, `range` null) the user may not edit is where the action would write. */
  protectedCells: (sheet: string, range: string | null) => string;
}

const ID: ServerWords = {
  title: "Pemeriksa Renja",
  noSheet: "Tidak ada lembar yang aktif.",
  storeSheet: "Lembar _renja_flags adalah catatan tanda milik Pemeriksa Renja; pilih lembar tabel Renja.",
  noSheetNamed: (name) => `Lembar "${name}" tidak ada lagi.`,
  badCell: (row, column) => `Sel ${column}${row} tidak ada di lembar ini.`,
  noTable: "Tabel Renja tidak ditemukan di lembar ini.",
  checked: (e, w, i) => `${e} kesalahan, ${w} peringatan, ${i} info. Buka panel untuk rinciannya.`,
  flagged: (cells, notes) => `${cells} sel ditandai, ${notes} catatan ditambahkan.`,
  nothingToFlag: "Tidak ada temuan untuk ditandai.",
  checkedFirst: (e, action) => `Lembar ini berubah sejak pemeriksaan terakhir dan sudah diperiksa ulang (${e} kesalahan). Lembar sebesar ini dikerjakan dalam dua langkah: pilih ${action} sekali lagi untuk melanjutkan.`,
  flagAction: '"Tandai"',
  totalsAction: '"Jumlahkan otomatis"',
  cleared: (cells, kept) => `${cells} sel dikembalikan seperti semula${kept > 0 ? `; ${kept} sel yang sudah Anda ubah dibiarkan` : ""}.`,
  nothingToClear: "Tidak ada tanda di lembar ini.",
  totals: (written, skipped) => `${written} sel diisi rumus${skipped > 0 ? `; ${skipped} sel dilewati karena masukannya berupa teks` : ""}.`,
  confirmTypedTitle: "Ganti nilai yang diketik?",
  confirmTyped: (n, sample) => `${n} sel berisi nilai yang diketik dan akan diganti rumus (${sample}).\n\nYa: ganti semuanya. Tidak: isi sel kosong saja. Batal: jangan ubah apa pun.`,
  templateDone: (sheet) => `Templat dibuat di lembar "${sheet}".`,
  families: { rencana: "Rencana", perubahan: "Perubahan", evaluasi: "Evaluasi" },
  failed: "Gagal",
  catalogueRefused: (reason) => `Berkas ini bukan katalog nomenklatur (${reason}). Buat dengan "renja nomenclature import LAMPIRAN.xlsx -o katalog.json".`,
  protectedCells: (sheet, range) =>
    `${range ? `Rentang ${range} di lembar "${sheet}"` : `Lembar "${sheet}"`} dilindungi dan tidak dapat Anda ubah, jadi tidak ada yang ditulis; minta pemilik spreadsheet membuka perlindungannya atau menjadikan Anda editornya.`,
};

const EN: ServerWords = {
  title: "Renja checker",
  noSheet: "No sheet is active.",
  storeSheet: "The _renja_flags sheet is the Renja checker's record of flags; choose a sheet with a Renja table.",
  noSheetNamed: (name) => `The sheet "${name}" no longer exists.`,
  badCell: (row, column) => `Cell ${column}${row} is not on this sheet.`,
  noTable: "No Renja table found on this sheet.",
  checked: (e, w, i) => `${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${i} info. Open the panel for details.`,
  flagged: (cells, notes) => `${cells} cell${cells === 1 ? "" : "s"} flagged, ${notes} note${notes === 1 ? "" : "s"} added.`,
  nothingToFlag: "No findings to flag.",
  checkedFirst: (e, action) => `This sheet changed since its last check and was checked again (${e} error${e === 1 ? "" : "s"}). A sheet this large is done in two steps: choose ${action} once more to go on.`,
  flagAction: '"Tandai"',
  totalsAction: '"Jumlahkan otomatis"',
  cleared: (cells, kept) => `${cells} cell${cells === 1 ? "" : "s"} restored${kept > 0 ? `; ${kept} cell${kept === 1 ? "" : "s"} you changed since were left alone` : ""}.`,
  nothingToClear: "This sheet has no flags.",
  totals: (written, skipped) => `${written} cell${written === 1 ? "" : "s"} now hold formulas${skipped > 0 ? `; ${skipped} skipped because an input is text` : ""}.`,
  confirmTypedTitle: "Replace typed values?",
  confirmTyped: (n, sample) => `${n} cell${n === 1 ? "" : "s"} hold typed values that formulas would replace (${sample}).\n\nYes: replace them all. No: fill empty cells only. Cancel: change nothing.`,
  templateDone: (sheet) => `Template written to the sheet "${sheet}".`,
  families: { rencana: "Plan (rencana)", perubahan: "Revised plan (perubahan)", evaluasi: "Evaluation (evaluasi)" },
  failed: "Failed",
  catalogueRefused: (reason) => `This file is not a nomenclature catalogue (${reason}). Make one with "renja nomenclature import LAMPIRAN.xlsx -o catalogue.json".`,
  protectedCells: (sheet, range) =>
    `${range ? `The range ${range} on the sheet "${sheet}"` : `The sheet "${sheet}"`} is protected and you may not edit it, so nothing was written; ask the spreadsheet's owner to remove the protection or make you one of its editors.`,
};

/** The server's words in a language. */
export function serverWords(lang: Lang): ServerWords {
  return lang === "en" ? EN : ID;
}

/** An error whose message is meant for the user (shown as it is in the sidebar or an alert). */
export class UserError extends Error {}
