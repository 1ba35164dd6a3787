// Predikat (domain §5): the band of a capaian percentage, with configurable bands and labels.
import type { PredikatBand } from "../options.js";
import { Money } from "../values/decimal.js";
import { cmpNum, type Num } from "./num.js";

/** Bands from the highest lower bound down, with their bounds as exact numbers (computed once per band list). */
const SORTED = new WeakMap<readonly PredikatBand[], { band: PredikatBand; min: Num | null }[]>();

function sorted(bands: readonly PredikatBand[]): { band: PredikatBand; min: Num | null }[] {
  let s = SORTED.get(bands);
  if (!s) {
    s = [...bands].sort((a, b) => b.min - a.min).map((band) => ({ band, min: boundOf(band.min) }));
    SORTED.set(bands, s);
  }
  return s;
}

function boundOf(min: number): Num | null {
  if (!Number.isFinite(min)) return null;
  return Number.isSafeInteger(min) ? { coef: min, decimals: 0 } : new Money(min);
}

/**
 * The band a capaian (in percent) falls in; bands are tried from the highest lower bound down.
 * @example predikatFor({ coef: 100, decimals: 0 }, DEFAULT_PREDIKAT_BANDS).label // "Sangat Tinggi"
 */
export function predikatFor(capaian: Num, bands: readonly PredikatBand[]): PredikatBand {
  const s = sorted(bands);
  for (const { band, min } of s) if (min === null || cmpNum(capaian, min) >= 0) return band;
  return (s[s.length - 1] as { band: PredikatBand }).band;
}

/** Rank of a band, 0 for the best. */
export function bandRank(band: PredikatBand, bands: readonly PredikatBand[]): number {
  return sorted(bands).findIndex((b) => b.band === band);
}

const FOLD = /[^a-z]/g;

/** Predikat labels compared without case, spacing or punctuation. */
export function samePredikat(a: string, b: string): boolean {
  return a === b || a.toLowerCase().replace(FOLD, "") === b.toLowerCase().replace(FOLD, "");
}
