// Finding messages per rule id, Indonesian by default and English as an option.
import type { Lang, RuleId } from "../model.js";

/** Named values a message is built from; every one is already formatted for the language. */
export type MessageParams = Record<string, string>;

type Template = (p: MessageParams) => string;

const T: Record<RuleId, { id: Template; en: Template }> = {
  "total-mismatch": {
    id: (p) => `${p.column} ${p.level} ${p.code} tidak sama dengan jumlah ${p.children}: tertulis ${p.actual}, seharusnya ${p.expected} (selisih ${p.difference}).`,
    en: (p) => `${p.column} of ${p.level} ${p.code} is not the sum of its ${p.children}: written ${p.actual}, expected ${p.expected} (difference ${p.difference}).`,
  },
  "grand-total-mismatch": {
    id: (p) => `Baris ${p.label} untuk ${p.column} tidak sama dengan jumlah baris teratas: tertulis ${p.actual}, seharusnya ${p.expected} (selisih ${p.difference}).`,
    en: (p) => `The ${p.label} row for ${p.column} is not the sum of the top-level rows: written ${p.actual}, expected ${p.expected} (difference ${p.difference}).`,
  },
  "delta-mismatch": {
    id: (p) => `Perubahan tidak sesuai: sesudah (${p.after}) − sebelum (${p.before}) = ${p.expected}, tertulis ${p.actual}.`,
    en: (p) => `Change does not match: after (${p.after}) − before (${p.before}) = ${p.expected}, written ${p.actual}.`,
  },
  "quarter-sum-mismatch": {
    id: (p) => `${p.column} tidak sama dengan ${p.how} realisasi triwulan: tertulis ${p.actual}, seharusnya ${p.expected}.`,
    en: (p) => `${p.column} is not the ${p.how} of the quarterly realisation: written ${p.actual}, expected ${p.expected}.`,
  },
  "formula-mismatch": {
    id: (p) => `Kolom ${p.number} tidak memenuhi rumus tabel ${p.formula}: tertulis ${p.actual}, hasil rumus ${p.expected}.`,
    en: (p) => `Column ${p.number} does not follow the table's formula ${p.formula}: written ${p.actual}, formula gives ${p.expected}.`,
  },
  "ratio-mismatch": {
    id: (p) => `${p.column} tertulis ${p.actual}, padahal ${p.realisation} ÷ ${p.target} × 100 = ${p.expected}.`,
    en: (p) => `${p.column} is written ${p.actual}, but ${p.realisation} ÷ ${p.target} × 100 = ${p.expected}.`,
  },
  "predikat-mismatch": {
    id: (p) => `Predikat tertulis "${p.actual}", padahal capaian ${p.capaian} berpredikat "${p.expected}".`,
    en: (p) => `Rating written "${p.actual}", but an achievement of ${p.capaian} rates "${p.expected}".`,
  },
  "over-budget": {
    id: (p) => `Realisasi ${p.actual} melebihi pagu ${p.expected} pada baris yang sama.`,
    en: (p) => `Realisation ${p.actual} exceeds the budget ${p.expected} of the same row.`,
  },
  "over-target": {
    id: (p) => `Realisasi kinerja ${p.actual} melebihi target ${p.expected} (capaian ${p.capaian}); periksa kemungkinan salah ketik.`,
    en: (p) => `Realised ${p.actual} exceeds the target ${p.expected} (achievement ${p.capaian}); check for a typo.`,
  },
  "negative-value": {
    id: (p) => `${p.column} bernilai negatif (${p.actual}); nilai ini tidak boleh negatif.`,
    en: (p) => `${p.column} is negative (${p.actual}); it may not be negative.`,
  },
  "not-a-number": {
    id: (p) => `${p.column} berisi "${p.actual}" yang bukan angka yang sah.`,
    en: (p) => `${p.column} holds "${p.actual}", which is not a valid number.`,
  },
  "kode-malformed": {
    id: (p) =>
      p.style
        ? `Kode di lembar ini ditulis dengan gaya tersendiri (${p.style}); dibaca sebagai kode baku, mis. "${p.actual}" sebagai ${p.expected}.`
        : `Kode "${p.actual}" tidak sesuai pola kode (${p.reason})${p.expected ? `; dibaca sebagai ${p.expected}` : ""}.`,
    en: (p) =>
      p.style
        ? `The codes of this sheet follow a style of their own (${p.style}); read as canonical codes, e.g. "${p.actual}" as ${p.expected}.`
        : `Code "${p.actual}" does not fit the code pattern (${p.reason})${p.expected ? `; read as ${p.expected}` : ""}.`,
  },
  "kode-duplicate": {
    id: (p) => `Kode ${p.code} juga dipakai di baris ${p.other}.`,
    en: (p) => `Code ${p.code} is also used on row ${p.other}.`,
  },
  "kode-orphan": {
    id: (p) => `Induk kode ${p.code} (${p.parent}) tidak ada di tabel.`,
    en: (p) => `The parent of code ${p.code} (${p.parent}) has no row in the table.`,
  },
  "kode-out-of-place": {
    id: (p) => `Baris ${p.code} berada di bawah ${p.under}, padahal induknya ${p.parent} (baris ${p.parentRow}).`,
    en: (p) => `Row ${p.code} sits under ${p.under}, but its parent is ${p.parent} (row ${p.parentRow}).`,
  },
  "level-name-mismatch": {
    id: (p) => `Nama menyebut ${p.named}, tetapi kode ${p.code} adalah kode ${p.level}.`,
    en: (p) => `The name says ${p.named}, but code ${p.code} is a ${p.level} code.`,
  },
  "missing-indicator": {
    id: (p) => `${p.level} ${p.code} tidak memiliki indikator kinerja.`,
    en: (p) => `${p.level} ${p.code} has no performance indicator.`,
  },
  "missing-target": {
    id: (p) => `Indikator ${p.level} ${p.code} tidak memiliki target.`,
    en: (p) => `The indicator of ${p.level} ${p.code} has no target.`,
  },
  "missing-budget": {
    id: (p) => `Sub kegiatan ${p.code} tidak memiliki pagu.`,
    en: (p) => `Sub kegiatan ${p.code} has no budget.`,
  },
  "unit-mismatch": {
    id: (p) => `Satuan berbeda: ${p.expected} pada target, ${p.actual} pada ${p.column}.`,
    en: (p) => `Units differ: ${p.expected} in the target, ${p.actual} in ${p.column}.`,
  },
  "empty-parent": {
    id: (p) => `${p.level} ${p.code} tidak memiliki ${p.children}.`,
    en: (p) => `${p.level} ${p.code} has no ${p.children}.`,
  },
  "nomenclature-unknown": {
    id: (p) => `Kode ${p.code} tidak ada dalam nomenklatur ${p.version}.`,
    en: (p) => `Code ${p.code} is not in the nomenclature ${p.version}.`,
  },
  "nomenclature-name-mismatch": {
    id: (p) => `Nama untuk kode ${p.code} berbeda dengan nomenklatur ${p.version}: "${p.actual}", seharusnya "${p.expected}".`,
    en: (p) => `The name of code ${p.code} differs from the nomenclature ${p.version}: "${p.actual}", officially "${p.expected}".`,
  },
  "nomenclature-unit-mismatch": {
    id: (p) => `Satuan target ${p.column} (${p.actual}) berbeda dengan satuan indikator kode ${p.code} dalam nomenklatur ${p.version} (${p.expected}).`,
    en: (p) => `The target unit in ${p.column} (${p.actual}) differs from the unit of code ${p.code}'s indicator in the nomenclature ${p.version} (${p.expected}).`,
  },
  "nomenclature-renamed": {
    id: (p) => `Kode ${p.code} tidak ada dalam nomenklatur ${p.version}; dalam ${p.otherVersion} kode ini menjadi ${p.expected}.`,
    en: (p) => `Code ${p.code} is not in the nomenclature ${p.version}; in ${p.otherVersion} it became ${p.expected}.`,
  },
  "formula-broken": {
    id: (p) => `Rumus ${p.column} merujuk ke sel yang sudah dihapus (#REF!): ${p.actual}.`,
    en: (p) => `The formula in ${p.column} refers to a deleted cell (#REF!): ${p.actual}.`,
  },
  "header-not-found": {
    id: (p) => `Tabel Renja tidak ditemukan di lembar ini. Dicari baris judul kolom dengan: ${p.lookedFor}.`,
    en: (p) => `No Renja table found on this sheet. Looked for a header row with: ${p.lookedFor}.`,
  },
};

/**
 * The message of a finding in the chosen language.
 * @example ruleMessage("kode-duplicate", "en", { code: "1.06.01", other: "12" }) // "Code 1.06.01 is also used on row 12."
 */
export function ruleMessage(rule: RuleId, lang: Lang, params: MessageParams): string {
  return T[rule][lang](params);
}
