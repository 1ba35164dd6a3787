// How the text and HTML reports and `fix` name a sheet that was not checked, and why.
import type { Lang } from "../core/model.js";

export const SKIPPED_SHEET: Record<Lang, (name: string, reason: string) => string> = {
  id: (name, reason) => `Lembar "${name}" dilewati: ${reason}.`,
  en: (name, reason) => `Sheet "${name}" skipped: ${reason}.`,
};
