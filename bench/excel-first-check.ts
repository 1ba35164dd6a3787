// Benchmark: the Excel task pane's first and second check of a real table in Chromium with the scripted Excel host
// (test/addin-excel/support), with the built-in nomenclature lists: page load to Check button, then the time
// from a click on Periksa until the pane is idle. Run with `npx tsx bench/excel-first-check.ts` (needs
// /usr/bin/chromium). Prints the figures for the README.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { readGrids } from "../cli/read-file.js";

const ROOT = join(import.meta.dirname, "..");
const DIST = mkdtempSync(join(tmpdir(), "renja-excel-bench-"));
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const IDLE = `(() => { const b = document.querySelector("#btn-check"); return b !== null && !b.hasAttribute("disabled"); })()`;
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".png": "image/png" };
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

execFileSync(process.execPath, [join(ROOT, "scripts/build-excel.mjs"), "--out", DIST], { cwd: ROOT, stdio: "pipe" });
const fake = await build({ entryPoints: [join(ROOT, "test/addin-excel/support/fake-office-entry.ts")], bundle: true, format: "iife", platform: "browser", target: "chrome100", write: false, logLevel: "silent" });
const fakeBundle = fake.outputFiles[0]?.text ?? "";
const [grid] = await readGrids(join(ROOT, "test/fixtures/xlsx/kukar-apbdp.xlsx"));
if (!grid) throw new Error("no sheet");
const server = createServer((req, res) => {
  const file = join(DIST, new URL(req.url ?? "/", "http://x").pathname);
  if (!file.startsWith(`${DIST}/`) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
const init = { sheets: [{ name: grid.name ?? "Sheet1", rows: grid.rows }] };
const results: { load: number; first: number; second: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  const page = await browser.newPage();
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) await route.fulfill({ contentType: "text/javascript", body: `window.__fakeExcelInit = ${JSON.stringify(init)};\n${fakeBundle}` });
    else if (url.startsWith(origin)) await route.continue();
    else await route.abort();
  });
  const t0 = performance.now();
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForSelector("#btn-check");
  await page.waitForFunction(IDLE);
  const load = performance.now() - t0;
  const check = async () => {
    const t = performance.now();
    await page.click("#btn-check");
    await page.waitForSelector(".summary");
    await page.waitForFunction(IDLE);
    return performance.now() - t;
  };
  results.push({ load, first: await check(), second: await check() });
  await page.close();
}
await browser.close();
server.close();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(`Excel pane taskpane.js ${(statSync(join(DIST, "taskpane.js")).size / 1024).toFixed(0)} KiB; kukar-apbdp (${grid.rows.length} rows), ${RUNS} runs, medians:`);
console.log(`  page load to an idle pane ${median(results.map((r) => r.load)).toFixed(0)} ms; first check ${median(results.map((r) => r.first)).toFixed(0)} ms (decodes and indexes the year's list); second check ${median(results.map((r) => r.second)).toFixed(0)} ms`);
rmSync(DIST, { recursive: true, force: true });
