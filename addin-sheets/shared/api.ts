// The functions the sidebar calls through google.script.run: JSON-like arguments and results, shared by both sides.
import type { SheetReport } from "../../core/check.js";
import type { Lang } from "../../core/model.js";
import type { TemplateFamily } from "../../core/plan/template.js";

export type { SheetReport, Lang, TemplateFamily };

/** What the user chose, kept per user (PropertiesService user properties). */
export interface Settings {
  lang: Lang;
  /** Colour predikat cells by band when flagging (domain §7). */
  predikatColours: boolean;
  /** A built-in nomenclature version for every table; "" checks each table against the version of its year. */
  nomenclatureVersion: string;
}

/** The nomenclature catalogue the checks use: the spreadsheet's own (loaded from the sidebar) or the built-in one. */
export interface CatalogueStatus {
  source: "document" | "builtin";
  version: string;
  entries: number;
  /** Why the spreadsheet's own catalogue is not used (its hidden sheet was edited). */
  problem?: string;
  /** The built-in versions one may choose in the settings. */
  versions?: string[];
}

/** Batch calls one server call made on ranges, for the sidebar's log line and the tests. */
export interface CallCount {
  /** Reads and writes of whole rectangles (getValues, setBackgrounds …) on the checked sheet. */
  sheet: number;
  /** Reads and writes of the `_renja_flags` bookkeeping sheet. */
  store: number;
}

/**
 * How far a server call got: "checked" when a large sheet had changed since its last check (or the cache had
 * lost what the action needs), so this call only checked it, and calling again with `afterCheck` does the work.
 * Each call then stays within 6 batch calls. "done": the work is done.
 */
export type Stage = "checked" | "done";

export interface FlagResult {
  stage: Stage;
  report: SheetReport;
  /** Cells that carry a fill now. */
  filled: number;
  /** Cells that carry our note now. */
  notes: number;
  /** Cells of an earlier flagging that no longer have a finding and were restored. */
  restored: number;
  calls: CallCount;
}

export interface ClearResult {
  sheet: string;
  /** Cells whose fill or note went back to what it was before flagging. */
  restored: number;
  /** Flagged cells the user changed since (their fill or note is left as the user made it). */
  keptUserChanges: number;
  /** Lines of the bookkeeping sheet that could not be read. */
  damaged: number;
  calls: CallCount;
}

/** A cell auto-total would write over a typed value, for the confirmation that lists what changes. */
export interface HeldCell {
  /** A1 address, e.g. `R12`. */
  cell: string;
  /** What it holds now, as shown in the sidebar. */
  now: string;
  /** What would go there. */
  formula: string;
}

export interface TotalsResult {
  stage: Stage;
  report: SheetReport;
  /** Cells written (formulas, and values where a formula cannot be used). */
  written: number;
  /** Writes held back because they would replace typed values (none when `force` was given). */
  held: number;
  /** The first held cells, for the confirmation. */
  heldCells: HeldCell[];
  /** Cells left alone because an input holds text or is unreadable. */
  skipped: number;
  /** Inputs that hold numbers stored as text (their parents get values, not formulas). */
  numbersAsText: number;
  /** The spreadsheet locale the formulas were written for, and its argument separator. */
  locale: string;
  argSep: "," | ";";
  calls: CallCount;
}

export interface TemplateResult {
  /** Name of the new sheet. */
  sheet: string;
  family: TemplateFamily;
  rows: number;
  formulas: number;
  calls: CallCount;
}

/**
 * The server functions the sidebar may call. `addin-sheets/server/main.ts` checks its exports against this
 * interface, and the sidebar's `call()` is typed by it, so the two cannot drift apart.
 */
export interface SidebarApi {
  getSettings(): Settings;
  saveSettings(settings: Partial<Settings>): Settings;
  checkSheet(): SheetReport;
  applyFlags(afterCheck?: boolean): FlagResult;
  clearFlags(): ClearResult;
  applyTotals(force: boolean, afterCheck?: boolean): TotalsResult;
  insertTemplate(family: TemplateFamily): TemplateResult;
  selectCell(row: number, column: string | number, sheet?: string): void;
  catalogueStatus(): CatalogueStatus;
  loadCatalogue(json: string): CatalogueStatus;
  removeCatalogue(): CatalogueStatus;
}

export const TEMPLATE_CHOICES: readonly TemplateFamily[] = ["rencana", "perubahan", "evaluasi"];
