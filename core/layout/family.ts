// Which table family a layout is, from the roles it has and the wording of its title and header.
import type { Column, Family } from "../model.js";

const EVALUASI_ROLES = new Set(["tw-k", "tw-rp", "capaian-k", "capaian-rp", "realisasi-k", "realisasi-rp", "cumulative-k", "cumulative-rp", "ratio"]);
const PERUBAHAN_ROLES = new Set(["pagu-before", "pagu-after", "target-before", "target-after", "change", "change-plus", "change-minus"]);

/**
 * Decides the family from columns first, wording second.
 * @example familyOf(columns, "rekapitulasi evaluasi hasil pelaksanaan renja") // "evaluasi"
 */
export function familyOf(columns: Column[], wording: string): Family {
  const roles = new Set(columns.map((c) => c.role));
  const hasKode = roles.has("kode") || roles.has("kode-part");
  if ([...roles].some((r) => PERUBAHAN_ROLES.has(r))) return "perubahan";
  if ([...roles].some((r) => EVALUASI_ROLES.has(r))) return "evaluasi";
  if (/review|rancangan awal rkpd|hasil analisa|hasil analisis/.test(wording)) return "review-rkpd";
  if (/kinerja pelayanan|\bspm\b|standar pelayanan minimal|\biku\b/.test(wording) && !hasKode) return "kinerja-pelayanan";
  if (roles.has("pagu") || roles.has("target")) return "rencana";
  if (/evaluasi/.test(wording)) return "evaluasi";
  if (/rumusan|rencana program/.test(wording)) return "rencana";
  return "unknown";
}
