// Pane settings kept in the document (Office.context.document.settings): language, predikat bands, nomenclature version.
import { z } from "zod";
import { DEFAULT_PREDIKAT_BANDS, type PredikatBand } from "../../core/options.js";
import type { Lang } from "../../core/model.js";

export const SETTINGS_KEY = "renja-checker";

/** Document settings as Office.js offers them (get/set, then saveAsync). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  save(): Promise<void>;
}

export interface PaneSettings {
  lang: Lang;
  predikatBands: PredikatBand[];
  /** A built-in nomenclature version for every table; "" checks each table against the version of its year. */
  nomenclatureVersion: string;
}

/** JSON has no -Infinity: the lowest band is stored with `min: null`. */
const storedBand = z.object({ min: z.number().nullable(), label: z.string().trim().min(1).max(60), color: z.string().regex(/^#[0-9A-Fa-f]{6}$/).optional() });
const stored = z.object({ lang: z.enum(["id", "en"]).default("id"), predikatBands: z.array(storedBand).min(1).max(12).optional(), nomenclatureVersion: z.string().max(100).default("") });

export const DEFAULT_SETTINGS: PaneSettings = { lang: "id", predikatBands: DEFAULT_PREDIKAT_BANDS, nomenclatureVersion: "" };

/**
 * The settings saved in the document, defaults where nothing (or nothing valid) is saved.
 * @example readSettings({ get: () => ({ lang: "en" }), set() {}, save: async () => {} }).lang // "en"
 */
export function readSettings(doc: DocumentSettings): PaneSettings {
  let raw: unknown;
  try {
    raw = doc.get(SETTINGS_KEY);
  } catch {
    raw = null;
  }
  const parsed = stored.safeParse(raw ?? {});
  if (!parsed.success) return DEFAULT_SETTINGS;
  const bands = parsed.data.predikatBands ? normaliseBands(parsed.data.predikatBands.map((b) => ({ ...b, min: b.min ?? Number.NEGATIVE_INFINITY }))) : DEFAULT_PREDIKAT_BANDS;
  return { lang: parsed.data.lang, predikatBands: bands, nomenclatureVersion: parsed.data.nomenclatureVersion };
}

/** Saves the settings in the document (one saveAsync). */
export async function writeSettings(doc: DocumentSettings, s: PaneSettings): Promise<void> {
  doc.set(SETTINGS_KEY, { lang: s.lang, predikatBands: s.predikatBands.map((b) => ({ ...b, min: Number.isFinite(b.min) ? b.min : null })), nomenclatureVersion: s.nomenclatureVersion });
  await doc.save();
}

/**
 * Bands sorted from the highest lower bound down, the lowest open below (the core's contract: the first band
 * whose `min` the capaian reaches).
 * @example normaliseBands([{ min: 50, label: "B" }, { min: 90, label: "A" }]).map((b) => b.label) // ["A", "B"]
 */
export function normaliseBands(bands: readonly PredikatBand[]): PredikatBand[] {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const last = sorted[sorted.length - 1];
  if (last) sorted[sorted.length - 1] = { ...last, min: Number.NEGATIVE_INFINITY };
  return sorted;
}
