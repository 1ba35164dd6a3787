// Level names and other small words used inside messages, in both languages.
import type { KodeLevel, Lang } from "../model.js";

const LEVELS: Record<Lang, Record<KodeLevel, string>> = {
  id: { 1: "urusan", 2: "bidang urusan", 3: "program", 4: "kegiatan", 5: "sub kegiatan" },
  en: { 1: "urusan (affair)", 2: "bidang (field)", 3: "program", 4: "kegiatan (activity)", 5: "sub kegiatan (sub-activity)" },
};

/** Name of a level: `levelName(4, "id")` → "kegiatan". */
export function levelName(level: KodeLevel, lang: Lang): string {
  return LEVELS[lang][level];
}

/** Name of the children of a level, plural where the language has one. */
export function childrenName(level: KodeLevel, lang: Lang): string {
  const child = Math.min(5, level + 1) as KodeLevel;
  return lang === "en" ? `${LEVELS.en[child]} rows` : LEVELS.id[child];
}

/** Capitalised first letter. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
