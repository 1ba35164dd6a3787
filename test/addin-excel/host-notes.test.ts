// Office.js rules on notes and comments the scripted Excel host enforces, on a seed evaluasi table: notes need
// ExcelApi 1.18 and comments 1.10, a cell holds a note or a threaded comment (not both), and a failing batch keeps
// what ran before it; a flag record written anywhere can be cleared on any Excel.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectCapabilities } from "../../addin-excel/adapter/capabilities.js";
import { clearActiveSheet, flagActiveSheet, keptFlagsOfActiveSheet } from "../../addin-excel/adapter/flag-actions.js";
import { readForCheck } from "../../addin-excel/adapter/sheet-actions.js";
import { readGrids } from "../../cli/read-file.js";
import { checkGrid } from "../../core/check.js";
import { planFlags } from "../../core/plan/flags.js";
import { a1 } from "./support/fake-excel-model.js";
import { FakeExcel, officeGlobals, type FakeSheetInit } from "./support/fake-excel-host.js";
import { fakeRun } from "./support/fake-run.js";

const FIXTURE = join(import.meta.dirname, "../fixtures/xlsx/tarakan-evaluasi-1.xlsx");

async function workbook(excelApi: string) {
  const [grid] = await readGrids(FIXTURE);
  if (!grid) throw new Error("no grid");
  const rows: FakeSheetInit["rows"] = grid.rows.map((r) => r.map((v) => v ?? null));
  const excel = new FakeExcel([{ name: "Evaluasi", rows }], { ExcelApi: excelApi });
  const sheet = excel.state.sheets[0];
  if (!sheet) throw new Error("no sheet");
  return { excel, sheet, run: fakeRun(excel) };
}

type Book = Awaited<ReturnType<typeof workbook>>;

function caps(excel: FakeExcel) {
  const { Office } = officeGlobals(excel) as { Office: { context: { requirements: { isSetSupported: (n: string, v?: string) => boolean } } } };
  return detectCapabilities((n, v) => Office.context.requirements.isSetSupported(n, v));
}

/** Checks the sheet as the pane does; the findings and what the core would flag. */
async function check({ excel, run }: Book) {
  const c = caps(excel);
  const { read } = await run((ctx) => readForCheck(ctx, c));
  const result = checkGrid(read.grid);
  if (!result.table) throw new Error("no table");
  const findings = result.report.issues.filter((f) => f.rule !== "header-not-found");
  return { caps: c, read, table: result.table, findings, plan: planFlags(result.table, findings, { lang: "id" }) };
}

async function flag(book: Book) {
  const c = await check(book);
  const out = await book.run((ctx) => flagActiveSheet(ctx, { caps: c.caps, expected: c.read.source, table: c.table, findings: c.findings, lang: "id", columnHeader: { row: 0, text: "Temuan" } }));
  return { ...c, out };
}

const fills = (book: Book) => book.sheet.fills.flatMap((row, r) => (row ?? []).flatMap((f, c) => (f ? [`${a1(r, c)}:${f}`] : [])));
const kept = async (book: Book) => (await book.run((ctx) => keptFlagsOfActiveSheet(ctx))).kept;

describe("a note-mode flag record on an Excel without notes (ExcelApi 1.12)", () => {
  it("Hapus tanda gives the fills back, keeps the notes it cannot remove in the record, and says so", async () => {
    const book = await workbook("1.18");
    await flag(book);
    const notes = new Map(book.sheet.notes);
    expect(notes.size).toBeGreaterThan(3);
    book.excel.state.requirements.ExcelApi = "1.12";
    const out = await book.run((ctx) => clearActiveSheet(ctx, { caps: caps(book.excel) }));
    expect(fills(book)).toEqual([]);
    expect(new Map(book.sheet.notes)).toEqual(notes);
    expect(out.notesLeft).toBe(notes.size);
    const left = await kept(book);
    expect(left?.fills).toEqual([]);
    expect(left?.notes).toHaveLength(notes.size);
    // On an Excel with notes (or with `renja clear`) the rest goes.
    book.excel.state.requirements.ExcelApi = "1.18";
    await book.run((ctx) => clearActiveSheet(ctx, { caps: caps(book.excel) }));
    expect(book.sheet.notes.size).toBe(0);
    expect(await kept(book)).toBeUndefined();
  });

  it("Tandai flags the fills, leaves the earlier notes alone and recorded, and keeps the messages in the pane", async () => {
    const book = await workbook("1.18");
    const first = await flag(book);
    const notes = new Map(book.sheet.notes);
    book.excel.state.requirements.ExcelApi = "1.12";
    const again = await flag(book);
    expect(again.out.notes).toBe(0);
    expect(again.out.paneOnly).toBe(first.plan.notes.length);
    expect(book.excel.state.comments).toEqual([]);
    expect(new Map(book.sheet.notes)).toEqual(notes);
    expect(fills(book).length).toBeGreaterThan(0);
    expect((await kept(book))?.notes).toHaveLength(notes.size);
    book.excel.state.requirements.ExcelApi = "1.18";
    await book.run((ctx) => clearActiveSheet(ctx, { caps: caps(book.excel) }));
    expect(fills(book)).toEqual([]);
    expect(book.sheet.notes.size).toBe(0);
  });
});

describe("a comment-mode flag record on an Excel without comments (ExcelApi 1.9)", () => {
  it("Hapus tanda gives the fills back and keeps the comments, recorded, for an Excel that can remove them", async () => {
    const book = await workbook("1.12");
    await flag(book);
    const comments = book.excel.state.comments.length;
    expect(comments).toBeGreaterThan(3);
    book.excel.state.requirements.ExcelApi = "1.9";
    const out = await book.run((ctx) => clearActiveSheet(ctx, { caps: caps(book.excel) }));
    expect(fills(book)).toEqual([]);
    expect(book.excel.state.comments).toHaveLength(comments);
    expect(out.notesLeft).toBe(comments);
    expect(out.mode).toBe("comment");
    book.excel.state.requirements.ExcelApi = "1.12";
    await book.run((ctx) => clearActiveSheet(ctx, { caps: caps(book.excel) }));
    expect(book.excel.state.comments).toEqual([]);
    expect(await kept(book)).toBeUndefined();
  });
});

describe("a cell holds a note or a threaded comment, not both", () => {
  it("notes (1.18): a flagged cell with someone's comment keeps it, gets no note, and the record stays true", async () => {
    const book = await workbook("1.18");
    const c = await check(book);
    const target = c.plan.notes[0];
    if (!target) throw new Error("nothing to note");
    book.excel.state.comments.push({ id: "user-1", sheet: book.sheet.id, row: target.row, col: target.col, content: "Mohon dicek lagi" });
    const { out } = await flag(book);
    expect(out.hadComment).toBe(1);
    expect(out.notes).toBe(c.plan.notes.length - 1);
    expect(book.sheet.notes.has(a1(target.row, target.col))).toBe(false);
    expect(book.sheet.notes.size).toBe(c.plan.notes.length - 1);
    expect((await kept(book))?.notes).toHaveLength(c.plan.notes.length - 1);
    await book.run((ctx) => clearActiveSheet(ctx, { caps: caps(book.excel) }));
    expect(fills(book)).toEqual([]);
    expect(book.sheet.notes.size).toBe(0);
    expect(book.excel.state.comments.map((x) => x.content)).toEqual(["Mohon dicek lagi"]);
  });

  it("comments (1.12): a flagged cell with someone's note keeps it, gets no comment, and the record stays true", async () => {
    const book = await workbook("1.12");
    const c = await check(book);
    expect(c.caps.noteMode).toBe("comment");
    const targets = [c.plan.notes[1], c.plan.notes[3]];
    for (const t of targets) if (t) book.sheet.notes.set(a1(t.row, t.col), "Catatan lama");
    const { out } = await flag(book);
    expect(out.hadNote).toBe(2);
    expect(out.notes).toBe(c.plan.notes.length - 2);
    expect(book.excel.state.comments).toHaveLength(c.plan.notes.length - 2);
    const record = await kept(book);
    expect(record?.notes).toHaveLength(c.plan.notes.length - 2);
    expect(record?.notes.every((n) => n.commentId !== undefined)).toBe(true);
    await book.run((ctx) => clearActiveSheet(ctx, { caps: caps(book.excel) }));
    expect(fills(book)).toEqual([]);
    expect(book.excel.state.comments).toEqual([]);
    expect([...book.sheet.notes.values()]).toEqual(["Catatan lama", "Catatan lama"]);
  });

  it("comments (1.12): a record left without comment ids (Excel stopped before writing them) still clears by cell and text", async () => {
    const book = await workbook("1.12");
    const { plan } = await flag(book);
    expect(book.excel.state.comments).toHaveLength(plan.notes.length);
    // The record as the first write left it: the comments' texts, not yet their ids.
    const store = book.excel.sheetByKey("_renja_flags");
    if (!store) throw new Error("no record");
    store.values = store.values.map((row, r) => (r === 0 || typeof row[0] !== "string" ? row : [JSON.stringify({ ...JSON.parse(row[0]), commentId: undefined })]));
    expect(JSON.stringify(store.values)).not.toContain("commentId");
    book.excel.state.comments.push({ id: "user-2", sheet: book.sheet.id, row: 0, col: 0, content: "Komentar pengguna" });
    await book.run((ctx) => clearActiveSheet(ctx, { caps: caps(book.excel) }));
    expect(book.excel.state.comments.map((x) => x.content)).toEqual(["Komentar pengguna"]);
    expect(fills(book)).toEqual([]);
  });
});
