// Catalogue codes: canonical form (sub kegiatan padded to 4 digits), level, and the cross-cutting `X.XX` prefix.
import type { KodeLevel } from "../kode/types.js";

/** Prefix of the cross-cutting support program in the nomenclature: it stands for any bidang. */
export const CROSS_CUTTING = "X.XX";

/** U[.BB[.PP[.K.KK[.S…]]]]; sub kegiatan 1 to 4 digits. */
const NUMERIC_RE = /^\d(?:\.\d\d(?:\.\d\d(?:\.\d\.\d\d(?:\.\d{1,4})?)?)?)?$/;
/** X.XX.PP[.K.KK[.S…]]: the cross-cutting codes start at the program. */
const CROSS_RE = /^X\.XX\.\d\d(?:\.\d\.\d\d(?:\.\d{1,4})?)?$/;

/**
 * The canonical form of a code as catalogues write it, or null when it is not a code: surrounding
 * spaces dropped, a 1- to 3-digit sub kegiatan padded to 4 (same ordinal), `x` upper-cased.
 *
 * @example
 * canonicalCatalogueCode("1.06.04.2.01.01");    // "1.06.04.2.01.0001"
 * canonicalCatalogueCode("x.xx.01.2.02.0001");  // "X.XX.01.2.02.0001"
 * canonicalCatalogueCode("1.6.4");              // null
 */
export function canonicalCatalogueCode(code: string): string | null {
  const c = code.trim().replace(/x/g, "X");
  if (!NUMERIC_RE.test(c) && !CROSS_RE.test(c)) return null;
  const parts = c.split(".");
  if (parts.length === 6) parts[5] = (parts[5] ?? "").padStart(4, "0");
  return parts.join(".");
}

/**
 * Level of a canonical catalogue code: 1 urusan … 5 sub kegiatan.
 * @example catalogueLevel("X.XX.01.2.02"); // 4
 */
export function catalogueLevel(code: string): KodeLevel {
  let dots = 0;
  for (let i = code.indexOf("."); i >= 0; i = code.indexOf(".", i + 1)) dots++;
  return ([1, 2, 3, 4, 4, 5] as const)[dots] ?? 5;
}

/** True for `X.XX…` codes. */
export function isCrossCutting(code: string): boolean {
  return code.startsWith(CROSS_CUTTING);
}
