// The sentence that names a nomenclature catalogue kept in the workbook, for the text and HTML reports.
import type { Lang } from "../model.js";

/**
 * @example KEPT_CATALOGUE.id("Lampiran uji", 2) // "Katalog nomenklatur dari buku kerja ini: Lampiran uji (2 kode)."
 */
export const KEPT_CATALOGUE: Record<Lang, (version: string, entries: number) => string> = {
  id: (v, n) => `Katalog nomenklatur dari buku kerja ini: ${v} (${n} kode).`,
  en: (v, n) => `Nomenclature catalogue kept in this workbook: ${v} (${n} codes).`,
};
