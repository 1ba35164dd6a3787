// `renja check`: reads every file, checks every sheet that holds a Renja table, and collects the reports.
import type { SheetReport } from "../core/check.js";
import { checkGrid } from "../core/check.js";
import type { CheckOptions } from "../core/options.js";
import type { Rule } from "../core/table.js";
import { readGrids, ReadError } from "./read-file.js";

export interface FileResult {
  file: string;
  sheets: SheetReport[];
  /** Set when the file could not be read (exit status 2). */
  error?: string;
}

/**
 * Checks one file: every sheet with a Renja table, or the named sheet; a file with no table says so once.
 * @example await checkFile("examples/dumai-perubahan-3-1.xlsx", {}, undefined)
 */
export async function checkFile(path: string, options: Partial<CheckOptions>, sheet: string | undefined, extraRules: Rule[] = []): Promise<FileResult> {
  let grids;
  try {
    grids = await readGrids(path);
  } catch (e) {
    if (e instanceof ReadError) return { file: path, sheets: [], error: e.message };
    throw e;
  }
  if (sheet !== undefined) {
    const grid = grids.find((g) => g.name === sheet);
    if (!grid) return { file: path, sheets: [], error: `no sheet named "${sheet}" (sheets: ${grids.map((g) => g.name).join(", ")})` };
    return { file: path, sheets: [checkGrid(grid, options, extraRules).report] };
  }
  const reports = grids.map((g) => checkGrid(g, options, extraRules).report);
  const found = reports.filter((r) => !r.issues.some((i) => i.rule === "header-not-found"));
  return { file: path, sheets: found.length > 0 ? found : reports.slice(0, 1) };
}
