// formula-broken in the Sheets add-on: Periksa reads the formulas and reports a parent total over a deleted row
// (=SUM(#REF!)) and an IFERROR that hides one, as `renja check` does for the same workbook; Tandai right after
// takes them from the layout cache (no second getFormulas) and flags both cells, and so does a Tandai that finds
// the cache empty and reads them again.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FlagResult } from "../../addin-sheets/shared/api.js";
import { checkFile } from "../../cli/check-files.js";
import { checkNomenclatureRules } from "../../cli/nomenclature-command.js";
import { readGrids } from "../../cli/read-file.js";
import type { SheetReport } from "../../core/check.js";
import type { Grid } from "../../core/grid.js";
import { writeBrokenFormulaWorkbook } from "../support/broken-formula-workbook.js";
import { buildSheets, FakeSpreadsheet, loadBundle } from "./fake-apps-script.js";

let dir = "";
let file = "";
let grid: Grid;

beforeAll(async () => {
  buildSheets();
  dir = await mkdtemp(join(tmpdir(), "renja-sheets-ref-"));
  file = await writeBrokenFormulaWorkbook(dir);
  [grid] = (await readGrids(file)) as [Grid];
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A spreadsheet holding the workbook's sheet, and the batch calls of what ran since `from`. */
function opened() {
  const ss = new FakeSpreadsheet();
  const sheet = ss.addSheet("Renja", grid);
  const { call } = loadBundle(ss);
  const batch = (from: number) => ss.log.slice(from).filter((c) => c.kind === "batch" && c.sheet === "Renja").map((c) => c.method);
  return { ss, sheet, call, batch };
}

const broken = (report: SheetReport) => report.issues.filter((i) => i.rule === "formula-broken").map((i) => `${i.column}${i.row} ${i.actualValue}`);
const EXPECTED = ["E2 =SUM(#REF!)", 'E5 =IFERROR(E3*#REF!,"")'];

describe("a parent =SUM(#REF!) and an IFERROR hiding #REF!", () => {
  it("Periksa reports formula-broken on both cells, the report of `renja check --format json`", async () => {
    const cli = await checkFile(file, { lang: "id" }, undefined, await checkNomenclatureRules({}));
    const { call, batch } = opened();
    const report = call<SheetReport>("checkSheet");
    expect(broken(report)).toEqual(EXPECTED);
    expect(report.issues.filter((i) => i.rule === "not-a-number")).toEqual([]);
    expect(report).toEqual(JSON.parse(JSON.stringify(cli.sheets[0])));
    expect(batch(0)).toEqual(["getValues", "getNumberFormats", "getMergedRanges", "getFormulas"]);
  });

  it("Tandai right after takes the broken formulas from the cache and flags both cells", () => {
    const { ss, sheet, call, batch } = opened();
    const checked = call<SheetReport>("checkSheet");
    const from = ss.log.length;
    const flagged = call<FlagResult>("applyFlags");
    expect(batch(from)).not.toContain("getFormulas");
    expect(batch(from)).not.toContain("getNumberFormats");
    expect(flagged.report).toEqual(checked);
    for (const [row, col] of [[1, 4], [4, 4]] as const) {
      const cell = sheet.peek(row, col);
      expect(cell.background).toBe("#FFC7CE");
      expect(cell.note).toMatch(/merujuk ke sel yang sudah dihapus \(#REF!\)/);
    }
  });

  it("Tandai with the cache emptied reads the formulas again, to the same flags", () => {
    const warm = opened();
    warm.call("checkSheet");
    warm.call("applyFlags");
    const cold = opened();
    cold.ss.cache.clear();
    const flagged = cold.call<FlagResult>("applyFlags");
    expect(cold.batch(0).slice(0, 4)).toEqual(["getValues", "getNumberFormats", "getMergedRanges", "getFormulas"]);
    expect(broken(flagged.report)).toEqual(EXPECTED);
    const marks = (s: typeof warm.sheet) => [s.peek(1, 4), s.peek(4, 4)].map((c) => [c.background, c.note]);
    expect(marks(cold.sheet)).toEqual(marks(warm.sheet));
  });

  it("a formula repaired since Periksa (new values) is read again: no stale formula-broken", () => {
    const { sheet, call } = opened();
    call("checkSheet");
    Object.assign(sheet.cell(1, 4), { formula: "=SUM(E3:E5)", value: 35000 });
    Object.assign(sheet.cell(4, 4), { formula: null, value: 5000 });
    const flagged = call<FlagResult>("applyFlags");
    expect(broken(flagged.report)).toEqual([]);
    expect(sheet.peek(1, 4).background).toBeNull();
  });
});
