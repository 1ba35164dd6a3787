// Every seed fixture, read from its .xlsx as the CLI reads it: each real mistake is found, clean rows stay clean.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGrids } from "../../cli/read-file.js";
import { checkGrid } from "../../core/check.js";
import { fixtureMetaSchema } from "../fixtures/fixture-meta.js";

const SEEDS = join(import.meta.dirname, "../fixtures/seeds");
const XLSX = join(import.meta.dirname, "../fixtures/xlsx");
const metas = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => fixtureMetaSchema.parse(JSON.parse(readFileSync(join(SEEDS, f), "utf8"))));

describe.each(metas)("fixture $id", (meta) => {
  const load = async () => {
    const grids = await readGrids(join(XLSX, `${meta.id}.xlsx`));
    const grid = grids.find((g) => g.name === meta.sheetName);
    if (!grid) throw new Error(`sheet ${meta.sheetName} missing`);
    return checkGrid(grid).report;
  };

  it("is recognised as its family", async () => {
    const report = await load();
    expect(report.family).toBe(meta.family);
    expect(report.issues.some((i) => i.rule === "header-not-found")).toBe(false);
  });

  it.each(meta.expected.map((e) => ({ ...e, label: `${e.rule} at ${e.column ?? ""}${e.row}` })))("finds $label", async (e) => {
    const report = await load();
    const hit = report.issues.find((i) => i.rule === e.rule && i.row === e.row && (e.column === undefined || i.column === e.column));
    expect(hit, `${e.rule} at row ${e.row} ${e.column ?? ""}: ${e.note}\nfound on that row: ${JSON.stringify(report.issues.filter((i) => i.row === e.row))}`).toBeDefined();
  });

  it("reports no error on rows a reviewer found clean", async () => {
    const report = await load();
    const clean = new Set(meta.clean.map((c) => c.row));
    const wrong = report.issues.filter((i) => i.severity === "error" && clean.has(i.row));
    expect(wrong).toEqual([]);
  });

  it("reports no error a reviewer did not expect", async () => {
    const report = await load();
    const expected = new Set([...meta.expected, ...(meta.uncertain ?? [])].map((e) => `${e.rule}@${e.row}`));
    const surprising = report.issues.filter((i) => i.severity === "error" && !expected.has(`${i.rule}@${i.row}`));
    expect(surprising).toEqual([]);
  });
});
