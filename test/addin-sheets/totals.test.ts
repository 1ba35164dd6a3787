// Jumlahkan otomatis through the fake SpreadsheetApp: exactly core's auto-total plan is written (formulas into
// parent and computed cells, in the spreadsheet locale's syntax), typed values wait for a confirmation, and
// every other cell of the written rectangle keeps what it held, text that looks like a number included.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readGrids } from "../../cli/read-file.js";
import { checkGrid } from "../../core/check.js";
import type { CellValue, Grid } from "../../core/grid.js";
import { planAutoTotal } from "../../core/plan/auto-total.js";
import { formulaSyntax } from "../../core/plan/formula-syntax.js";
import type { CellWrite } from "../../core/plan/patch.js";
import type { TemplateResult, TotalsResult } from "../../addin-sheets/shared/api.js";
import type { SheetReport } from "../../core/check.js";
import { generateEvaluasi } from "../support/generate-renja.js";
import { buildSheets, FakeSpreadsheet, loadBundle, ROOT } from "./fake-apps-script.js";
import type { FakeSheet } from "./fake-sheet.js";
import { PARSE_ERROR } from "./fake-typing.js";

beforeAll(() => buildSheets());

let dumai: Grid;
beforeAll(async () => {
  [dumai] = (await readGrids(join(ROOT, "test/fixtures/xlsx/dumai-perubahan-3-1.xlsx"))) as [Grid];
});

/** Every cell's content (value, formula, number format) by "row:col". */
function contents(sheet: FakeSheet): Map<string, string> {
  const out = new Map<string, string>();
  sheet.cells.forEach((row, r) => row?.forEach((c, col) => c && (c.value !== null || c.formula !== null || c.format !== null) && out.set(`${r}:${col}`, JSON.stringify([c.value, c.formula, c.format]))));
  return out;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

/** Core's plan for the same grid, as the add-on should write it. */
function corePlan(grid: Grid, force: boolean, locale = "en_US"): CellWrite[] {
  const { table } = checkGrid(grid);
  if (!table) throw new Error("no table");
  return planAutoTotal(table, { force, syntax: formulaSyntax("sheets", locale) }).writes;
}

function expectWritten(sheet: FakeSheet, writes: readonly CellWrite[]): void {
  for (const w of writes) {
    const cell = sheet.peek(w.row, w.col);
    if (w.formula !== undefined) expect(cell.formula, `${w.purpose} at ${w.row}:${w.col}`).toBe(w.formula);
    else expect(cell.value).toEqual(w.value);
  }
}

describe("applyTotals", () => {
  it("writes core's plan and nothing else: formulas into parents and computed cells, no leaf input", () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.addSheet("Tabel 3.1", dumai);
    const { call } = loadBundle(ss);
    const before = contents(sheet);
    const result = call<TotalsResult>("applyTotals", false);
    const plan = corePlan(dumai, false);
    expect(result.written).toBe(plan.length);
    expect(changed(before, contents(sheet))).toEqual(plan.map((w) => `${w.row}:${w.col}`).sort());
    expectWritten(sheet, plan);
    // Parents and TOTAL rows get sums; leaf rows get only their own computed cells (the change), never their inputs.
    const { table } = checkGrid(dumai);
    const parents = new Set(table?.tree.nodes.filter((n) => n.children.length > 0).map((n) => n.row.index));
    const totals = new Set(table?.tree.rows.filter((r) => r.kind === "total" || r.kind === "average").map((r) => r.index));
    const computed = new Set(["change", "quarter-total", "ratio", "written-formula", "predikat"]);
    for (const w of plan) {
      if (w.purpose === "total") expect(parents.has(w.row), `total at row ${w.row + 1}`).toBe(true);
      else if (w.purpose === "grand-total") expect(totals.has(w.row)).toBe(true);
      else expect(computed.has(w.purpose), w.purpose).toBe(true);
    }
    expect(plan.some((w) => w.purpose === "total")).toBe(true);
  });

  it("leaves typed values until forced, and lists them for the confirmation", () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.addSheet("Tabel 3.1", dumai);
    const { call } = loadBundle(ss);
    const first = call<TotalsResult>("applyTotals", false);
    expect(first.held).toBeGreaterThan(0);
    expect(first.heldCells[0]).toMatchObject({ cell: expect.stringMatching(/^[A-Z]+\d+$/), formula: expect.stringMatching(/^=/) });
    const typed = first.heldCells[0]?.cell as string;
    const m = /^([A-Z]+)(\d+)$/.exec(typed) as RegExpExecArray;
    const col = (m[1] as string).charCodeAt(0) - 65;
    expect(sheet.peek(Number(m[2]) - 1, col).formula).toBeNull();
    const second = call<TotalsResult>("applyTotals", true);
    expect(second.held).toBe(0);
    expect(sheet.peek(Number(m[2]) - 1, col).formula).toMatch(/^=/);
    expectWritten(sheet, corePlan(dumai, true));
    // The report returned is the sheet after the writes: no parent disagrees with its children any more.
    expect(second.report.issues.filter((i) => i.rule === "total-mismatch")).toEqual([]);
  });

  // Apps Script need not have Intl's locale data (the fake's runtime has none); `;` parses in every locale.
  it.each(["in_ID", "en_US", "de_DE"])("in %s, separates arguments with ';', which Sheets parses in every locale", (locale) => {
    const ss = new FakeSpreadsheet(locale);
    const sheet = ss.addSheet("Tabel 3.1", dumai);
    const { call } = loadBundle(ss);
    const result = call<TotalsResult>("applyTotals", true);
    expect(result).toMatchObject({ locale, argSep: ";" });
    const cells = sheet.cells.flatMap((row) => row?.filter((c) => c?.formula) ?? []);
    const formulas = cells.map((c) => c.formula as string);
    expect(formulas.some((f) => /^=MAX\([A-Z]+\d+-[A-Z]+\d+;0\)$/.test(f))).toBe(true);
    expect(formulas.filter((f) => f.includes(","))).toEqual([]);
    expect(cells.filter((c) => c.value === PARSE_ERROR).map((c) => c.formula)).toEqual([]);
    expectWritten(sheet, corePlan(dumai, true, locale));
  });

  it("gives every untouched cell of the rectangle back as it was: '57,5%' and '06' stay text", () => {
    const gen = generateEvaluasi(40).rows.map((r) => [...r]);
    // Kegiatan rows without their Rp totals: auto-total fills them; the capaian text beside them stays.
    for (const r of gen) if (typeof r[0] === "string" && /^\d\.\d\d\.\d\d\.2\.\d\d$/.test(r[0])) for (const c of [4, 6, 8, 10, 12, 14]) r[c] = null;
    (gen[10] as CellValue[])[5] = "06";
    const grid: Grid = { name: "Evaluasi", rows: gen };
    const ss = new FakeSpreadsheet();
    const sheet = ss.addSheet("Evaluasi", grid);
    const { call } = loadBundle(ss);
    const before = contents(sheet);
    call<TotalsResult>("applyTotals", false);
    const plan = corePlan(grid, false);
    expect(plan.length).toBeGreaterThan(0);
    expect(changed(before, contents(sheet))).toEqual(plan.map((w) => `${w.row}:${w.col}`).sort());
    expect(sheet.peek(10, 5).value).toBe("06");
    expect(sheet.peek(7, 15).value).toMatch(/^\d+(,\d+)?%$/);
  });

  it("a formula in a cell formatted as plain text (@) stays a formula, written or given back", () => {
    const ss = new FakeSpreadsheet();
    const sheet = ss.addSheet("Tabel 3.1", dumai);
    const plan = corePlan(dumai, true);
    const total = plan.find((w) => w.purpose === "total" && w.formula !== undefined) as CellWrite;
    const written = new Set(plan.map((w) => `${w.row}:${w.col}`));
    const [top, bottom] = [Math.min(...plan.map((w) => w.row)), Math.max(...plan.map((w) => w.row))];
    const cols = plan.map((w) => w.col);
    // An untouched cell of the written rectangle, given a formula of the user's.
    let kept: { row: number; col: number } | undefined;
    for (let row = top; row <= bottom && !kept; row++) for (let col = Math.min(...cols); col <= Math.max(...cols) && !kept; col++) if (!written.has(`${row}:${col}`)) kept = { row, col };
    if (!kept) throw new Error("no untouched cell in the rectangle");
    Object.assign(sheet.cell(kept.row, kept.col), { value: 2, formula: "=1+1", format: "@" });
    sheet.cell(total.row, total.col).format = "@";
    loadBundle(ss).call("applyTotals", true);
    expect(sheet.peek(total.row, total.col).formula).toBe(total.formula);
    expect(sheet.peek(kept.row, kept.col).formula).toBe("=1+1");
    // The price: those two cells are no longer formatted as plain text.
    expect([sheet.peek(total.row, total.col).format, sheet.peek(kept.row, kept.col).format]).not.toContain("@");
  });

  it("from the menu: Yes replaces typed values, No fills empty cells only, Cancel changes nothing", () => {
    const run = (answer: string) => {
      const ss = new FakeSpreadsheet();
      const sheet = ss.addSheet("Tabel 3.1", dumai);
      ss.ui.answers = [answer];
      const before = contents(sheet);
      loadBundle(ss).call("menuTotals");
      return { n: changed(before, contents(sheet)).length, alert: ss.ui.alerts[0]?.message ?? "", toast: ss.toasts[0] ?? "" };
    };
    const yes = run("YES");
    const no = run("NO");
    const cancel = run("CANCEL");
    expect(yes.n).toBe(corePlan(dumai, true).length);
    expect(no.n).toBe(corePlan(dumai, false).length);
    expect(cancel.n).toBe(0);
    expect(yes.alert).toMatch(/^\d+ sel berisi nilai yang diketik/);
  });
});

describe("insertTemplate", () => {
  it.each(["rencana", "perubahan", "evaluasi"])("%s: a new sheet with live totals that checks clean", (family) => {
    const ss = new FakeSpreadsheet("in_ID");
    ss.addSheet("Data");
    const { call } = loadBundle(ss);
    const from = ss.log.length;
    const result = call<TemplateResult>("insertTemplate", family);
    expect(ss.active?.name).toBe(result.sheet);
    expect(result.formulas).toBeGreaterThan(0);
    const sheet = ss.sheet(result.sheet);
    expect(sheet.merges.length).toBeGreaterThan(0);
    expect(sheet.frozenRows).toBeGreaterThan(0);
    expect(ss.count("batch", from)).toBeLessThanOrEqual(6);
    expect(ss.count("cell", from)).toBe(0);
    // Text such as "(1)" or "100%" stays text; the numbering row is read back as the core wrote it.
    const report = call<SheetReport>("checkSheet");
    expect(report.family).toBe(family);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(call<TemplateResult>("insertTemplate", family).sheet).toBe(`${result.sheet} (2)`);
  });
});
