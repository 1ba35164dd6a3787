// Jumlahkan otomatis: core's auto-total plan written as live formulas in the spreadsheet's own formula syntax.
import { checkGrid } from "../../core/check.js";
import { cellText } from "../../core/grid.js";
import { applyPatchToGrid } from "../../core/plan/apply-to-grid.js";
import { planAutoTotal } from "../../core/plan/auto-total.js";
import { a1 } from "../../core/plan/cell-refs.js";
import { formulaSyntax } from "../../core/plan/formula-syntax.js";
import type { CellWrite } from "../../core/plan/patch.js";
import type { HeldCell, Settings, TotalsResult } from "../shared/api.js";
import { Calls } from "./calls.js";
import { activeSheet, checkSheetOf } from "./check-sheet.js";
import { assertWritable } from "./protection.js";
import { boxOf, writeCells, writeNumberFormats } from "./sheet-write.js";
import { stopAfterCheck } from "./staging.js";
import { serverWords } from "./words.js";

/** How many held cells a result lists for the confirmation. */
const HELD_SHOWN = 20;

/**
 * Which writes to make: `safe` leaves typed values alone (they are returned as held), `all` replaces them too,
 * `ask` lets `confirm` decide from the number of typed values (the menu's Yes / No / Cancel).
 */
export type TotalsMode = "safe" | "all" | { ask: (typed: number, sample: HeldCell[]) => "all" | "safe" | "none" };

/**
 * Plans auto-total for the active sheet and writes it: one `setValues` over the written rectangle, one
 * `setNumberFormats` when written numbers need a format. Reads values, number formats, merges and formulas once.
 * The returned report is the sheet as it is after the writes (the patch applied to the grid that was read).
 * On a large sheet whose reads went past what the cache saves, so that writing would go over 6 batch calls, it
 * stops after the check (stage "checked", see staging.ts); `afterCheck` is the call that continues it.
 */
export function totalActiveSheet(settings: Settings, mode: TotalsMode, afterCheck = false): TotalsResult {
  const calls = new Calls();
  const ss = SpreadsheetApp.getActive();
  const sheet = activeSheet(settings);
  // After a check of the same values, its merges are reused: values, formats and formulas are the reads.
  const { read, check, rules } = checkSheetOf(sheet, settings, calls, { formulas: true, reuse: "merges" });
  const locale = ss.getSpreadsheetLocale();
  const syntax = formulaSyntax("sheets", locale);
  const base = { stage: "done" as const, locale, argSep: syntax.argSep, calls: calls.count() };
  const nothing = { report: check.report, written: 0, held: 0, heldCells: [], skipped: 0, numbersAsText: 0 };
  // Still to come: one setValues and one setNumberFormats at most.
  if (stopAfterCheck({ ss, sheet, cells: read.rows * read.cols, calls, rest: 2, usesFlagStore: false, afterCheck })) {
    return { ...base, ...nothing, stage: "checked" };
  }
  if (!check.table) return { ...base, ...nothing };
  const table = check.table;
  const plan = (force: boolean) => planAutoTotal(table, { force, syntax });
  let patch = plan(mode !== "safe");
  if (typeof mode === "object") {
    const typed = patch.writes.filter((w) => w.replaces !== null);
    const choice = typed.length > 0 ? mode.ask(typed.length, heldCells(typed)) : "all";
    // Leaving typed values alone changes what the formulas above them compute: plan again without force.
    if (choice === "safe") patch = plan(false);
    else if (choice === "none") patch = { ...patch, writes: [], held: typed };
  }
  // One protected cell in the written rectangle refuses the whole setValues: say which range, write nothing.
  assertWritable([{ sheet, box: boxOf(patch.writes) }], serverWords(settings.lang));
  // Formats first: a formula in a cell formatted as plain text would be written as text.
  writeNumberFormats(read, patch.writes, calls);
  writeCells(read, patch.writes, calls);
  const after = checkGrid(applyPatchToGrid(read.grid, patch), { lang: settings.lang }, rules);
  return {
    ...base,
    report: after.report,
    written: patch.writes.length,
    held: patch.held.length,
    heldCells: heldCells(patch.held),
    skipped: patch.skipped.length,
    numbersAsText: patch.numbersAsText.length,
    calls: calls.count(),
  };
}

function heldCells(writes: readonly CellWrite[]): HeldCell[] {
  return writes.slice(0, HELD_SHOWN).map((w) => ({
    cell: a1(w.row, w.col),
    now: cellText(w.replaces),
    formula: w.formula ?? cellText(w.value ?? null),
  }));
}
