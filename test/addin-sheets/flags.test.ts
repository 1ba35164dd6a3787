// Tandai / Hapus tanda through the fake SpreadsheetApp: palette fills and notes on the findings' cells, kept in
// the hidden `_renja_flags` sheet, and clearing gives back exactly the fills and notes the sheet had.
import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { decodeStore } from "../../core/plan/flag-store-format.js";
import { readGrids } from "../../cli/read-file.js";
import { columnIndex, type Grid } from "../../core/grid.js";
import type { SheetReport } from "../../core/check.js";
import type { ClearResult, FlagResult } from "../../addin-sheets/shared/api.js";
import { generateEvaluasi } from "../support/generate-renja.js";
import { buildSheets, FakeSpreadsheet, loadBundle, ROOT } from "./fake-apps-script.js";
import type { FakeSheet } from "./fake-sheet.js";
import { marks, values } from "./sheet-marks.js";

beforeAll(() => buildSheets());

let grid: Grid;
beforeAll(async () => {
  [grid] = (await readGrids(join(ROOT, "test/fixtures/xlsx/dumai-perubahan-3-1.xlsx"))) as [Grid];
});

describe("applyFlags then clearFlags", () => {
  let ss: FakeSpreadsheet;
  let sheet: FakeSheet;
  let call: ReturnType<typeof loadBundle>["call"];

  beforeEach(() => {
    ss = new FakeSpreadsheet();
    sheet = ss.addSheet("Tabel 3.1", grid);
    ({ call } = loadBundle(ss));
  });

  it("fills each finding's cell with its severity's colour and writes one note per flagged cell", () => {
    const report = call<SheetReport>("checkSheet");
    const result = call<FlagResult>("applyFlags");
    expect(result.filled).toBeGreaterThan(0);
    for (const f of report.issues.filter((i) => i.column !== undefined && i.severity !== "info")) {
      const cell = sheet.peek(f.row - 1, columnIndex(f.column as string));
      expect(cell.background, `${f.rule} at ${f.column}${f.row}`).toBe(f.severity === "error" ? "#FFC7CE" : cell.background === "#FFC7CE" ? "#FFC7CE" : "#FFEB9C");
      expect(cell.note).toContain(f.message);
    }
    const store = ss.sheet("_renja_flags");
    expect(store.hidden).toBe(true);
    expect(ss.active?.name).toBe("Tabel 3.1");
    const decoded = decodeStore(store.toGrid().rows);
    expect(decoded.damaged).toBe(0);
    expect(decoded.sheets[0]?.fills.length).toBe(result.filled);
  });

  it("restores every fill and note exactly, the ones the sheet had before included", () => {
    const report = call<SheetReport>("checkSheet");
    const first = report.issues.find((i) => i.column !== undefined && i.severity === "error");
    if (!first) throw new Error("fixture has no error finding");
    // A note and a fill of the user's own on a flagged cell, and others elsewhere.
    const flagged = sheet.cell(first.row - 1, columnIndex(first.column as string));
    flagged.note = "catatan bendahara";
    flagged.background = "#D9E1F2";
    sheet.cell(0, 0).note = "judul";
    sheet.cell(5, 3).background = "#FCE4D6";
    const before = marks(sheet);
    const cells = values(sheet);
    call("applyFlags");
    expect(flagged.background).toBe("#FFC7CE");
    expect(flagged.note).toMatch(/^Pemeriksa Renja\n[\s\S]*catatan bendahara$/);
    const cleared = call<ClearResult>("clearFlags");
    expect(cleared.keptUserChanges).toBe(0);
    expect(cleared.restored).toBeGreaterThan(0);
    expect(marks(sheet)).toBe(before);
    expect(values(sheet)).toBe(cells);
    expect(decodeStore(ss.sheet("_renja_flags").toGrid().rows).sheets).toEqual([]);
  });

  it("flagging twice keeps the first fills to restore, and clears in a later session", () => {
    sheet.cell(20, 5).background = "#E2EFDA";
    const before = marks(sheet);
    call("applyFlags");
    call("applyFlags");
    // A new execution (another editor, another day): only the spreadsheet carries the record.
    const later = loadBundle(ss);
    later.call("clearFlags");
    expect(marks(sheet)).toBe(before);
  });

  it("a cell fixed between two flaggings gets its fill back; one the user recoloured keeps the user's colour", () => {
    const before = marks(sheet);
    call("applyFlags");
    const report = call<SheetReport>("checkSheet");
    const errors = report.issues.filter((i) => i.column !== undefined && i.severity === "error");
    const recoloured = errors[0];
    if (!recoloured) throw new Error("fixture has no error finding");
    sheet.cell(recoloured.row - 1, columnIndex(recoloured.column as string)).background = "#00B0F0";
    const cleared = call<ClearResult>("clearFlags");
    expect(cleared.keptUserChanges).toBeGreaterThanOrEqual(1);
    expect(sheet.peek(recoloured.row - 1, columnIndex(recoloured.column as string)).background).toBe("#00B0F0");
    // Everything else is as it was.
    const after = marks(sheet).split("\n").filter((l) => !l.startsWith(`${recoloured.row - 1}:${columnIndex(recoloured.column as string)} `));
    expect(after.join("\n")).toBe(before.split("\n").filter((l) => !l.startsWith(`${recoloured.row - 1}:${columnIndex(recoloured.column as string)} `)).join("\n"));
  });

  it("a sheet whose table is gone gets its old flags removed when flagged again", () => {
    const before = marks(sheet);
    call("applyFlags");
    // The sheet is emptied by hand (fills and notes stay): no table any more, nothing to flag, the old flags go.
    for (const row of sheet.cells) for (const c of row ?? []) if (c) c.value = null;
    const again = call<FlagResult>("applyFlags");
    expect(again.report.issues.map((i) => i.rule)).toContain("header-not-found");
    expect(again.filled).toBe(0);
    expect(again.restored).toBeGreaterThan(0);
    expect(marks(sheet)).toBe(before);
    expect(decodeStore(ss.sheet("_renja_flags").toGrid().rows).sheets).toEqual([]);
  });

  it("clearing one sheet keeps the record of another", async () => {
    const [other] = (await readGrids(join(ROOT, "test/fixtures/xlsx/tarakan-rencana-8.xlsx"))) as [Grid];
    const second = ss.addSheet("Tabel 8", other);
    const before = marks(second);
    ss.activate(second);
    call("applyFlags");
    ss.activate(sheet);
    call("applyFlags");
    call("clearFlags");
    const kept = decodeStore(ss.sheet("_renja_flags").toGrid().rows).sheets;
    expect(kept.map((k) => k.sheet)).toEqual(["Tabel 8"]);
    ss.activate(second);
    call("clearFlags");
    expect(marks(second)).toBe(before);
  });

  it("colours predikat cells by band when the user asks for it", () => {
    const evaluasi: Grid = { name: "Evaluasi", rows: generateEvaluasi(30).rows };
    const ev = ss.addSheet("Evaluasi", evaluasi);
    ss.activate(ev);
    const before = marks(ev);
    call("saveSettings", { predikatColours: true });
    const plain = new FakeSpreadsheet();
    plain.addSheet("Evaluasi", evaluasi);
    const without = loadBundle(plain).call<FlagResult>("applyFlags");
    const withColours = call<FlagResult>("applyFlags");
    expect(withColours.filled).toBeGreaterThan(without.filled);
    expect(new Set(ev.cells.flatMap((row) => row?.map((c) => c?.background) ?? []))).toContain("#1E7B34");
    call("clearFlags");
    expect(marks(ev)).toBe(before);
  });

  // setValues reads text as typed; the record's lines are JSON objects (`{…`), its marker and note plain words, so
  // neither a leading quote nor a formula can come of them, in a General sheet or one Excel left formatted `@`.
  it.each(["General", "@"])("keeps the record as text (store formatted %s), with names and notes starting with ' = - +", (format) => {
    const store = ss.addSheet("_renja_flags");
    for (let r = 0; r < 400; r++) store.cell(r, 0).format = format === "@" ? "@" : null;
    sheet.name = "=Tabel 3.1";
    const report = call<SheetReport>("checkSheet");
    const cells = report.issues.filter((i) => i.column !== undefined && i.severity === "error").slice(0, 4);
    ["'06", "=SUM(A1:A2)", "-catatan", "+62 811"].forEach((note, i) => {
      const f = cells[i];
      if (f) sheet.cell(f.row - 1, columnIndex(f.column as string)).note = note;
    });
    const before = marks(sheet);
    call("applyFlags");
    expect(store.cells.flatMap((row) => row?.map((c) => c?.formula) ?? []).filter(Boolean)).toEqual([]);
    const decoded = decodeStore(store.toGrid().rows);
    expect(decoded.damaged).toBe(0);
    expect(decoded.sheets.map((k) => k.sheet)).toEqual(["=Tabel 3.1"]);
    ss.cache.clear();
    call("clearFlags");
    expect(marks(sheet)).toBe(before);
  });

  it("a flag read-and-write is one rectangle per layer: no per-cell call", () => {
    const from = ss.log.length;
    const result = call<FlagResult>("applyFlags");
    const batch = ss.log.slice(from).filter((c) => c.kind === "batch");
    expect(batch.map((c) => `${c.sheet}.${c.method}`)).toEqual([
      "Tabel 3.1.getValues",
      "Tabel 3.1.getNumberFormats",
      "Tabel 3.1.getMergedRanges",
      "Tabel 3.1.getFormulas",
      "Tabel 3.1.getBackgrounds",
      "Tabel 3.1.getNotes",
      "Tabel 3.1.setBackgrounds",
      "Tabel 3.1.setNotes",
      "_renja_flags.setValues",
    ]);
    expect(result.calls).toEqual({ sheet: 8, store: 1 });
    expect(ss.count("cell", from)).toBe(0);
    // Under the document lock, released afterwards: two editors' flaggings do not interleave.
    expect(ss.lock).toEqual({ taken: 1, held: false });
  });
});
