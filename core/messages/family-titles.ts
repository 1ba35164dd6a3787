// Titles of the table families (domain §3), for the reviewer report and the Sheets sidebar.
import type { Family, Lang } from "../model.js";

/**
 * A family's title in each language.
 * @example FAMILY_TITLES.id.evaluasi // "Evaluasi hasil pelaksanaan Renja"
 */
export const FAMILY_TITLES: Record<Lang, Record<Family, string>> = {
  id: {
    rencana: "Rumusan rencana program dan kegiatan",
    perubahan: "Rencana perubahan (sebelum/sesudah)",
    evaluasi: "Evaluasi hasil pelaksanaan Renja",
    "review-rkpd": "Reviu rancangan awal RKPD",
    "kinerja-pelayanan": "Kinerja pelayanan",
    unknown: "Tidak dikenali",
  },
  en: {
    rencana: "Plan of programs and activities",
    perubahan: "Revised plan (before/after)",
    evaluasi: "Evaluation of the work plan's results",
    "review-rkpd": "Review of the draft RKPD",
    "kinerja-pelayanan": "Service performance",
    unknown: "Not recognised",
  },
};
