// The metamorphic suite through the file path: every seed fixture under every meaning-preserving transformation,
// written to .xlsx, reads the same by the streaming path as by exceljs's full load, and gives the grid's findings.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkGrid } from "../../core/check.js";
import { readGrids } from "../../cli/read-file.js";
import { listFixtureIds } from "../fixtures/fixture-files.js";
import { fixtureGrid } from "../support/fixture-grid.js";
import { describeSheet, toGrid } from "../core/metamorphic/sheet.js";
import { TRANSFORMS } from "../core/metamorphic/transforms.js";
import { normalGrid, readBothWays, writeGrid } from "./reader-comparison.js";

const dir = mkdtempSync(join(tmpdir(), "renja-stream-meta-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const findingsOf = (g: Parameters<typeof checkGrid>[0]) => checkGrid(g).report.issues.map((i) => `${i.rule} ${i.row} ${i.column ?? ""}`);

describe.each(listFixtureIds())("%s through the file path", (id) => {
  const base = describeSheet(fixtureGrid(id).grid);
  const cases = [{ id: "as-is", sheet: base }, ...TRANSFORMS.map((t) => ({ id: t.id, sheet: t.apply(base) }))].filter((c) => c.sheet !== null);

  it.each(cases.map((c) => [c.id, c] as const))("%s: the streaming path reads the full load's grid and the grid's findings", async (name, c) => {
    const grid = toGrid(c.sheet as NonNullable<typeof c.sheet>);
    const file = join(dir, `${id}-${name}.xlsx`);
    await writeGrid(grid, file);
    const both = await readBothWays(file);
    expect(both.plain, "a file exceljs writes from a table takes the streaming path").toBe(true);
    expect(both.stream).toEqual(both.full);
    const [read] = await readGrids(file);
    expect(normalGrid(read as typeof grid)).toEqual(both.full[0]);
    expect(findingsOf(read as typeof grid)).toEqual(findingsOf(grid));
  });
});
