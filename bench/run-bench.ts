// Benchmark: for each bench layout (50,000 rows), the core's rows/s and `renja check` against a bare exceljs readFile (time, peak RSS).
import { mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import { readGrids } from "../cli/read-file.js";
import { checkGrid } from "../core/check.js";
import type { Grid } from "../core/grid.js";
import { addinSheets } from "./addin-sheets.js";
import { runNode, type ChildRun } from "./child-run.js";
import { LAYOUTS } from "./layouts/index.js";
import { writeSheet } from "./write-sheet.js";

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const ONLY = process.env.BENCH_LAYOUTS?.split(",");
/** CLI and bare-load runs per layout, interleaved. */
const CLI_RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Core runs after three warm-up runs (the JIT settles), median of seven. */
const CORE_WARMUP = 3;
const CORE_RUNS = 7;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
const load = (): string => os.loadavg().map((x) => x.toFixed(2)).join(" ");

/** Wall and CPU milliseconds of one call. */
function timed(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

function benchCore(grid: Grid): { wall: number; cpu: number } {
  // The writer's and reader's garbage is collected first (node --expose-gc), so the core is timed on its own heap.
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < CORE_WARMUP; i++) checkGrid(grid);
  const runs = Array.from({ length: CORE_RUNS }, () => timed(() => checkGrid(grid)));
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

function benchCli(file: string, dir: string): { bare: ChildRun; cli: ChildRun } {
  const loadScript = `import ExcelJS from "exceljs"; await new ExcelJS.Workbook().xlsx.readFile(${JSON.stringify(file)});`;
  const bare: ChildRun[] = [];
  const cli: ChildRun[] = [];
  // Interleaved, so that a busy moment of the machine hits both sides alike.
  for (let i = 0; i < CLI_RUNS; i++) {
    bare.push(runNode(["--input-type=module", "-e", loadScript]));
    cli.push(runNode(["bin/renja.js", "check", file, "--format", "json", "-o", join(dir, `out-${outputs++}.json`)], [0, 1]));
  }
  const pick = (xs: ChildRun[]): ChildRun => ({ ms: median(xs.map((x) => x.ms)), cpuMs: median(xs.map((x) => x.cpuMs)), maxRssMb: median(xs.map((x) => x.maxRssMb)) });
  return { bare: pick(bare), cli: pick(cli) };
}

const dir = mkdtempSync(join(tmpdir(), "renja-bench-"));
/** A new output file per run: renja check does not overwrite a file unasked. */
let outputs = 0;
const summary: string[] = [];
console.log(`load average at start (1/5/15 min): ${load()}; ${os.cpus().length} CPUs; ${ROWS.toLocaleString("en-US")} rows per layout`);
try {
  for (const [name, generate] of Object.entries(LAYOUTS)) {
    if (ONLY && !ONLY.includes(name)) continue;
    const sheet = generate(ROWS);
    const file = join(dir, `${name}.xlsx`);
    await writeSheet(sheet, file);
    const grid = (await readGrids(file))[0] as Grid;
    const report = checkGrid(grid).report;
    const core = benchCore(grid);
    const { bare, cli } = benchCli(file, dir);
    const rows = sheet.rows.length;
    const rate = rows / (core.wall / 1000);
    console.log(`\n== ${name}: ${fmt(rows)} rows (${report.family}), ${sheet.mistakes} planted mistakes, ${report.issues.length} findings; load average ${load()}`);
    console.log(`core: ${core.wall.toFixed(0)} ms → ${fmt(rate)} rows/s (CPU ${core.cpu.toFixed(0)} ms → ${fmt(rows / (core.cpu / 1000))} rows per CPU-second) (target ≥ 200,000)`);
    console.log(`renja check --format json ${fmt(cli.ms)} ms / bare exceljs readFile ${fmt(bare.ms)} ms = ${(cli.ms / bare.ms).toFixed(2)}× (target ≤ 1.3×); CPU ${fmt(cli.cpuMs)} / ${fmt(bare.cpuMs)} ms = ${(cli.cpuMs / bare.cpuMs).toFixed(2)}×`);
    console.log(`peak RSS: renja check ${fmt(cli.maxRssMb)} MB / bare load ${fmt(bare.maxRssMb)} MB = ${(cli.maxRssMb / bare.maxRssMb).toFixed(2)}× (target ≤ 3×)`);
    summary.push(`| ${name} | ${fmt(rate)} (${fmt(rows / (core.cpu / 1000))} per CPU-second) | ${(cli.ms / bare.ms).toFixed(2)}× (${fmt(cli.ms)} / ${fmt(bare.ms)} ms; CPU ${(cli.cpuMs / bare.cpuMs).toFixed(2)}×) | ${fmt(cli.maxRssMb)} / ${fmt(bare.maxRssMb)} MB = ${(cli.maxRssMb / bare.maxRssMb).toFixed(2)}× |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const { name, grid } of ONLY ? [] : addinSheets()) {
  const core = benchCore(grid);
  console.log(`\n${name}: ${fmt(grid.rows.length)} rows, core ${core.wall.toFixed(0)} ms (CPU ${core.cpu.toFixed(0)} ms) → ${fmt(grid.rows.length / (core.wall / 1000))} rows/s`);
}
console.log(`\n| layout | core rows/s (wall) | renja check / bare readFile | peak RSS check / bare |\n|---|---|---|---|\n${summary.join("\n")}`);
console.log(`load average at end (1/5/15 min): ${load()}`);
