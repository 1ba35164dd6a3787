// Benchmark: core rows/s on a generated 50,000-row evaluasi sheet, and the CLI against a bare exceljs load.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkGrid } from "../core/check.js";
import { generateEvaluasi } from "../test/support/generate-renja.js";

const SUB_KEGIATAN = Number(process.env.BENCH_SUB ?? 45_000);
/** CLI and bare-load runs, interleaved. */
const CLI_RUNS = 5;
/** Core runs after three warm-up runs (the JIT settles), median of seven. */
const CORE_WARMUP = 3;
const CORE_RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** CPU milliseconds of this process (user + system): steadier than wall time on a busy machine. */
function cpuTime(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const table = generateEvaluasi(SUB_KEGIATAN);
const grid = { name: "Evaluasi", rows: table.rows };
const rowCount = table.rows.length;

for (let i = 0; i < CORE_WARMUP; i++) checkGrid(grid);
const coreMs = median(Array.from({ length: CORE_RUNS }, () => time(() => checkGrid(grid))));
const coreCpuMs = median(Array.from({ length: CORE_RUNS }, () => cpuTime(() => checkGrid(grid))));
const report = checkGrid(grid).report;
console.log(`rows: ${rowCount} (${report.summary.program} program, ${report.summary.kegiatan} kegiatan, ${report.summary.subKegiatan} sub kegiatan), findings: ${report.issues.length}`);
console.log(`core (layout + rows + tree + calc + rules): ${coreMs.toFixed(0)} ms → ${Math.round(rowCount / (coreMs / 1000)).toLocaleString("en-US")} rows/s (target ≥ 200,000)`);
console.log(`core CPU time: ${coreCpuMs.toFixed(0)} ms → ${Math.round(rowCount / (coreCpuMs / 1000)).toLocaleString("en-US")} rows per CPU-second (includes GC threads; load average ${os.loadavg()[0]?.toFixed(2)})`);

const dir = mkdtempSync(join(tmpdir(), "renja-bench-"));
try {
  const file = join(dir, "evaluasi-50k.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Evaluasi");
  for (const r of table.rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
  const loadScript = `import ExcelJS from "exceljs"; const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(${JSON.stringify(file)});`;
  const node = process.execPath;
  // Interleaved runs, so that a busy moment of the machine hits both sides alike.
  const bare: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    bare.push(time(() => execFileSync(node, ["--input-type=module", "-e", loadScript], { cwd: process.cwd() })));
    cli.push(
      time(() => {
        try {
          execFileSync(node, ["bin/renja.js", "check", file, "--format", "json", "-o", join(dir, "out.json")]);
        } catch (e) {
          if ((e as { status?: number }).status !== 1) throw e;
        }
      }),
    );
  }
  const bareMs = median(bare);
  const cliMs = median(cli);
  console.log(`exceljs bare load (own process): ${bareMs.toFixed(0)} ms`);
  console.log(`renja check (own process):       ${cliMs.toFixed(0)} ms → ratio ${(cliMs / bareMs).toFixed(2)}× (target ≤ 1.3×)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
