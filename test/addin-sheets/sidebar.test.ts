// The built Sidebar.html in Debian's Chromium with a stubbed google.script.run: the report and its findings are
// listed, cell text is shown as text (an <img onerror> in a cell fires nothing), clicks select cells, the
// language switch and the typed-value confirmation work, and a failed call says so.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGrids } from "../../cli/read-file.js";
import { checkGrid, type SheetReport } from "../../core/check.js";
import type { Grid } from "../../core/grid.js";
import type { TotalsResult } from "../../addin-sheets/shared/api.js";
import { buildSheets, DIST, ROOT } from "./fake-apps-script.js";

const CHROMIUM = "/usr/bin/chromium";
const XSS = "<img src=x onerror=alert(1)>";
const URL_ = "http://sidebar.test/Sidebar.html";

let browser: Browser | null = null;
let html = "";
let reports: Record<"id" | "en", SheetReport>;

beforeAll(async () => {
  buildSheets();
  html = readFileSync(join(DIST, "Sidebar.html"), "utf8");
  const [grid] = (await readGrids(join(ROOT, "test/fixtures/xlsx/dumai-perubahan-3-1.xlsx"))) as [Grid];
  const report = (lang: "id" | "en") => {
    const r = JSON.parse(JSON.stringify(checkGrid(grid, { lang }).report)) as SheetReport;
    // A cell whose text is markup: the sidebar must show it, not run it.
    r.issues.unshift({ rule: "not-a-number", severity: "error", row: 30, column: "Q", message: `Q30 berisi "${XSS}", bukan angka.`, actual: XSS });
    r.columns[0] = { ...(r.columns[0] as SheetReport["columns"][number]), header: `Kode ${XSS}` };
    return r;
  };
  reports = { id: report("id"), en: report("en") };
  if (existsSync(CHROMIUM)) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  }
});

afterAll(async () => {
  await browser?.close();
});

interface Stub {
  responses: Record<string, unknown>;
  failures: Record<string, string>;
  /** Answers given in turn, one per call, before `responses` is used. */
  sequences?: Record<string, unknown[]>;
}

/** A page with the sidebar and a google.script.run stub that answers from `stub` and records every call. */
async function open(stub: Stub): Promise<{ page: Page; dialogs: string[]; calls: () => Promise<[string, unknown[]][]> }> {
  if (!browser) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package`);
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route("**/*", (route) => (route.request().url() === URL_ ? route.fulfill({ contentType: "text/html", body: html }) : route.abort()));
  await page.addInitScript((s: Stub) => {
    const calls: [string, unknown[]][] = [];
    (globalThis as unknown as { __calls: typeof calls }).__calls = calls;
    // Kept on window so that a test can change the answers while the page runs.
    (globalThis as unknown as { __stub: Stub }).__stub = s;
    const runner = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): unknown =>
      new Proxy(
        {},
        {
          get(_t, name: string) {
            if (name === "withSuccessHandler") return (f: (v: unknown) => void) => runner(f, fail);
            if (name === "withFailureHandler") return (f: (e: unknown) => void) => runner(ok, f);
            return (...args: unknown[]) => {
              calls.push([name, args]);
              setTimeout(() => {
                const failure = s.failures[name];
                if (failure !== undefined) fail?.(new Error(failure));
                else {
                  const answer = s.sequences?.[name]?.length ? s.sequences[name].shift() : s.responses[name];
                  ok?.(answer === undefined ? null : JSON.parse(JSON.stringify(answer)));
                }
              }, 5);
            };
          },
        },
      );
    (globalThis as unknown as { google: unknown }).google = { script: { run: runner() } };
  }, stub);
  await page.goto(URL_);
  return { page, dialogs, calls: () => page.evaluate(() => (globalThis as unknown as { __calls: [string, unknown[]][] }).__calls) };
}

function stubFor(lang: "id" | "en", extra: Partial<Stub> = {}): Stub {
  const report = reports[lang];
  const totals: TotalsResult = { stage: "done", report, written: 12, held: 2, heldCells: [{ cell: "Q12", now: "4313940860", formula: "=SUM(Q13:Q15)" }, { cell: "R12", now: XSS, formula: "=SUM(R13:R15)" }], skipped: 0, numbersAsText: 0, locale: "in_ID", argSep: ";", calls: { sheet: 6, store: 0 } };
  return {
    responses: {
      getSettings: { lang, predikatColours: false },
      saveSettings: { lang: "en", predikatColours: false },
      catalogueStatus: { source: "builtin", version: "Kepmendagri 900.1.15.5-1317/2023 / SIPD 2027", entries: 14088, versions: ["Kepmendagri 900.1.15.5-1317/2023", "SIPD 2027"] },
      loadCatalogue: { source: "document", version: "Lampiran Kepmendagri 900.1.15.5-1317/2023", entries: 4012 },
      removeCatalogue: { source: "builtin", version: "Kepmendagri 900.1.15.5-1317/2023 / SIPD 2027", entries: 14088, versions: ["Kepmendagri 900.1.15.5-1317/2023", "SIPD 2027"] },
      checkSheet: report,
      applyTotals: totals,
      ...extra.responses,
    },
    failures: { ...extra.failures },
    ...(extra.sequences ? { sequences: extra.sequences } : {}),
  };
}

describe("Sidebar.html in Chromium", () => {
  it("loads a catalogue file: its text goes to the server, the status says so, the sheet is checked again", async () => {
    const { page, calls } = await open(stubFor("id"));
    await page.waitForSelector("button.finding");
    const json = JSON.stringify({ version: "Lampiran Kepmendagri 900.1.15.5-1317/2023", entries: [] });
    await page.locator("#catalogue-file").setInputFiles({ name: "katalog.json", mimeType: "application/json", buffer: Buffer.from(json) });
    await page.waitForFunction(`document.querySelector("#catalogue-status")?.textContent?.includes("spreadsheet ini")`);
    expect(await page.locator("#catalogue-status").textContent()).toBe("Katalog nomenklatur dari spreadsheet ini: Lampiran Kepmendagri 900.1.15.5-1317/2023 (4012 kode).");
    const made = await calls();
    expect(made.find(([n]) => n === "loadCatalogue")?.[1]).toEqual([json]);
    expect(made.map(([n]) => n).slice(-2)).toEqual(["loadCatalogue", "checkSheet"]);
    await page.locator("#catalogue-remove").click();
    await page.waitForFunction(`document.querySelector("#catalogue-status")?.textContent?.includes("bawaan")`);
    expect(await page.locator("#catalogue-remove").isHidden()).toBe(true);
    await page.close();
  });

  it("lists the findings by severity and rule, shows cell text as text, and keeps a screenshot", async () => {
    const { page, dialogs, calls } = await open(stubFor("id"));
    await page.waitForSelector("button.finding");
    const report = reports.id;
    expect(await page.locator("button.finding").count()).toBe(report.issues.length);
    expect(await page.locator("details.severity").count()).toBe(new Set(report.issues.map((i) => i.severity)).size);
    expect(await page.locator(".rule").count()).toBe(new Set(report.issues.map((i) => `${i.severity}/${i.rule}`)).size);
    const xss = page.locator("button.finding", { hasText: XSS });
    expect(await xss.count()).toBe(1);
    expect(await xss.locator(".values").textContent()).toBe(`Tertulis: ${XSS}`);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("#status").textContent()).toMatch(/^\d+ kesalahan, \d+ peringatan, \d+ info\.$/);
    expect(await page.locator("dl.facts").textContent()).toContain("Rencana perubahan");
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
    expect((await calls()).map(([n]) => n)).toEqual(["getSettings", "catalogueStatus", "checkSheet"]);
    expect(await page.locator("#catalogue-status").textContent()).toBe("Katalog nomenklatur: bawaan (14088 kode).");
    expect(await page.locator("#catalogue-remove").isHidden()).toBe(true);
    mkdirSync(join(ROOT, "docs"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "docs/sheets-sidebar.png"), fullPage: false });
    await page.close();
  });

  it("selects a finding's cell on the checked sheet when clicked", async () => {
    const { page, calls } = await open(stubFor("id"));
    await page.locator("button.finding", { hasText: XSS }).click();
    await expect.poll(async () => (await calls()).find(([n]) => n === "selectCell")?.[1]).toEqual([30, "Q", reports.id.name]);
    // A row-level finding selects the row's first table column.
    const rowLevel = reports.id.issues.find((i) => i.column === undefined);
    if (rowLevel) {
      await page.locator(`button.finding[data-row="${rowLevel.row}"]:not([data-column])`).first().click();
      await expect.poll(async () => (await calls()).filter(([n]) => n === "selectCell").at(-1)?.[1]).toEqual([rowLevel.row, reports.id.columns[0]?.column, reports.id.name]);
    }
    await page.close();
  });

  it("switches language: saves it, checks again, and labels everything in English", async () => {
    const { page, calls } = await open(stubFor("id"));
    await page.waitForSelector("button.finding");
    // The server now answers in English.
    await page.evaluate((en) => {
      (globalThis as unknown as { __stub: Stub }).__stub.responses.checkSheet = en;
    }, reports.en);
    await page.locator('#lang button[data-lang="en"]').click();
    await expect.poll(async () => (await calls()).map(([n, a]) => `${n}${JSON.stringify(a)}`)).toContain('saveSettings[{"lang":"en"}]');
    expect(await page.locator("#do-check").textContent()).toBe("Check");
    expect(await page.locator("#do-clear").textContent()).toBe("Clear flags");
    expect(await page.locator('#lang button[data-lang="en"]').getAttribute("aria-pressed")).toBe("true");
    await expect.poll(async () => (await calls()).filter(([n]) => n === "checkSheet").length).toBe(2);
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/^\d+ errors?, \d+ warnings?, \d+ info\.$/);
    expect(await page.locator("section.findings h2").textContent()).toMatch(/^Findings/);
    await page.close();
  });

  it("asks before replacing typed values, listing them, and says plainly when a call fails", async () => {
    const { page, calls, dialogs } = await open(stubFor("id", { failures: { applyFlags: "Lembar _renja_flags adalah catatan tanda" } }));
    await page.waitForSelector("button.finding");
    await page.locator("#do-totals").click();
    await page.waitForSelector("#confirm:not([hidden])");
    expect(await page.locator("#confirm").textContent()).toContain("2 sel berisi nilai yang diketik");
    expect(await page.locator("#confirm li").nth(1).textContent()).toContain(XSS);
    await page.locator("#confirm button.primary").click();
    await expect.poll(async () => (await calls()).filter(([n]) => n === "applyTotals").map(([, a]) => a)).toEqual([[false], [true]]);
    await page.locator("#do-flag").click();
    await expect.poll(() => page.locator("#status").textContent()).toBe("Gagal: Lembar _renja_flags adalah catatan tanda");
    expect(await page.locator("#status").getAttribute("class")).toContain("error");
    expect(await page.locator("#do-flag").isDisabled()).toBe(false);
    expect(dialogs).toEqual([]);
    await page.close();
  });
  it("goes on by itself when the server only checked a large changed sheet: the fresh findings, then the flags", async () => {
    const fresh = { ...reports.id, issues: reports.id.issues.slice(0, 3) };
    const checkedOnly = { stage: "checked", report: fresh, filled: 0, notes: 0, restored: 0, calls: { sheet: 3, store: 1 } };
    const done = { stage: "done", report: fresh, filled: 3, notes: 3, restored: 0, calls: { sheet: 5, store: 1 } };
    const { page, calls } = await open(stubFor("id", { sequences: { applyFlags: [checkedOnly, done] } }));
    await page.waitForSelector("button.finding");
    expect(await page.locator("button.finding").count()).toBe(reports.id.issues.length);
    await page.locator("#do-flag").click();
    await expect.poll(() => page.locator("#status").textContent()).toBe("3 sel ditandai, 3 catatan.");
    expect((await calls()).filter(([n]) => n === "applyFlags").map(([, a]) => a)).toEqual([[], [true]]);
    expect(await page.locator("button.finding").count()).toBe(3);
    await page.close();
  });
});
