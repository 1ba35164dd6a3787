// Benchmark: what the built-in nomenclature costs in each host — bundle sizes, the Sheets cold start (Code.js
// loaded, onOpen) and first check, the core's first check (decoding the compact catalogue), CLI start-up.
// Prints the figures for the README; run with `npx tsx bench/nomenclature-hosts.ts` (builds the bundles).
import { execFileSync, spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { readGrids } from "../cli/read-file.js";
import { checkGrid } from "../core/check.js";
import { nomenclatureRules } from "../core/nomenclature/rules.js";
import { builtinSource } from "../core/nomenclature/source.js";
import { buildSheets, DIST, FakeSpreadsheet, loadBundle } from "../test/addin-sheets/fake-apps-script.js";

const ROOT = join(import.meta.dirname, "..");
const FIXTURE = join(ROOT, "test/fixtures/xlsx/kukar-apbdp.xlsx");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const time = (fn: () => unknown): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const kib = (path: string) => `${(statSync(path).size / 1024).toFixed(0)} KiB`;
const dataKib = `${(statSync(join(ROOT, "core/nomenclature/builtin-data.ts")).size / 1024).toFixed(0)} KiB`;

const [grid] = await readGrids(FIXTURE);
if (!grid) throw new Error("fixture has no sheet");

// The core, cold: the first check decodes the 1317/2023 list and builds its index; the next one reuses them.
const rules = nomenclatureRules(builtinSource());
const coreFirst = time(() => checkGrid(grid, {}, rules));
const coreNext = median(Array.from({ length: RUNS }, () => time(() => checkGrid(grid, {}, rules))));
const coreBare = median(Array.from({ length: RUNS }, () => time(() => checkGrid(grid))));

// Google Sheets: every call is a cold start (Code.js parsed and run), then the function.
buildSheets();
const sheetsLoad: number[] = [];
const sheetsOnOpen: number[] = [];
const sheetsCheck: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const ss = new FakeSpreadsheet();
  ss.addSheet("APBD-P", grid);
  let bundle: ReturnType<typeof loadBundle> | undefined;
  sheetsLoad.push(time(() => (bundle = loadBundle(ss))));
  sheetsOnOpen.push(time(() => bundle?.call("onOpen")));
  const cold = loadBundle(ss);
  sheetsCheck.push(time(() => cold.call("checkSheet")));
}

// Excel: the pane bundle.
execFileSync("node", ["scripts/build-excel.mjs", "--out", "/tmp/renja-bench-excel"], { cwd: ROOT, stdio: "ignore" });

// CLI: start-up (usage) and a whole check of one small table, each a fresh node process.
execFileSync("node", ["scripts/build-cli.mjs"], { cwd: ROOT, stdio: "ignore" });
// Exit status 1 (the table's own errors) is a finished check too.
const cli = (args: string[]) => median(Array.from({ length: RUNS }, () => time(() => spawnSync("node", ["bin/renja.js", ...args], { cwd: ROOT, stdio: "ignore" }))));
const cliHelp = cli(["--help"]);
const cliCheck = cli(["check", FIXTURE, "--format", "json"]);
const cliBare = cli(["check", FIXTURE, "--format", "json", "--no-nomenclature"]);

console.log(`built-in catalogue source (core/nomenclature/builtin-data.ts): ${dataKib}`);
console.log(`core, kukar-apbdp (${grid.rows.length} rows): first check with the built-in lists ${coreFirst.toFixed(0)} ms (decode + index + check), next ${coreNext.toFixed(0)} ms, without nomenclature ${coreBare.toFixed(0)} ms`);
console.log(`Sheets Code.js: ${kib(join(DIST, "Code.js"))}; cold start (parse + run Code.js) median ${median(sheetsLoad).toFixed(0)} ms; onOpen ${median(sheetsOnOpen).toFixed(1)} ms; a cold checkSheet call ${median(sheetsCheck).toFixed(0)} ms (Node vm, fake SpreadsheetApp)`);
console.log(`Excel pane taskpane.js: ${kib("/tmp/renja-bench-excel/taskpane.js")}`);
console.log(`CLI (node bin/renja.js): --help ${cliHelp.toFixed(0)} ms; check kukar-apbdp ${cliCheck.toFixed(0)} ms, with --no-nomenclature ${cliBare.toFixed(0)} ms`);
