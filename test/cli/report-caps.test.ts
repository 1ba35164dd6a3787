// Text from a file is capped where it leaves us (issue 15 item 10): 1,000 characters per report cell, 32,767 per note.
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CellValue } from "../../core/grid.js";
import { capText, NOTE_CHARS, REPORT_CELL_CHARS } from "../../cli/report-caps.js";
import { noteText } from "../../cli/workbook.js";
import { generateRencana } from "../support/generate-renja.js";
import { makeTempDir, removeTempDir, run, writeWorkbook } from "./cli-helpers.js";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

const LONG_NAME = `Sub kegiatan ${"sangat panjang ".repeat(2_000)}`;

/** A rencana table whose first sub kegiatan has a 30,000-character name. */
function tableWithLongName(): { rows: CellValue[][]; row: number } {
  const t = generateRencana({ programs: [{ kegiatan: [2] }], pagu: [100, 250], moneyAsText: false });
  const leaf = t.leaves[0]?.row ?? 0;
  (t.rows[leaf] as CellValue[])[1] = LONG_NAME;
  return { rows: t.rows, row: leaf + 1 };
}

describe("capText", () => {
  it("keeps short texts and cuts long ones to the limit, ending in an ellipsis, never inside a surrogate pair", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.integer({ min: 2, max: 40 }), (s, max) => {
        const c = capText(s, max);
        if (s.length <= max) expect(c).toBe(s);
        else {
          expect(c.length).toBeLessThanOrEqual(max);
          expect(c.endsWith("…")).toBe(true);
          expect(s.startsWith(c.slice(0, -1))).toBe(true);
          expect(/[\uD800-\uDBFF]$/.test(c.slice(0, -1))).toBe(false);
        }
      }),
    );
  });
});

describe("reports and notes", () => {
  it("no text of the JSON report is longer than 1,000 characters, and the long name is cut with …", async () => {
    const { rows } = tableWithLongName();
    const file = await writeWorkbook(join(dir, "panjang.xlsx"), [{ name: "Tabel", rows }]);
    const r = await run("check", file, "--format", "json", "--lang", "en");
    const issues = (JSON.parse(r.out) as { sheets: { issues: Record<string, unknown>[] }[] }).sheets[0]?.issues ?? [];
    const texts = issues.flatMap((i) => Object.values(i).filter((v): v is string => typeof v === "string"));
    expect(texts.some((t) => t.length === REPORT_CELL_CHARS && t.endsWith("…"))).toBe(true);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(REPORT_CELL_CHARS);
  });

  it("fix --flags writes no note longer than Excel's 32,767 characters, even over a long note the cell had", async () => {
    const { rows, row } = tableWithLongName();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tabel");
    rows.forEach((r, i) => r.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(i + 1, c + 1).value = v)));
    for (let c = 1; c <= 7; c++) ws.getCell(row, c).note = "n".repeat(32_700);
    const file = join(dir, "catatan.xlsx");
    await wb.xlsx.writeFile(file);
    const out = join(dir, "out.xlsx");
    await run("fix", file, "-o", out, "--flags");
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const notes: string[] = [];
    (back.getWorksheet("Tabel") as ExcelJS.Worksheet).eachRow((r) => r.eachCell((cell) => {
      const n = noteText(cell.note);
      if (n !== null) notes.push(n);
    }));
    expect(notes.length).toBeGreaterThan(0);
    expect(Math.max(...notes.map((n) => n.length))).toBeLessThanOrEqual(NOTE_CHARS);
    expect(notes.some((n) => n.length === NOTE_CHARS && n.endsWith("…"))).toBe(true);
  });
});
