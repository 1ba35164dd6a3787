// renja check reads formulas from .xlsx: a parent total over a deleted row (=SUM(#REF!)) and an IFERROR that hides one are formula-broken.
import { rm } from "node:fs/promises";
import { afterAll, expect, it } from "vitest";
import { writeBrokenFormulaWorkbook } from "../support/broken-formula-workbook.js";
import { makeTempDir, run } from "./cli-helpers.js";

let dir = "";
afterAll(() => rm(dir, { recursive: true, force: true }));

it("reports formula-broken on the cells whose formula refers to #REF!, and no not-a-number for them", async () => {
  dir = await makeTempDir();
  const file = await writeBrokenFormulaWorkbook(dir);
  const r = await run("check", file, "--format", "json");
  const issues = (JSON.parse(r.out) as { sheets: { issues: { rule: string; row: number; column?: string; actualValue?: string }[] }[] }).sheets[0]?.issues ?? [];
  expect(issues.filter((i) => i.rule === "formula-broken").map((i) => `${i.column}${i.row} ${i.actualValue}`)).toEqual(["E2 =SUM(#REF!)", 'E5 =IFERROR(E3*#REF!,"")']);
  expect(issues.filter((i) => i.rule === "not-a-number")).toEqual([]);
  expect(r.code).toBe(1);
});
