// An Excel (or any) error as one sentence for the pane: by Office.js error code, never a stack trace.
import { isPayloadError } from "../adapter/blocks.js";
import { StaleSheetError } from "../adapter/flag-actions.js";
import type { Words } from "./strings.js";

const where = (s: { name: string; address: string }) => (s.address ? s.address.replace(/^.*!/, `${s.name}!`) : s.name);

/**
 * The sentence for an error thrown inside an action.
 * @example errorText({ code: "InvalidOperationInCellEditMode" }, WORDS.en) // "Excel is editing a cell. …"
 */
export function errorText(e: unknown, w: Words): string {
  if (e instanceof StaleSheetError) return w.errors.stale(where(e.was), where(e.now));
  if (isPayloadError(e)) return w.errors.tooLarge;
  const code = typeof (e as { code?: unknown } | null)?.code === "string" ? (e as { code: string }).code : "";
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return w.errors.editMode;
    case "AccessDenied":
      return w.errors.accessDenied;
    case "ItemNotFound":
    case "InvalidReference":
      return w.errors.notFound;
    case "ApiNotFound":
    case "NotImplemented":
      return w.errors.apiMissing;
    case "Conflict":
    case "RequestAborted":
    case "ServiceNotAvailable":
      return w.errors.busy;
  }
  const message = firstLine((e as { message?: unknown } | null)?.message);
  if (code !== "") return w.errors.general(message && message !== code ? `${code}: ${message}` : code);
  return w.errors.unexpected(message || String(e));
}

/** The message on one line, cut to a sentence's length (some libraries put JSON in their messages). */
function firstLine(m: unknown): string {
  if (typeof m !== "string") return "";
  const line = m.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}
