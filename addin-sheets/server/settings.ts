// The user's choices (language, predikat colours, nomenclature version), kept in their user properties so each editor keeps their own.
import { z } from "zod";
import type { Settings } from "../shared/api.js";

const KEY = "renja.settings";

const settingsSchema = z.object({
  lang: z.enum(["id", "en"]).default("id"),
  predikatColours: z.boolean().default(false),
  nomenclatureVersion: z.string().max(100).default(""),
});

/** What the sidebar may send: any subset of the settings. */
export const settingsPatchSchema = settingsSchema.partial();

/**
 * The user's settings, with defaults for whatever is missing or unreadable.
 * @example loadSettings().lang // "id"
 */
export function loadSettings(): Settings {
  const text = PropertiesService.getUserProperties().getProperty(KEY);
  let raw: unknown = {};
  if (text) {
    try {
      raw = JSON.parse(text);
    } catch {
      raw = {};
    }
  }
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

/** Merges `patch` into the user's settings and stores them. */
export function storeSettings(patch: unknown): Settings {
  const next = { ...loadSettings(), ...settingsPatchSchema.parse(patch) };
  PropertiesService.getUserProperties().setProperty(KEY, JSON.stringify(next));
  return next;
}
