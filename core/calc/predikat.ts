// Predikat (domain §5): the band of a capaian percentage, with configurable bands and labels.
import type { Dec } from "../model.js";
import type { PredikatBand } from "../options.js";

/**
 * The band a capaian (in percent) falls in; bands are tried from the highest lower bound down.
 * @example predikatFor(new Money(100), DEFAULT_PREDIKAT_BANDS).label // "Sangat Tinggi"
 */
export function predikatFor(capaian: Dec, bands: readonly PredikatBand[]): PredikatBand {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  for (const b of sorted) if (capaian.gte(b.min)) return b;
  return sorted[sorted.length - 1] as PredikatBand;
}

const FOLD = /[^a-z]/g;

/** Predikat labels compared without case, spacing or punctuation. */
export function samePredikat(a: string, b: string): boolean {
  return a.toLowerCase().replace(FOLD, "") === b.toLowerCase().replace(FOLD, "");
}

/** True when the text is one of the configured labels (or a common scale word), i.e. a predikat at all. */
export function isPredikatText(text: string, bands: readonly PredikatBand[]): boolean {
  return bands.some((b) => samePredikat(b.label, text)) || /sangat|tinggi|rendah|sedang|baik|buruk|kurang|cukup/i.test(text);
}
