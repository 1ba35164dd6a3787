// Which table family a layout is, from the roles it has and the wording of its title and header; and the document it comes from.
import type { Column, Family, RoleId, SourceDocument } from "../model.js";

/** Realisation columns make an evaluasi; a capaian (%) next to targets alone does not (Tabel 3.1 `Capaian Kinerja (%)`, domain §10). */
const EVALUASI_ROLES = new Set(["tw-k", "tw-rp", "realisasi-k", "realisasi-rp", "cumulative-k", "cumulative-rp"]);
const PERUBAHAN_ROLES = new Set(["pagu-before", "pagu-after", "target-before", "target-after", "change", "change-plus", "change-minus"]);

/** Wording of the documents read as the nearest family (domain §10), with the header evidence that tells them. */
const DOCUMENTS: { document: SourceDocument; wording: RegExp; notWording?: RegExp; withoutRoles?: RoleId[] }[] = [
  { document: "dpa", wording: /\bdpa\b|\brka\b|dokumen pelaksanaan anggaran|rencana kerja (dan|&) anggaran/ },
  // Start and end month without indicators or targets: a list of sub kegiatan to carry out, not a plan of results.
  { document: "dpa", wording: /waktu pelaksanaan|bulan mulai|\bmulai\b.*\bselesai\b/, withoutRoles: ["indicator", "target"] },
  { document: "renstra", wording: /\brenstra\b|rencana strategis|\btahun\s*(ke\s*)?-?\s*[1-5]\b(?!\d)/, notWording: /\brenja\b|rencana kerja|evaluasi|triwulan/ },
];

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
  if (roles.has("pagu") || roles.has("target") || roles.has("pagu-renstra") || roles.has("target-renstra")) return "rencana";
  if (/evaluasi/.test(wording)) return "evaluasi";
  if (/rumusan|rencana program/.test(wording)) return "rencana";
  return "unknown";
}

/**
 * The document a table comes from when it is not a Renja form: a Renstra (targets and funds per plan year)
 * or a DPA/RKA list of sub kegiatan; undefined for a Renja table. Only plans (no realisation, no change) qualify.
 * @example documentOf(columns, "rencana strategis … tahun 1 > target") // "renstra"
 */
export function documentOf(columns: Column[], wording: string): SourceDocument | undefined {
  if (columns.some((c) => EVALUASI_ROLES.has(c.role) || PERUBAHAN_ROLES.has(c.role))) return undefined;
  for (const d of DOCUMENTS) {
    if (!d.wording.test(wording) || d.notWording?.test(wording)) continue;
    if (d.withoutRoles?.some((r) => columns.some((c) => c.role === r))) continue;
    return d.document;
  }
  return undefined;
}
