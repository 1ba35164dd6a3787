// The built task pane in Debian's Chromium with a scripted Excel host: check a 20,000-row sheet, pick a finding,
// flag, clear, auto-total; every action within ⌈rows/4000⌉ + 3 syncs and no request or response over 5 MB.
// Screenshots of the pane go to docs/excel-pane-*.png.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGrids } from "../../cli/read-file.js";
import { FLAG_PALETTE } from "../../core/plan/flags.js";
import { bigSheet, type BigSheet } from "./support/big-sheet.js";
import type { FakeSheetInit, SyncRecord } from "./support/fake-excel-host.js";

const ROOT = join(import.meta.dirname, "../..");
/** Built into a directory of its own: other tests may build dist/excel at the same time. */
const DIST = mkdtempSync(join(tmpdir(), "renja-excel-e2e-"));
const DOCS = join(ROOT, "docs");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LIMIT = 5 * 1024 * 1024;
const CHROMIUM = "/usr/bin/chromium";

let browser: Browser;
let server: Server;
let origin = "";
let fakeBundle = "";

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".map": "application/json" };

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, "scripts/build-excel.mjs"), "--out", DIST], { cwd: ROOT, stdio: "pipe" });
  const out = await build({ entryPoints: [join(import.meta.dirname, "support/fake-office-entry.ts")], bundle: true, format: "iife", platform: "browser", target: "chrome100", write: false, logLevel: "silent" });
  fakeBundle = out.outputFiles[0]?.text ?? "";
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const file = join(DIST, path);
    if (!file.startsWith(`${DIST}/`) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  mkdirSync(DOCS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(DIST, { recursive: true, force: true });
});

/** Opens the pane on a workbook; office.js is served from the scripted host, nothing leaves 127.0.0.1. */
async function openPane(init: { sheets: FakeSheetInit[]; requirements?: Record<string, string>; latency?: number }): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 900 }, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      await route.fulfill({ contentType: "text/javascript", body: `window.__fakeExcelInit = ${JSON.stringify(init)};\n${fakeBundle}` });
      return;
    }
    if (url.startsWith(origin)) await route.continue();
    else await route.abort();
  });
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForSelector("#btn-check");
  expect(errors).toEqual([]);
  return page;
}

async function syncCount(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { __fakeExcel: { state: { syncs: unknown[] } } }).__fakeExcel.state.syncs.length);
}

/** The pane is idle: the Check button is back (page-side expression; this file has no DOM types). */
const IDLE = `(() => { const b = document.querySelector("#btn-check"); return b !== null && !b.hasAttribute("disabled"); })()`;

/** Clicks an action button, waits until the pane is idle again, and returns the syncs the action made. */
async function act(page: Page, selector: string, then?: () => Promise<void>): Promise<SyncRecord[]> {
  const before = await syncCount(page);
  await page.click(selector);
  if (then) await then();
  await page.waitForFunction(IDLE);
  const error = await page.locator(".message.error").allTextContents();
  if (error.length > 0) throw new Error(`the pane says: ${error.join(" ")}`);
  return page.evaluate((n) => (globalThis as unknown as { __fakeExcel: { state: { syncs: SyncRecord[] } } }).__fakeExcel.state.syncs.slice(n), before);
}

function withinBudget(syncs: SyncRecord[], rows: number, label: string): void {
  const budget = Math.ceil(rows / 4000) + 3;
  const maxRequest = Math.max(0, ...syncs.map((s) => s.requestBytes));
  const maxResponse = Math.max(0, ...syncs.map((s) => s.responseBytes));
  console.log(`${label}: ${syncs.length} syncs (budget ${budget}), largest request ${maxRequest} B, largest response ${maxResponse} B; per sync ${syncs.map((s) => `${s.ops} ops ${s.requestBytes}/${s.responseBytes} B`).join(", ")}`);
  expect(syncs.length, `${label} syncs`).toBeLessThanOrEqual(budget);
  expect(maxRequest, `${label} request bytes`).toBeLessThanOrEqual(LIMIT);
  expect(maxResponse, `${label} response bytes`).toBeLessThanOrEqual(LIMIT);
}

type Model = { name: string; fills: (string | null)[][]; fonts: (string | null)[][]; formulas: (string | null)[][]; notes: Map<string, string> };

async function sheetModel(page: Page, name: string): Promise<{ fills: (string | null)[][]; notes: [string, string][]; formulas: [number, number, string][] }> {
  return page.evaluate((n) => {
    const fake = (globalThis as unknown as { __fakeExcel: { state: { sheets: Model[] } } }).__fakeExcel;
    const s = fake.state.sheets.find((x) => x.name === n);
    if (!s) throw new Error(`no sheet ${n}`);
    const formulas: [number, number, string][] = [];
    s.formulas.forEach((row, r) => row?.forEach((f, c) => f && formulas.push([r, c, f])));
    return { fills: s.fills.map((r) => (r ? Array.from(r, (x) => x ?? null) : [])), notes: [...s.notes.entries()], formulas };
  }, name);
}

/** Fills as `row:col` → colour, empty cells left out (so [] and [null] compare equal). */
function fillMap(fills: (string | null)[][]): Map<string, string> {
  const m = new Map<string, string>();
  fills.forEach((row, r) => row?.forEach((f, c) => f && m.set(`${r}:${c}`, f.toUpperCase())));
  return m;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(DOCS, `excel-pane-${name}.png`), fullPage: true });
}

describe("task pane on a 20,000-row sheet", () => {
  let sheet: BigSheet;
  let page: Page;
  const NAME = "Evaluasi 2024";

  beforeAll(async () => {
    sheet = bigSheet();
    page = await openPane({ sheets: [{ name: NAME, rows: sheet.rows, fills: sheet.fills }] });
  }, 60_000);

  afterAll(async () => {
    await page?.close();
  });

  it("checks the sheet: recognised table, findings grouped, within the sync budget", async () => {
    await page.evaluate(() => ((globalThis as unknown as { __fakeExcel: { state: { latency: number } } }).__fakeExcel.state.latency = 150));
    const syncs = await act(page, "#btn-check", async () => {
      await page.waitForSelector(".progress:not([hidden]) .ptext");
      await page.waitForFunction(`/Membaca baris [1-9]/.test(document.querySelector(".ptext")?.textContent ?? "")`);
      await shot(page, "progress");
    });
    await page.evaluate(() => ((globalThis as unknown as { __fakeExcel: { state: { latency: number } } }).__fakeExcel.state.latency = 0));
    withinBudget(syncs, sheet.rows.length, "Periksa");
    const summary = await page.textContent(".summary");
    expect(summary).toContain("Evaluasi");
    expect(summary).toContain("180 program, 1.800 kegiatan, 18.000 sub kegiatan");
    for (const m of sheet.mistakes) {
      const ref = `${String.fromCharCode(65 + m.col)}${m.row + 1}`;
      await expect.poll(() => page.locator(".severity .finding .ref", { hasText: new RegExp(`^${ref}$`) }).count()).toBeGreaterThan(0);
    }
    await shot(page, "check");
  });

  it("selects the cell of a clicked finding", async () => {
    const ref = `E${sheet.mismatch.row + 1}`;
    const syncs = await act(page, `.severity.error .finding:has(.ref:text-is("${ref}"))`);
    expect(syncs.length).toBeLessThanOrEqual(2);
    await page.waitForSelector(".finding.current");
    const selection = await page.evaluate(() => (globalThis as unknown as { __fakeExcel: { state: { selection: unknown } } }).__fakeExcel.state.selection);
    expect(selection).toEqual({ sheet: NAME, address: ref });
    expect(await page.textContent(".message")).toContain(`Sel ${ref} dipilih.`);
    await shot(page, "selected");
  });

  it("flags the findings (palette fills, notes) and clears back to the original fills", async () => {
    const original = fillMap((await sheetModel(page, NAME)).fills);
    const flagSyncs = await act(page, "#btn-flag");
    withinBudget(flagSyncs, sheet.rows.length, "Tandai");
    expect(await page.locator(".message.ok").textContent()).toMatch(/sel ditandai/);
    const flagged = await sheetModel(page, NAME);
    const fills = fillMap(flagged.fills);
    expect(fills.get(`${sheet.mismatch.row}:${sheet.mismatch.col}`)).toBe(FLAG_PALETTE.error?.fill);
    for (const m of sheet.mistakes) expect(fills.get(`${m.row}:${m.col}`), m.rule).toMatch(/^#FF(C7CE|EB9C)$/);
    const notes = new Map(flagged.notes);
    expect(notes.get(`E${sheet.mismatch.row + 1}`)).toContain("total-mismatch");
    // The store sheet is there and very hidden.
    const store = await page.evaluate(() => (globalThis as unknown as { __fakeExcel: { state: { sheets: { name: string; visibility: string }[] } } }).__fakeExcel.state.sheets.map((s) => [s.name, s.visibility]));
    expect(store).toContainEqual(["_renja_flags", "VeryHidden"]);
    await shot(page, "flagged");

    // Flagging a flagged sheet again keeps the original fills underneath.
    const again = await act(page, "#btn-flag");
    withinBudget(again, sheet.rows.length, "Tandai again");
    expect(fillMap((await sheetModel(page, NAME)).fills)).toEqual(fills);

    const clearSyncs = await act(page, "#btn-clear");
    withinBudget(clearSyncs, sheet.rows.length, "Hapus tanda");
    const cleared = await sheetModel(page, NAME);
    expect(fillMap(cleared.fills)).toEqual(original);
    expect(cleared.notes).toEqual([]);
    expect(await page.textContent(".message")).toMatch(/Tanda dihapus/);
  });

  it("auto-totals after confirming how many typed values are replaced, and the sheet then checks clean of totals", async () => {
    const before = await syncCount(page);
    await page.click("#btn-total");
    await page.waitForSelector(".confirm [data-choice=replace]");
    const text = await page.textContent(".confirm");
    expect(text).toMatch(/nilai yang Anda ketik dan akan diganti/);
    await shot(page, "confirm");
    expect(await syncCount(page)).toBe(before);
    const syncs = await act(page, ".confirm [data-choice=replace]");
    withinBudget(syncs, sheet.rows.length, "Jumlahkan otomatis");
    const model = await sheetModel(page, NAME);
    const kegiatanFormula = model.formulas.find(([r, c]) => r === sheet.mismatch.row && c === sheet.mismatch.col);
    expect(kegiatanFormula?.[2]).toMatch(/^=SUM\(E\d+:E\d+\)$/);
    expect(await page.locator(".severity.error .rule", { hasText: "Jumlah induk" }).count()).toBe(0);
    await shot(page, "totalled");

    // A fresh check reads the formulas' values back from the host: still no total mismatch.
    const again = await act(page, "#btn-check");
    withinBudget(again, sheet.rows.length, "Periksa after auto-total");
    expect(await page.locator(".severity.error .rule", { hasText: "Jumlah induk" }).count()).toBe(0);
  });

  it("switches to English", async () => {
    await page.click(".lang button:has-text('EN')");
    await page.waitForFunction(`document.querySelector("#btn-check")?.textContent === "Check" && ${IDLE}`);
    expect(await page.textContent(".summary")).toContain("180 programs");
    await shot(page, "en");
  });
});

describe("task pane where notes are missing", () => {
  const rows = [
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Target", "Pagu Indikatif (Rp)"],
    [1, 2, 3, 4, 5],
    ["1.06.02", "PROGRAM PEMBERDAYAAN SOSIAL", "Persentase PSKS aktif", "100%", 300_000_000],
    ["1.06.02.2.01", "Pemberdayaan Sosial Komunitas Adat Terpencil", "Jumlah KAT", "10 Orang", 250_000_000],
    ["1.06.02.2.01.0001", "Pemberdayaan Sosial KAT", "Jumlah KAT", "10 Orang", 150_000_000],
    ["1.06.02.2.01.0002", "Penyediaan Permukiman KAT", "Jumlah rumah", "5 Unit", 100_000_000],
    ["1.06.02.2.01.0003", "Penyediaan Sarana KAT", "Jumlah paket", "1 Paket", '<img src=x onerror="window.__xss=1">'],
  ];
  for (const [version, mode] of [
    ["1.12", "komentar"],
    ["1.9", "kolom"],
  ] as const) {
    it(`ExcelApi ${version}: says so, flags with ${mode === "komentar" ? "comments" : "a findings column"}, clears`, async () => {
      const page = await openPane({ sheets: [{ name: "Rencana", rows }], requirements: { ExcelApi: version } });
      expect(await page.textContent(".pane-footer")).toContain(mode === "komentar" ? "komentar" : "kolom");
      await act(page, "#btn-check");
      expect(await page.locator(".finding").count()).toBeGreaterThan(0);
      // Cell text is data: shown as text, never run.
      expect(await page.locator(".finding .msg", { hasText: "<img src=x" }).count()).toBeGreaterThan(0);
      expect(await page.locator(".findings img").count()).toBe(0);
      expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
      await act(page, "#btn-flag");
      const state = await page.evaluate(() => {
        const f = (globalThis as unknown as { __fakeExcel: { state: { comments: unknown[]; sheets: { name: string; values: unknown[][] }[] } } }).__fakeExcel;
        return { comments: f.state.comments.length, column: f.state.sheets.find((s) => s.name === "Rencana")?.values.map((r) => r[5] ?? null) };
      });
      if (mode === "komentar") expect(state.comments).toBeGreaterThan(0);
      else expect(state.column?.filter((v) => typeof v === "string" && v !== "").length).toBeGreaterThan(1);
      if (mode === "kolom") await shot(page, "column-mode");
      await act(page, "#btn-clear");
      const after = await page.evaluate(() => {
        const f = (globalThis as unknown as { __fakeExcel: { state: { comments: unknown[]; sheets: { name: string; values: unknown[][] }[] } } }).__fakeExcel;
        return { comments: f.state.comments.length, column: f.state.sheets.find((s) => s.name === "Rencana")?.values.map((r) => r[5] ?? null) };
      });
      expect(after.comments).toBe(0);
      expect(after.column?.every((v) => v === null || v === "")).toBe(true);
      await page.close();
    });
  }
});

describe("task pane on a small workbook", () => {
  it("keeps a nomenclature catalogue loaded from a file in the workbook, checks with it, and goes back to the built-in one", async () => {
    const [grid] = await readGrids(join(ROOT, "test/fixtures/xlsx/kukar-evaluasi-1.xlsx"));
    if (!grid) throw new Error("no grid");
    const page = await openPane({ sheets: [{ name: "Tabel 1", rows: grid.rows.map((r) => r.map((v) => v ?? "")), merges: [...(grid.merges ?? [])] }] });
    await act(page, "#btn-check");
    await page.click("#settings summary");
    expect(await page.textContent("#catalogue-status")).toMatch(/^Bawaan \(\d{1,3}(\.\d{3})* kode\)\.$/);
    expect(await page.locator("#catalogue-remove").count()).toBe(0);
    // Not a catalogue: refused with the reason, nothing written.
    await page.setInputFiles("#catalogue-file", { name: "salah.json", mimeType: "application/json", buffer: Buffer.from("{ bukan json") });
    await page.waitForSelector(".message.error");
    expect(await page.textContent(".message.error")).toMatch(/^Berkas ini bukan katalog nomenklatur \(not JSON/);
    const custom = { version: "Lampiran uji", entries: [{ code: "1.06.04", level: 3, name: "Program Rehabilitasi Sosial" }, { code: "1.06.04.2.01.0001", level: 5, name: "Nama Resmi Uji Coba" }] };
    await page.setInputFiles("#catalogue-file", { name: "katalog.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(custom)) });
    await page.waitForSelector(".message.ok");
    await page.waitForFunction(IDLE);
    expect(await page.textContent(".message.ok")).toContain("Katalog Lampiran uji (2 kode) disimpan di buku kerja ini");
    expect(await page.textContent("#catalogue-status")).toBe("Dari buku kerja ini: Lampiran uji (2 kode).");
    expect(await page.locator(".finding", { hasText: "Nama Resmi Uji Coba" }).count()).toBeGreaterThan(0);
    const kept = await page.evaluate(() => (globalThis as unknown as { __fakeExcel: { state: { sheets: { name: string; visibility: string }[] } } }).__fakeExcel.state.sheets.map((s) => `${s.name}:${s.visibility}`));
    expect(kept).toContain("_renja_nomenclature:VeryHidden");
    // The next check reads it back from the workbook, with the sheet's first block (no sync of its own).
    const syncs = await act(page, "#btn-check");
    expect(syncs.length).toBe(2);
    expect(await page.textContent("#catalogue-status")).toBe("Dari buku kerja ini: Lampiran uji (2 kode).");
    await act(page, "#catalogue-remove");
    expect(await page.textContent("#catalogue-status")).toMatch(/^Bawaan/);
    expect(await page.locator(".finding", { hasText: "Nama Resmi Uji Coba" }).count()).toBe(0);
    const left = await page.evaluate(() => (globalThis as unknown as { __fakeExcel: { state: { sheets: { name: string }[] } } }).__fakeExcel.state.sheets.map((s) => s.name));
    expect(left).toEqual(["Tabel 1"]);
    await page.close();
  });

  it("inserts a template on a new sheet that then checks without errors", async () => {
    const page = await openPane({ sheets: [{ name: "Sheet1", rows: [] }] });
    await page.click("details.tool summary:has-text('Sisipkan templat')");
    await page.selectOption("#template-family", "evaluasi");
    const syncs = await act(page, "#btn-template");
    expect(syncs.length).toBe(2);
    expect(await page.textContent(".message")).toContain('lembar baru "Evaluasi"');
    await act(page, "#btn-check");
    expect(await page.textContent(".summary")).toContain("Evaluasi");
    expect(await page.locator(".severity.error .finding").count()).toBe(0);
    await page.close();
  });

  it("says an Excel error as a sentence, and keeps the language in the document", async () => {
    const page = await openPane({ sheets: [{ name: "Sheet1", rows: [["Kode", "Uraian"]] }] });
    await page.evaluate(() => ((globalThis as unknown as { __fakeExcel: { state: { failNextSync: string } } }).__fakeExcel.state.failNextSync = "InvalidOperationInCellEditMode"));
    await page.click("#btn-check");
    await page.waitForSelector(".message.error");
    expect(await page.textContent(".message.error")).toBe("Excel sedang menyunting sebuah sel. Tekan Enter atau Esc di lembar, lalu coba lagi.");
    await page.click("#settings summary");
    await shot(page, "error-settings");
    await page.fill(".bands tbody tr:first-child input[type=number]", "90");
    await page.click(".settings-body button:has-text('Simpan')");
    await page.waitForSelector(".message.ok");
    expect(await page.textContent(".message.ok")).toBe("Pengaturan disimpan di buku kerja ini.");
    await page.click(".lang button:has-text('EN')");
    const settings = await page.evaluate(() => (globalThis as unknown as { __fakeExcel: { state: { settings: Record<string, { lang: string; predikatBands: { min: number | null }[] }> } } }).__fakeExcel.state.settings);
    expect(settings["renja-checker"]?.lang).toBe("en");
    expect(settings["renja-checker"]?.predikatBands.map((b) => b.min)).toEqual([90, 76, 66, 51, null]);
    await page.close();
  });
});
