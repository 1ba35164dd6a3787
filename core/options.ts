// Check options and their defaults, validated with zod at the edges (CLI flags, add-in settings).
import { z } from "zod";

export const predikatBandSchema = z.object({
  /** Lower bound of the band in percent (inclusive); -Infinity for the band that takes everything below. */
  min: z.union([z.number(), z.literal(Number.NEGATIVE_INFINITY)]),
  label: z.string().min(1),
  /** Fill used when predikat cells are coloured by band. */
  color: z.string().regex(/^#[0-9A-Fa-f]{6}$/).optional(),
});
export type PredikatBand = z.infer<typeof predikatBandSchema>;

/** Permendagri 86/2017 scale with the gaps closed by lower bounds (domain §5). */
export const DEFAULT_PREDIKAT_BANDS: PredikatBand[] = [
  { min: 91, label: "Sangat Tinggi", color: "#1E7B34" },
  { min: 76, label: "Tinggi", color: "#63BE7B" },
  { min: 66, label: "Sedang", color: "#FFEB84" },
  { min: 51, label: "Rendah", color: "#F8A66B" },
  { min: Number.NEGATIVE_INFINITY, label: "Sangat Rendah", color: "#F8696B" },
];

export const checkOptionsSchema = z.object({
  lang: z.enum(["id", "en"]).default("id"),
  predikatBands: z.array(predikatBandSchema).min(1).default(DEFAULT_PREDIKAT_BANDS),
  /** Bidang of the OPD (e.g. `1.06`) for codes written without urusan and bidang. */
  bidang: z.string().regex(/^\d\.\d{2}$/).optional(),
});
export type CheckOptions = z.infer<typeof checkOptionsSchema>;

/** Options with every default filled in. */
export function resolveOptions(input: Partial<CheckOptions> = {}): CheckOptions {
  return checkOptionsSchema.parse(input);
}
