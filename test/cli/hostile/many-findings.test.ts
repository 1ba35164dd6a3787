// Hostile input: over 200,000 findings (money columns all #REF!) through the core and the CLI, with no call-stack overflow and the normal exit status.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import type { CellValue } from "../../../core/grid.js";
import { generateEvaluasi } from "../../support/generate-renja.js";
import { makeTempDir, removeTempDir, run } from "../cli-helpers.js";
import { minimalXlsx, rowXml, SHEET_HEAD, SHEET_TAIL } from "./build-package.js";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

const MONEY = new Set([4, 6, 8, 10, 12, 14]);

/** An evaluasi table of about 34,000 rows whose six money columns hold #REF! on every data row: over 200,000 findings. */
function refTable<T>(ref: T): (CellValue | T)[][] {
  return generateEvaluasi(30_600).rows.map((r, i) => r.map((v, c) => (i >= 5 && MONEY.has(c) ? ref : v)));
}

describe("200,000 findings", () => {
  it("the core returns every not-a-number finding", () => {
    const report = checkGrid({ name: "Evaluasi", rows: refTable("#REF!") }, { lang: "en" }).report;
    expect(report.issues.filter((i) => i.rule === "not-a-number").length).toBeGreaterThan(200_000);
  });

  it("renja check reports them all with exit status 1 (six money columns of #REF! on 34,000 rows)", async () => {
    const xmlRows = refTable({ e: "#REF!" }).map((r, i) => rowXml(i + 1, r as (string | number | { e: string } | null)[]));
    const file = join(dir, "ref.xlsx");
    await writeFile(file, minimalXlsx({ data: SHEET_HEAD + xmlRows.join("") + SHEET_TAIL }));
    const r = await run("check", file, "--format", "json", "-o", join(dir, "report.json"), "--lang", "en");
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    const report = JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as { sheets: { issues: { rule: string }[] }[] };
    expect(report.sheets[0]?.issues.filter((i) => i.rule === "not-a-number").length).toBeGreaterThan(200_000);
  });
});
