// Protected ranges (issue 13, item 8): Sheets refuses a whole write when a cell of its rectangle is protected
// against the user (the fake does too). Tandai, Hapus tanda and Jumlahkan otomatis look first, write nothing and
// say which range in one sentence; protections the user may edit, warning-only ones and ranges outside what
// is written do not stop them.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readGrids } from "../../cli/read-file.js";
import { checkGrid } from "../../core/check.js";
import { columnLetter, type Grid } from "../../core/grid.js";
import { planAutoTotal } from "../../core/plan/auto-total.js";
import { formulaSyntax } from "../../core/plan/formula-syntax.js";
import { decodeStore } from "../../core/plan/flag-store-format.js";
import type { SheetReport } from "../../core/check.js";
import type { ClearResult, FlagResult, TotalsResult } from "../../addin-sheets/shared/api.js";
import { buildSheets, FakeSpreadsheet, loadBundle, ROOT } from "./fake-apps-script.js";
import { PROTECTED_MESSAGE } from "./fake-protection.js";
import { marks, values } from "./sheet-marks.js";

beforeAll(() => buildSheets());

let grid: Grid;
beforeAll(async () => {
  [grid] = (await readGrids(join(ROOT, "test/fixtures/xlsx/dumai-perubahan-3-1.xlsx"))) as [Grid];
});

function setup() {
  const ss = new FakeSpreadsheet();
  const sheet = ss.addSheet("Tabel 3.1", grid);
  const { call } = loadBundle(ss);
  return { ss, sheet, call };
}

/** The A1 address of the first error finding with a cell. */
function firstErrorCell(report: SheetReport): string {
  const f = report.issues.find((i) => i.column !== undefined && i.severity === "error");
  if (!f) throw new Error("fixture has no error finding");
  return `${f.column}${f.row}`;
}

describe("the fake host", () => {
  it("refuses a whole write that touches a protected cell, and lets an editor of the protection write", () => {
    const { sheet } = setup();
    const p = sheet.getRange("B2").protect();
    const before = values(sheet);
    expect(() => sheet.getRange("A1:C3").setValues([["x", "x", "x"], ["x", "x", "x"], ["x", "x", "x"]])).toThrow(PROTECTED_MESSAGE);
    expect(values(sheet)).toBe(before);
    p.editable = true;
    sheet.getRange("A1:C3").setValues([["x", "x", "x"], ["x", "x", "x"], ["x", "x", "x"]]);
    expect(sheet.peek(1, 1).value).toBe("x");
  });
});

describe("Tandai with a protected range", () => {
  it("inside the flagged rectangle: nothing written, one sentence naming the range", () => {
    const { ss, sheet, call } = setup();
    const cell = firstErrorCell(call<SheetReport>("checkSheet"));
    sheet.getRange(cell).protect();
    const [m, v] = [marks(sheet), values(sheet)];
    expect(() => call("applyFlags")).toThrow(`Rentang ${cell} di lembar "Tabel 3.1" dilindungi dan tidak dapat Anda ubah, jadi tidak ada yang ditulis; minta pemilik spreadsheet membuka perlindungannya atau menjadikan Anda editornya.`);
    expect([marks(sheet), values(sheet)]).toEqual([m, v]);
    expect(ss.getSheetByName("_renja_flags")).toBeNull();
    // From the menu: the same sentence in an alert, in English when the user chose English.
    call("saveSettings", { lang: "en" });
    call("menuFlags");
    expect(ss.ui.alerts.at(-1)?.message).toBe(`The range ${cell} on the sheet "Tabel 3.1" is protected and you may not edit it, so nothing was written; ask the spreadsheet's owner to remove the protection or make you one of its editors.`);
  });

  it("that the user may edit, that only warns, or outside the rectangle: flags as usual", () => {
    const { sheet, call } = setup();
    const cell = firstErrorCell(call<SheetReport>("checkSheet"));
    sheet.getRange(cell).protect().editable = true;
    sheet.getRange(cell).protect().setWarningOnly(true);
    sheet.getRange(`A${grid.rows.length + 20}`).protect();
    expect(call<FlagResult>("applyFlags").filled).toBeGreaterThan(0);
  });

  it("a protected sheet whose unprotected ranges hold the rectangle: flags; without them: names the sheet", () => {
    const { sheet, call } = setup();
    const p = sheet.protect();
    expect(() => call("applyFlags")).toThrow(/^Lembar "Tabel 3\.1" dilindungi/);
    p.setUnprotectedRanges([sheet.getRange(`A1:M${grid.rows.length}`), sheet.getRange(`N1:AZ${grid.rows.length}`)]);
    expect(call<FlagResult>("applyFlags").filled).toBeGreaterThan(0);
  });
});

describe("Hapus tanda with the record's sheet protected", () => {
  it("restores nothing rather than the fills without the record", () => {
    const { ss, sheet, call } = setup();
    const original = marks(sheet);
    call("applyFlags");
    const flagged = marks(sheet);
    const lock = ss.sheet("_renja_flags").protect();
    expect(() => call("clearFlags")).toThrow(/^Lembar "_renja_flags" dilindungi dan tidak dapat Anda ubah/);
    expect(marks(sheet)).toBe(flagged);
    expect(decodeStore(ss.sheet("_renja_flags").toGrid().rows).sheets).toHaveLength(1);
    lock.remove();
    expect(call<ClearResult>("clearFlags").restored).toBeGreaterThan(0);
    expect(marks(sheet)).toBe(original);
  });
});

describe("Jumlahkan otomatis with a protected cell", () => {
  it("inside the written rectangle but not itself written: nothing written, the range named", () => {
    const { sheet, call } = setup();
    const { table } = checkGrid(grid);
    if (!table) throw new Error("no table");
    const writes = planAutoTotal(table, { force: true, syntax: formulaSyntax("sheets", "en_US") }).writes;
    const written = new Set(writes.map((w) => `${w.row}:${w.col}`));
    const rows = writes.map((w) => w.row);
    const cols = writes.map((w) => w.col);
    let inside: string | null = null;
    for (let r = Math.min(...rows); r <= Math.max(...rows) && !inside; r++) {
      for (let c = Math.min(...cols); c <= Math.max(...cols) && !inside; c++) if (!written.has(`${r}:${c}`)) inside = `${columnLetter(c)}${r + 1}`;
    }
    if (!inside) throw new Error("the rectangle has no unwritten cell");
    sheet.getRange(inside).protect();
    const before = values(sheet);
    expect(() => call<TotalsResult>("applyTotals", true)).toThrow(`Rentang ${inside} di lembar "Tabel 3.1" dilindungi`);
    expect(values(sheet)).toBe(before);
  });
});
