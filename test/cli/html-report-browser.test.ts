// The HTML report in Debian's Chromium (playwright-core): no errors, no alert from hostile cell text, working filters,
// everything visible without scripts, printable; writes docs/html-report.png. One browser launch for the file.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFile, type FileResult } from "../../cli/check-files.js";
import { formatHtml } from "../../cli/format-html.js";
import { makeTempDir, removeTempDir, ROOT, XLSX_FIXTURES } from "./cli-helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const XSS = "<img src=x onerror=alert(1)>";
const SEEDS = ["bengkalis-rumusan", "dumai-evaluasi-2-1", "dumai-perubahan-3-1", "kukar-apbdp", "kukar-evaluasi-1", "tarakan-evaluasi-1", "tarakan-rencana-8"];
const GENERATED = new Date(2024, 4, 2, 9, 0);

/** A seed fixture made hostile: sheet name, file name and a money cell hold markup, a name holds quotes and `&`. */
async function hostileWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(XLSX_FIXTURES, "dumai-evaluasi-2-1.xlsx"));
  const ws = wb.worksheets[0];
  if (!ws) throw new Error("fixture has no sheet");
  ws.name = XSS;
  ws.getCell("B8").value = `Rehab "S" & 'T'`;
  ws.getCell("J10").value = XSS; // a not-a-number finding whose message and actual carry the markup
  const path = join(dir, `evaluasi ${XSS}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Checks the files as `renja check` does and shows them by their base names, as a reviewer's folder would. */
async function check(paths: string[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const p of paths) {
    const r = await checkFile(p, { lang: "id" }, undefined);
    // Errors name the path as given; keep the temporary folder out of the page (and the screenshot).
    results.push({ ...r, file: basename(p), ...(r.error ? { error: r.error.replaceAll(`${dirname(p)}/`, "") } : {}) });
  }
  return results;
}

describe.skipIf(!HAS_CHROMIUM)(HAS_CHROMIUM ? "the HTML report in Chromium" : `the HTML report in Chromium — SKIPPED: ${CHROMIUM} is absent (apt-get install chromium)`, () => {
  let browser: Browser;
  let dir: string | undefined;
  let reportUrl: string;
  let findings: number;
  let errorFindings: number;
  const problems: string[] = [];
  const dialogs: string[] = [];

  async function open(options: { javaScriptEnabled?: boolean; url?: string; height?: number } = {}): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: 1280, height: options.height ?? 900 } });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("dialog", (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(options.url ?? reportUrl);
    return page;
  }

  beforeAll(async () => {
    dir = await makeTempDir();
    const corrupt = join(dir, "rusak.xlsx");
    await writeFile(corrupt, "this is not a zip file");
    const results = await check([...SEEDS.map((s) => join(XLSX_FIXTURES, `${s}.xlsx`)), await hostileWorkbook(dir), corrupt]);
    const issues = results.flatMap((r) => r.sheets.flatMap((s) => s.issues));
    findings = issues.length;
    errorFindings = issues.filter((i) => i.severity === "error").length;
    const report = join(dir, "report.html");
    await writeFile(report, formatHtml(results, "id", { generatedAt: GENERATED }));
    reportUrl = pathToFileURL(report).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await removeTempDir(dir);
  });

  it("renders the hostile texts as text: no image, no handler, no alert; the markup is readable on the page", async () => {
    const page = await open();
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("[onerror]").count()).toBe(0);
    await expect.poll(() => page.locator("#filters").isVisible()).toBe(true); // the script ran under the page's CSP
    expect(await page.locator("h3", { hasText: `Lembar “${XSS}”` }).count()).toBe(1);
    expect(await page.locator("section.file h2", { hasText: `evaluasi ${XSS}.xlsx` }).count()).toBe(1);
    const nan = page.locator('tr.finding[data-rule="not-a-number"]', { hasText: XSS });
    expect(await nan.count()).toBeGreaterThan(0);
    expect(await page.locator("td", { hasText: `"Rehab "S" & 'T'"` }).count()).toBeGreaterThan(0);
    expect(await page.locator("#unreadable li", { hasText: "rusak.xlsx" }).count()).toBe(1);
    await page.waitForTimeout(200); // give a stray onerror the chance to fire
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("filters by severity: unchecking Kesalahan hides the error rows and keeps the others", async () => {
    const page = await open();
    const status = page.locator("#filter-status");
    await expect.poll(() => status.textContent()).toBe(`${findings} dari ${findings} temuan ditampilkan`);
    expect(errorFindings).toBeGreaterThan(0);
    await page.locator('#filters input[value="error"]').uncheck();
    await expect.poll(() => status.textContent()).toBe(`${findings - errorFindings} dari ${findings} temuan ditampilkan`);
    const visible = await page.locator("tr.finding:visible").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-severity")));
    expect(visible.length).toBe(findings - errorFindings);
    expect(visible).not.toContain("error");
    expect(await page.locator('tr.finding[data-severity="error"]').first().isVisible()).toBe(false);
    expect(await page.locator('tr.finding[data-severity="warning"]').first().isVisible()).toBe(true);
    await page.locator('#filters input[value="error"]').check();
    expect(await page.locator('tr.finding[data-severity="error"]').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("filters by rule, says when a sheet has no match, and 'Tampilkan semua' shows everything again", async () => {
    const page = await open();
    await page.locator('#filters select[name="rule"]').selectOption("delta-mismatch");
    const shown = await page.locator("tr.finding:visible").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-rule")));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(["delta-mismatch"]));
    expect(await page.locator("tr.none-match:visible").count()).toBeGreaterThan(0);
    await page.locator('#filters button[name="reset"]').click();
    expect(await page.locator("tr.finding:visible").count()).toBe(findings);
    expect(await page.locator("tr.none-match:visible").count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows every finding and no dead controls with scripts disabled", async () => {
    const page = await open({ javaScriptEnabled: false });
    expect(await page.locator("#filters").isVisible()).toBe(false);
    expect(await page.locator("tr.finding").count()).toBe(findings);
    expect(await page.locator("tr.finding:visible").count()).toBe(findings);
    await page.context().close();
  });

  it("prints: the filter panel is left out and a PDF comes out", async () => {
    const page = await open();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#filters").isVisible()).toBe(false);
    expect(await page.locator("#overview").isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("writes the screenshot docs/html-report.png (three files: Dumai, Tarakan and an unreadable one)", async () => {
    const paths = [join(XLSX_FIXTURES, "dumai-perubahan-3-1.xlsx"), join(XLSX_FIXTURES, "tarakan-evaluasi-1.xlsx"), join(dir as string, "rusak.xlsx")];
    const shot = join(dir as string, "screenshot.html");
    await writeFile(shot, formatHtml(await check(paths), "id", { generatedAt: GENERATED }));
    const page = await open({ url: pathToFileURL(shot).href, height: 1300 });
    await expect.poll(() => page.locator("#filters").isVisible()).toBe(true);
    await mkdir(join(ROOT, "docs"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "docs/html-report.png") });
    expect(existsSync(join(ROOT, "docs/html-report.png"))).toBe(true);
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });
});
