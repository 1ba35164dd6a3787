// header-not-found: no Renja table could be recognised on the sheet; says what was looked for.
import { LOOKED_FOR } from "../layout/detect-layout.js";
import { ruleMessage } from "../messages/rule-messages.js";
import type { Finding, Lang } from "../model.js";

/** The one finding of a sheet without a Renja table (sheet-level: row 1, no column). */
export function headerNotFound(lang: Lang): Finding {
  return { rule: "header-not-found", severity: "error", row: 1, message: ruleMessage("header-not-found", lang, { lookedFor: LOOKED_FOR }) };
}
