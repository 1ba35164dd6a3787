// The sentences that name a nomenclature catalogue kept in the workbook, and the version a sheet was checked
// against, for the text and HTML reports.
import type { Lang } from "../model.js";
import type { NomenclatureUse } from "../nomenclature/types.js";

/**
 * @example KEPT_CATALOGUE.id("Lampiran uji", 2) // "Katalog nomenklatur dari buku kerja ini: Lampiran uji (2 kode)."
 */
export const KEPT_CATALOGUE: Record<Lang, (version: string, entries: number) => string> = {
  id: (v, n) => `Katalog nomenklatur dari buku kerja ini: ${v} (${n} kode).`,
  en: (v, n) => `Nomenclature catalogue kept in this workbook: ${v} (${n} codes).`,
};

const PEMDA_WORDS = { id: { prov: "provinsi", kabkota: "kabupaten/kota" }, en: { prov: "provinces", kabkota: "regencies/cities" } } as const;
const WHY = {
  id: { year: (y?: number) => `menurut tahun tabel${y ? ` ${y}` : ""}`, setting: () => "dipilih pengguna", default: () => "tahun tabel tidak terbaca: versi terbaru", catalogue: () => "katalog yang dimuat" },
  en: { year: (y?: number) => `by the table's year${y ? ` ${y}` : ""}`, setting: () => "chosen by the user", default: () => "no year in the table: the latest version", catalogue: () => "the catalogue loaded" },
} as const;

/**
 * The nomenclature a sheet was checked against, for the text and HTML reports.
 * @example NOMENCLATURE_USED.id({ version: "SIPD 2027", pemda: "kabkota", chosenBy: "year", year: 2027 }) // "Nomenklatur: SIPD 2027 (kabupaten/kota), menurut tahun tabel 2027."
 */
export const NOMENCLATURE_USED: Record<Lang, (u: NomenclatureUse) => string> = {
  id: (u) => `Nomenklatur: ${u.version}${u.pemda ? ` (${PEMDA_WORDS.id[u.pemda]})` : ""}, ${WHY.id[u.chosenBy](u.year)}.`,
  en: (u) => `Nomenclature: ${u.version}${u.pemda ? ` (${PEMDA_WORDS.en[u.pemda]})` : ""}, ${WHY.en[u.chosenBy](u.year)}.`,
};
