// Column roles as data: what each role holds, whether parents sum it, and how headers name it.
import type { Measure, RoleId } from "../model.js";

export interface RoleDef {
  measure: Measure;
  /** A parent's value is the sum of its children's (domain §5 totals). */
  summable?: boolean;
  /** Part of a change: signed column, or the bertambah / berkurang pair. */
  change?: "signed" | "plus" | "minus";
  /** Realisation column (checked against pagu/target, never negative). */
  realisation?: boolean;
  /** Values may never be negative. */
  nonNegative?: boolean;
  label: { id: string; en: string };
}

export const ROLE_DEFS: Record<RoleId, RoleDef> = {
  no: { measure: "text", label: { id: "No", en: "No" } },
  kode: { measure: "kode", label: { id: "Kode", en: "Code" } },
  "kode-part": { measure: "kode", label: { id: "Kode (terpisah)", en: "Code (split)" } },
  name: { measure: "text", label: { id: "Uraian", en: "Name" } },
  indicator: { measure: "text", label: { id: "Indikator", en: "Indicator" } },
  lokasi: { measure: "text", label: { id: "Lokasi", en: "Location" } },
  satuan: { measure: "text", label: { id: "Satuan", en: "Unit" } },
  "sumber-dana": { measure: "text", label: { id: "Sumber dana", en: "Funding source" } },
  catatan: { measure: "text", label: { id: "Catatan", en: "Notes" } },
  target: { measure: "quantity", nonNegative: true, label: { id: "Target", en: "Target" } },
  "target-before": { measure: "quantity", nonNegative: true, label: { id: "Target sebelum perubahan", en: "Target before change" } },
  "target-after": { measure: "quantity", nonNegative: true, label: { id: "Target sesudah perubahan", en: "Target after change" } },
  "target-renstra": { measure: "quantity", nonNegative: true, label: { id: "Target Renstra", en: "Strategic plan target" } },
  "target-forward": { measure: "quantity", nonNegative: true, label: { id: "Target prakiraan maju", en: "Forward target" } },
  "pagu-renstra": { measure: "money", summable: true, nonNegative: true, label: { id: "Pagu Renstra", en: "Strategic plan budget" } },
  pagu: { measure: "money", summable: true, nonNegative: true, label: { id: "Pagu", en: "Budget" } },
  "pagu-before": { measure: "money", summable: true, nonNegative: true, label: { id: "Pagu sebelum perubahan", en: "Budget before change" } },
  "pagu-after": { measure: "money", summable: true, nonNegative: true, label: { id: "Pagu sesudah perubahan", en: "Budget after change" } },
  "pagu-forward": { measure: "money", summable: true, nonNegative: true, label: { id: "Pagu prakiraan maju", en: "Forward budget" } },
  change: { measure: "money", change: "signed", label: { id: "Bertambah/berkurang", en: "Change" } },
  "change-plus": { measure: "money", change: "plus", nonNegative: true, label: { id: "Bertambah", en: "Increase" } },
  "change-minus": { measure: "money", change: "minus", nonNegative: true, label: { id: "Berkurang", en: "Decrease" } },
  "realisasi-prev-k": { measure: "quantity", realisation: true, nonNegative: true, label: { id: "Realisasi s/d tahun lalu (K)", en: "Realisation to date (K)" } },
  "realisasi-prev-rp": { measure: "money", summable: true, realisation: true, nonNegative: true, label: { id: "Realisasi s/d tahun lalu (Rp)", en: "Realisation to date (Rp)" } },
  "tw-k": { measure: "quantity", realisation: true, nonNegative: true, label: { id: "Realisasi triwulan (K)", en: "Quarter realisation (K)" } },
  "tw-rp": { measure: "money", summable: true, realisation: true, nonNegative: true, label: { id: "Realisasi triwulan (Rp)", en: "Quarter realisation (Rp)" } },
  "realisasi-k": { measure: "quantity", realisation: true, nonNegative: true, label: { id: "Realisasi (K)", en: "Realisation (K)" } },
  "realisasi-rp": { measure: "money", summable: true, realisation: true, nonNegative: true, label: { id: "Realisasi (Rp)", en: "Realisation (Rp)" } },
  "cumulative-k": { measure: "quantity", realisation: true, nonNegative: true, label: { id: "Realisasi kumulatif (K)", en: "Cumulative realisation (K)" } },
  "cumulative-rp": { measure: "money", summable: true, realisation: true, nonNegative: true, label: { id: "Realisasi kumulatif (Rp)", en: "Cumulative realisation (Rp)" } },
  "capaian-k": { measure: "percent", label: { id: "Capaian (K) %", en: "Achievement (K) %" } },
  "capaian-rp": { measure: "percent", label: { id: "Capaian (Rp) %", en: "Achievement (Rp) %" } },
  ratio: { measure: "percent", label: { id: "Tingkat capaian %", en: "Achievement %" } },
  predikat: { measure: "predikat", label: { id: "Predikat", en: "Rating" } },
  number: { measure: "quantity", label: { id: "Angka", en: "Number" } },
};

/** True when the role's cells are parsed as numbers. */
export function isNumericRole(role: RoleId): boolean {
  const m = ROLE_DEFS[role].measure;
  return m === "money" || m === "quantity" || m === "percent";
}
