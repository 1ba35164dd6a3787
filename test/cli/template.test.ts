// `renja template`: each standard table checks clean, stays clean when a leaf is typed (formulas recalculated), and catches a typed-over parent.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnLetter } from "../../core/grid.js";
import { templateTable, type TemplateFamily } from "../../core/plan/template.js";
import { fileReportSchema } from "../../core/report.js";
import { recalculate } from "../support/recalc-workbook.js";
import { makeTempDir, removeTempDir, run } from "./cli-helpers.js";

let dir: string;

beforeAll(async () => {
  dir = await makeTempDir();
});

afterAll(async () => {
  await removeTempDir(dir);
});

async function issues(path: string) {
  const r = await run("check", path, "--format", "json");
  return fileReportSchema.parse(JSON.parse(r.out)).sheets.flatMap((s) => s.issues);
}

/** The leaf cell a planner types (0-based column) and the value, and the parent column typed over, per family. */
const CASES: { family: TemplateFamily; leafCol: number; value: number; parentCol: number }[] = [
  { family: "rencana", leafCol: 5, value: 125_000_000, parentCol: 5 },
  { family: "perubahan", leafCol: 7, value: 130_000_000, parentCol: 7 },
  { family: "evaluasi", leafCol: 6, value: 20_000_000, parentCol: 6 },
];

describe.each(CASES)("renja template $family", ({ family, leafCol, value, parentCol }) => {
  const t = templateTable(family);
  const [, kegiatan, sub1] = t.exampleRows as [number, number, number];
  const leaf = `${columnLetter(leafCol)}${sub1 + 1}`;
  const parent = `${columnLetter(parentCol)}${kegiatan + 1}`;

  it("writes a table that renja check recognises, with formulas for its totals and no finding", async () => {
    const file = join(dir, `${family}.xlsx`);
    const r = await run("template", family, "-o", file, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Template ${family} saved: ${file}`);
    const check = fileReportSchema.parse(JSON.parse((await run("check", file, "--format", "json")).out));
    expect(check.sheets[0]?.family).toBe(family);
    expect(check.sheets[0]?.issues).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell(parent).formula).toMatch(/^SUM\(/);
    expect((ws.model as { merges: string[] }).merges.length).toBeGreaterThan(3);
  });

  it(`stays clean after a leaf value is typed (${leaf}), and flags a typed-over parent (${parent})`, async () => {
    const file = join(dir, `${family}-typed.xlsx`);
    await run("template", family, "-o", file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    ws.getCell(leaf).value = value;
    expect(recalculate(ws)).toBeGreaterThan(5);
    await wb.xlsx.writeFile(file);
    expect(await issues(file)).toEqual([]);
    ws.getCell(parent).value = 1;
    recalculate(ws);
    await wb.xlsx.writeFile(file);
    const found = await issues(file);
    expect(found.map((i) => `${i.rule} ${i.column}${i.row}`)).toContain(`total-mismatch ${parent}`);
    expect(found.filter((i) => i.severity === "error").every((i) => i.rule === "total-mismatch")).toBe(true);
  });
});

describe("renja template usage", () => {
  it("refuses an existing file and an unknown family", async () => {
    const file = join(dir, "ada.xlsx");
    expect((await run("template", "rencana", "-o", file)).code).toBe(0);
    const again = await run("template", "rencana", "-o", file, "--lang", "en");
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/exists/);
    const unknown = await run("template", "anggaran", "-o", join(dir, "x.xlsx"));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/rencana, perubahan or evaluasi/);
  });
});
