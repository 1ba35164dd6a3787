// checkSheet through the fake SpreadsheetApp gives, for every seed fixture, the report the core and the CLI give
// for the same grid (the nomenclature rules with the built-in catalogue included, as the CLI runs them).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkFile } from "../../cli/check-files.js";
import { checkNomenclatureRules } from "../../cli/nomenclature-command.js";
import { readGrids } from "../../cli/read-file.js";
import { checkGrid } from "../../core/check.js";
import type { Grid, Lang } from "../../core/index.js";
import { builtinSource, nomenclatureRules } from "../../core/nomenclature/index.js";
import { buildSheets, FakeSpreadsheet, loadBundle, ROOT } from "./fake-apps-script.js";

const XLSX = join(ROOT, "test/fixtures/xlsx");
const FILES = readdirSync(XLSX).filter((f) => f.endsWith(".xlsx")).sort();

beforeAll(() => buildSheets());

const core = (grid: Grid, lang: Lang) => JSON.parse(JSON.stringify(checkGrid(grid, { lang }, nomenclatureRules(builtinSource())).report)) as unknown;

describe.each(FILES)("%s", (file) => {
  it.each(["id", "en"] as const)("checkSheet gives the core's report (%s)", async (lang) => {
    const grids = await readGrids(join(XLSX, file));
    const ss = new FakeSpreadsheet();
    for (const g of grids) ss.addSheet(g.name ?? "Sheet1", g);
    const { call } = loadBundle(ss);
    call("saveSettings", { lang });
    for (const g of grids) {
      ss.activate(ss.sheet(g.name ?? "Sheet1"));
      const report = call("checkSheet");
      expect(report).toEqual(core(g, lang));
    }
  });

  it("checkSheet gives the sheets of `renja check --format json`", async () => {
    const cli = await checkFile(join(XLSX, file), { lang: "id" }, undefined, await checkNomenclatureRules({}));
    const grids = await readGrids(join(XLSX, file));
    const ss = new FakeSpreadsheet();
    for (const g of grids) ss.addSheet(g.name ?? "Sheet1", g);
    const { call } = loadBundle(ss);
    for (const sheet of cli.sheets) {
      ss.activate(ss.sheet(sheet.name));
      expect(call("checkSheet")).toEqual(JSON.parse(JSON.stringify(sheet)));
    }
  });
});

it("a check reads values, number formats, merges and formulas: four batch calls, no per-cell call", async () => {
  const [grid] = await readGrids(join(XLSX, "dumai-perubahan-3-1.xlsx"));
  const ss = new FakeSpreadsheet();
  ss.addSheet("Tabel 3.1", grid);
  const { call } = loadBundle(ss);
  call("checkSheet");
  expect(ss.log.filter((c) => c.kind === "batch").map((c) => c.method)).toEqual(["getValues", "getNumberFormats", "getMergedRanges", "getFormulas"]);
  expect(ss.count("cell")).toBe(0);
});
