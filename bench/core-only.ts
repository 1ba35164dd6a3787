// Core-only bench: each bench layout's grid (read back from .xlsx once, cached as JSON) timed through checkGrid; optional findings dump.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import { readGrids } from "../cli/read-file.js";
import { checkGrid } from "../core/check.js";
import type { Grid } from "../core/grid.js";
import { LAYOUTS } from "./layouts/index.js";
import { writeSheet } from "./write-sheet.js";

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const ONLY = process.env.BENCH_LAYOUTS?.split(",");
/** Where the read-back grids are kept between runs (the exceljs round trip is slow). */
const CACHE = process.env.BENCH_CACHE ?? join(tmpdir(), "renja-core-grids");
/** When set, each layout's findings are written there as JSON (to diff before/after a change). */
const DUMP = process.env.BENCH_DUMP;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const WARMUP = 3;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
const load = (): string => os.loadavg().map((x) => x.toFixed(2)).join(" ");

/** The layout's grid as `renja check` reads it, from the cache when it is there. */
async function layoutGrid(name: string, generate: (rows: number) => Parameters<typeof writeSheet>[0]): Promise<Grid> {
  mkdirSync(CACHE, { recursive: true });
  const cached = join(CACHE, `${name}-${ROWS}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, "utf8")) as Grid;
  const file = join(CACHE, `${name}-${ROWS}.xlsx`);
  await writeSheet(generate(ROWS), file);
  const grid = (await readGrids(file))[0] as Grid;
  rmSync(file);
  writeFileSync(cached, JSON.stringify(grid));
  return grid;
}

console.log(`load average at start (1/5/15 min): ${load()}; ${os.cpus().length} CPUs; ${fmt(ROWS)} rows per layout`);
for (const [name, generate] of Object.entries(LAYOUTS)) {
  if (ONLY && !ONLY.includes(name)) continue;
  const grid = await layoutGrid(name, generate);
  const report = checkGrid(grid).report;
  if (DUMP) {
    mkdirSync(DUMP, { recursive: true });
    writeFileSync(join(DUMP, `${name}.json`), JSON.stringify(report.issues, null, 1));
  }
  for (let i = 0; i < WARMUP; i++) checkGrid(grid);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    checkGrid(grid);
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const rows = grid.rows.length;
  console.log(`${name}: ${fmt(rows)} rows, ${report.issues.length} findings; core ${median(wall).toFixed(0)} ms → ${fmt(rows / (median(wall) / 1000))} rows/s; CPU ${median(cpu).toFixed(0)} ms → ${fmt(rows / (median(cpu) / 1000))} rows per CPU-second; load ${load()}`);
}
