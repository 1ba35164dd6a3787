// `renja check`: reads every file, checks every sheet that holds a Renja table, and collects the reports.
import type { SheetCheck, SheetReport } from "../core/check.js";
import { checkGrid } from "../core/check.js";
import type { CheckOptions } from "../core/options.js";
import type { Rule } from "../core/table.js";
import { rulesForWorkbook } from "./nomenclature-command.js";
import { readWorkbook, ReadError } from "./read-file.js";
import { capReport, capText } from "./report-caps.js";

export interface FileResult {
  file: string;
  sheets: SheetReport[];
  /** Set when the file could not be read (exit status 2). */
  error?: string;
  /** The nomenclature catalogue the workbook keeps, when the check used it. */
  nomenclature?: { source: "workbook"; version: string; entries: number };
  /** Sheets that were not checked, with why (no header, or not a Renja table). */
  skippedSheets?: { name: string; reason: string }[];
  /** Said on stderr: the workbook keeps a catalogue that cannot be read (the given rules were used). */
  warning?: string;
}

/**
 * Checks one file: every sheet with a Renja table, or the named sheet; a file with no table says so once.
 * With `keptCatalogue`, a nomenclature catalogue the workbook keeps (loaded in an add-in) replaces the
 * nomenclature rules of `extraRules`.
 * @example await checkFile("examples/dumai-perubahan-3-1.xlsx", {}, undefined)
 */
export async function checkFile(path: string, options: Partial<CheckOptions>, sheet: string | undefined, extraRules: Rule[] = [], keptCatalogue = false): Promise<FileResult> {
  let book;
  try {
    book = await readWorkbook(path);
  } catch (e) {
    if (e instanceof ReadError) return { file: path, sheets: [], error: e.message };
    throw e;
  }
  const { grids, catalogue } = book;
  const chosen = rulesForWorkbook(catalogue, extraRules, keptCatalogue);
  const rules = chosen.rules;
  const result: Omit<FileResult, "sheets"> = { file: path };
  if (chosen.nomenclature) result.nomenclature = chosen.nomenclature;
  if (chosen.warning) result.warning = chosen.warning;
  if (sheet !== undefined) {
    const grid = grids.find((g) => g.name === sheet);
    if (!grid) return { ...result, sheets: [], error: `no sheet named "${sheet}" (sheets: ${grids.map((g) => g.name).join(", ")})` };
    const one = checkGrid(grid, options, rules);
    return { ...result, sheets: [capReport(one.report)], ...skippedOf([one]) };
  }
  const checks = grids.map((g) => checkGrid(g, options, rules));
  const found = checks.filter((c) => c.skipped === undefined);
  // A file without any Renja table shows its first sheet's header-not-found; every sheet not checked is listed with why.
  const shown = found.length > 0 ? found : checks.slice(0, 1);
  return { ...result, sheets: shown.map((c) => capReport(c.report)), ...skippedOf(checks) };
}

/** The sheets not checked, with why: `skippedSheets` of the report. */
function skippedOf(checks: SheetCheck[]): Pick<FileResult, "skippedSheets"> {
  const skipped = checks.filter((c) => c.skipped !== undefined).map((c) => ({ name: capText(c.report.name), reason: c.skipped ?? "" }));
  return skipped.length > 0 ? { skippedSheets: skipped } : {};
}
