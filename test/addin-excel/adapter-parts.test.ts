// The adapter's pure parts: blocks under 5 MB, fills grouped per colour, merged-area addresses, the flag store
// (and its compatibility with the CLI's), re-flagging, capabilities, error sentences, settings.
import { describe, expect, it } from "vitest";
import { parseAreas, qualified } from "../../addin-excel/adapter/address.js";
import { BlockSizer, blocksOf, isPayloadError, MAX_BLOCK_ROWS, PAYLOAD_TARGET } from "../../addin-excel/adapter/blocks.js";
import { detectCapabilities } from "../../addin-excel/adapter/capabilities.js";
import { StaleSheetError } from "../../addin-excel/adapter/flag-actions.js";
import { decodeStore, encodeStore, keptFor, STORE_MARKER, withSheet, type KeptSheetFlags } from "../../core/plan/flag-store-format.js";
import { cellContent, fillRects } from "../../addin-excel/adapter/patch-ops.js";
import { flagChanges } from "../../addin-excel/plan/flag-changes.js";
import { errorText } from "../../addin-excel/ui/error-text.js";
import { normaliseBands, readSettings, writeSettings, type DocumentSettings } from "../../addin-excel/ui/settings.js";
import { WORDS } from "../../addin-excel/ui/strings.js";
import { checkGrid } from "../../core/check.js";
import { DEFAULT_PREDIKAT_BANDS } from "../../core/options.js";
import type { FillWrite, Patch } from "../../core/plan/patch.js";

const ERR = { fill: "#FFC7CE", font: "#9C0006" };

describe("blocks", () => {
  it("sizes read blocks from what blocks cost, within the row cap, and halves after a refusal", () => {
    const s = new BlockSizer(18);
    const first = s.next();
    expect(first).toBeGreaterThan(500);
    s.measured(first, first * 400);
    expect(s.next()).toBe(MAX_BLOCK_ROWS);
    s.measured(5000, 5000 * 2000);
    expect(s.next() * 2000).toBeLessThanOrEqual(PAYLOAD_TARGET);
    expect(s.refused(1000)).toBeLessThanOrEqual(500);
  });

  it("takes a short tail into the block before it instead of a sync of its own", () => {
    const s = new BlockSizer(18);
    s.measured(1000, 1000 * 1000);
    const rows = s.next();
    expect(rows).toBeLessThan(MAX_BLOCK_ROWS);
    expect(s.next(rows + 10)).toBe(rows + 10);
    expect(s.next(rows * 2)).toBe(rows);
    expect(s.next(5)).toBe(5);
    // Even with the tail, a block stays under Excel's 5 MB at the measured cost.
    expect(s.next(Math.floor(rows * 1.25)) * 1000).toBeLessThan(5 * 1024 * 1024);
  });

  it("groups operations by bytes and row span", () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ row: i * 1000, bytes: 1_000_000 }));
    const groups = blocksOf(items, (x) => x.row, (x) => x.bytes);
    expect(groups.every((g) => g.reduce((s, x) => s + x.bytes, 0) <= PAYLOAD_TARGET)).toBe(true);
    expect(groups.flat()).toHaveLength(10);
    expect(blocksOf([{ row: 0 }, { row: 6000 }], (x) => x.row, () => 1)).toHaveLength(2);
    expect(blocksOf([{ row: 0 }, { row: 60000 }], (x) => x.row, () => 1, Number.POSITIVE_INFINITY)).toHaveLength(1);
  });

  it("knows Excel's payload errors", () => {
    expect(isPayloadError({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadError({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadError({ code: "GeneralException" })).toBe(false);
    expect(isPayloadError(null)).toBe(false);
  });
});

describe("fillRects", () => {
  const f = (row: number, col: number, fill: string | null = ERR.fill, font: string | null = ERR.font): FillWrite => ({ row, col, fill, font, previousFill: null, previousFont: null });

  it("makes one range of a row-wide flag on consecutive rows", () => {
    const fills = [4, 5, 6].flatMap((r) => [0, 1, 2, 3].map((c) => f(r, c)));
    expect(fillRects(fills)).toEqual([{ top: 4, left: 0, rows: 3, cols: 4, fill: ERR.fill, font: ERR.font }]);
  });

  it("keeps colours apart and does not bridge gaps", () => {
    const rects = fillRects([f(1, 1), f(1, 2, "#FFEB9C", "#9C5700"), f(1, 4), f(3, 1)]);
    expect(rects).toHaveLength(4);
  });

  it("restores an automatic font as black and leaves other fonts alone", () => {
    expect(fillRects([{ ...f(0, 0, null, null), setFont: true }])[0]?.font).toBe("#000000");
    expect(fillRects([f(0, 0, null, null)])[0]?.font).toBeNull();
  });
});

describe("addresses", () => {
  it("reads merged areas, quoted sheet names with commas and bangs included", () => {
    expect(parseAreas("'Tabel, 3!1'!A1:B2, 'Tabel, 3!1'!D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(parseAreas("")).toEqual([]);
    expect(qualified("Dinas's", "C5")).toBe("'Dinas''s'!C5");
  });

  it("writes formulas as formulas and formula-looking text as text", () => {
    expect(cellContent({ formula: "=SUM(R13:R17)" })).toBe("=SUM(R13:R17)");
    expect(cellContent({ value: "=not a formula" })).toBe("'=not a formula");
    expect(cellContent({ value: 12 })).toBe(12);
    expect(cellContent({ value: null })).toBe("");
  });
});

const kept: KeptSheetFlags = {
  sheetId: "{A}",
  sheet: "Tabel 3.1",
  mode: "note",
  column: null,
  at: "2024-06-01T10:00:00.000Z",
  fills: [
    { row: 4, col: 17, fill: ERR.fill, font: ERR.font, previousFill: "#FFFF00", previousFont: "#000000" },
    { row: 5, col: 17, fill: "#FFEB9C", font: "#9C5700", previousFill: null, previousFont: "#000000" },
  ],
  notes: [{ row: 4, col: 17, note: "Pemeriksa Renja\n• KESALAHAN total-mismatch: …", previous: "catatan lama" }],
};

describe("flag store", () => {
  it("round-trips the kept flags", () => {
    const cells = encodeStore([kept]);
    expect(cells[0]?.[0]).toBe(STORE_MARKER);
    expect(decodeStore(cells)).toEqual({ sheets: [kept], damaged: 0 });
  });

  it("reads a line written by `renja fix --flags` (exceljs fill and font objects)", () => {
    const cli = { sheet: "Tabel 3.1", address: "R5", fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } }, font: { bold: true, color: { argb: "FF000000" } }, note: "lama", ourFill: "#FFC7CE", ourNote: "ours" };
    const { sheets } = decodeStore([[STORE_MARKER, 1], [JSON.stringify(cli)]]);
    const k = keptFor(sheets, "{new id}", "Tabel 3.1");
    expect(k?.fills).toEqual([{ row: 4, col: 17, fill: "#FFC7CE", font: "#9C0006", previousFill: "#FFFF00", previousFont: "#000000" }]);
    expect(k?.notes).toEqual([{ row: 4, col: 17, note: "ours", previous: "lama" }]);
  });

  it("skips lines someone edited, counts them, and keeps the rest", () => {
    const cells = encodeStore([kept]);
    cells.push(["{not json"], [JSON.stringify({ sheet: "x", address: "not an address" })]);
    const out = decodeStore(cells);
    expect(out.damaged).toBe(2);
    expect(out.sheets[0]?.fills).toHaveLength(2);
    expect(decodeStore([["something else"]]).sheets).toEqual([]);
  });

  it("replaces one sheet's flags and leaves the others", () => {
    const other = { ...kept, sheetId: "{B}", sheet: "Tabel 2" };
    expect(withSheet([kept, other], "{A}", "Tabel 3.1", null)).toEqual([other]);
    expect(keptFor([kept, other], "{B}", "Tabel 2")).toEqual(other);
  });
});

describe("flagChanges", () => {
  const fresh = (fills: FillWrite[], notes: Patch["notes"] = []): Patch => ({ sheet: "Tabel 3.1", writes: [], fills, notes, replacedTypedValues: 0, numbersAsText: [], held: [], skipped: [], flags: [], syntax: { host: "excel", argSep: ",", decimalSep: "." } });

  it("clearing restores every kept fill and note, guarded", () => {
    const c = flagChanges(kept, null, "note");
    expect(c.kept).toBeNull();
    expect(c.fills).toEqual([
      { row: 4, col: 17, fill: "#FFFF00", font: "#000000", previousFill: ERR.fill, previousFont: ERR.font, setFont: true, restore: true },
      { row: 5, col: 17, fill: null, font: "#000000", previousFill: "#FFEB9C", previousFont: "#9C5700", setFont: true, restore: true },
    ]);
    expect(c.notes).toEqual([{ row: 4, col: 17, mode: "note", text: "catatan lama", expected: kept.notes[0]?.note, restore: true }]);
  });

  it("re-flagging restores cells no longer flagged and keeps the originals of the others", () => {
    const again = fresh([{ row: 4, col: 17, fill: ERR.fill, font: ERR.font, previousFill: "#FFFF00", previousFont: "#000000" }]);
    const c = flagChanges(kept, again, "note");
    expect(c.fills.filter((f) => f.restore).map((f) => [f.row, f.col])).toEqual([[5, 17]]);
    expect(c.kept?.fills).toEqual(again.fills);
    // The note of a cell that is no longer flagged goes back to what it was.
    expect(c.notes).toEqual([{ row: 4, col: 17, mode: "note", text: "catatan lama", expected: kept.notes[0]?.note, restore: true }]);
  });

  it("moves messages to a findings column in that mode", () => {
    const c = flagChanges(undefined, fresh([]), "column", { column: 6, rows: new Map([[1, "Temuan"], [5, "• KESALAHAN …"]]) });
    expect(c.notes.map((n) => [n.row, n.col, n.text])).toEqual([
      [1, 6, "Temuan"],
      [5, 6, "• KESALAHAN …"],
    ]);
    expect(c.kept?.column).toBe(6);
  });
});

describe("capabilities", () => {
  const minor = (v: string) => Number(v.split(".")[1] ?? 0);
  const upTo = (max: number) => (name: string, v?: string) => name === "ExcelApi" && minor(v ?? "1.0") <= max;
  it("picks notes, then comments, then a findings column", () => {
    expect(detectCapabilities(upTo(18))).toEqual({ noteMode: "note", merges: true });
    expect(detectCapabilities(upTo(17))).toEqual({ noteMode: "comment", merges: true });
    expect(detectCapabilities(upTo(9))).toEqual({ noteMode: "column", merges: false });
    expect(
      detectCapabilities(() => {
        throw new Error("no requirements API");
      }),
    ).toEqual({ noteMode: "column", merges: false });
  });
});

describe("error sentences", () => {
  const w = WORDS.id;
  it("says what Excel refused, without a stack", () => {
    expect(errorText({ code: "InvalidOperationInCellEditMode", message: "x" }, w)).toBe(w.errors.editMode);
    expect(errorText({ code: "AccessDenied" }, w)).toBe(w.errors.accessDenied);
    expect(errorText({ code: "ResponsePayloadSizeLimitExceeded" }, w)).toBe(w.errors.tooLarge);
    expect(errorText({ code: "GeneralException", message: "An internal error\n    at foo (bar.js:1:2)" }, w)).toBe(w.errors.general("GeneralException: An internal error at foo (bar.js:1:2)"));
    const stale = new StaleSheetError({ id: "1", name: "A", address: "A!A1:R10", top: 0, left: 0, rows: 10, columns: 18 }, { id: "1", name: "A", address: "A!A1:R12", top: 0, left: 0, rows: 12, columns: 18 });
    expect(errorText(stale, w)).toBe(w.errors.stale("A!A1:R10", "A!A1:R12"));
    expect(errorText(new TypeError("x is undefined"), WORDS.en)).toBe("Something went wrong: x is undefined");
  });
});

describe("settings", () => {
  const doc = (): DocumentSettings & { data: Record<string, unknown> } => {
    const data: Record<string, unknown> = {};
    return { data, get: (k) => data[k] ?? null, set: (k, v) => (data[k] = JSON.parse(JSON.stringify(v))), save: async () => undefined };
  };

  it("defaults to Indonesian and the Permendagri 86 bands", () => {
    expect(readSettings(doc())).toEqual({ lang: "id", predikatBands: DEFAULT_PREDIKAT_BANDS, nomenclatureVersion: "" });
  });

  it("keeps language, bands and the nomenclature version in the document (JSON: the open lower bound stored as null)", async () => {
    const d = doc();
    const bands = normaliseBands([
      { min: 50, label: "Kurang" },
      { min: 80, label: "Baik" },
      { min: 0, label: "Sangat Kurang" },
    ]);
    await writeSettings(d, { lang: "en", predikatBands: bands, nomenclatureVersion: "SIPD 2027" });
    expect(JSON.stringify(d.data)).toContain('"min":null');
    expect(readSettings(d)).toEqual({ lang: "en", predikatBands: bands, nomenclatureVersion: "SIPD 2027" });
    expect(readSettings({ ...d, get: () => ({ lang: "fr" }) }).lang).toBe("id");
  });

  it("gives the core its bands as they are, the open lowest band included", () => {
    const grid = { rows: [["Kode", "Program", "Indikator", "Target", "Realisasi", "Capaian (%)", "Predikat"]] };
    expect(() => checkGrid(grid, { predikatBands: DEFAULT_PREDIKAT_BANDS })).not.toThrow();
  });
});
