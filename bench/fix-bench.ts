// Benchmark: `renja fix` (totals and flags) on generated evaluasi sheets of growing size: wall time, peak memory, ms per 1,000 rows.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { generateEvaluasi } from "../test/support/generate-renja.js";

/** Sub kegiatan per run (rows are about 1.11 times as many); BENCH_FIX_SIZES=50000,100000 to choose. */
const SIZES = (process.env.BENCH_FIX_SIZES ?? "45000,90000,180000").split(",").map(Number);

async function writeSheet(file: string, sub: number): Promise<number> {
  const table = generateEvaluasi(sub);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Evaluasi");
  for (const r of table.rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
  return table.rows.length;
}

const dir = mkdtempSync(join(tmpdir(), "renja-fix-bench-"));
try {
  for (const sub of SIZES) {
    const file = join(dir, `evaluasi-${sub}.xlsx`);
    const rows = await writeSheet(file, sub);
    // GNU time: wall seconds and peak resident set; the node process runs with its default heap limit.
    const run = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, "bin/renja.js", "fix", file, "-o", join(dir, `out-${sub}.xlsx`)], { encoding: "utf8" });
    const last = run.stderr.trim().split("\n").pop() ?? "";
    const [wall = 0, user = 0, sys = 0, kb = 0] = last.split(" ").map(Number);
    const cpu = user + sys;
    const ok = run.status === 0 || run.status === 1;
    // CPU seconds (user + system, GC threads included) are steadier than wall time on a shared machine.
    console.log(`${rows.toLocaleString("en-US")} rows: exit ${run.status}, wall ${wall} s, CPU ${cpu.toFixed(1)} s (${((cpu * 1e6) / rows).toFixed(0)} µs/row), peak RSS ${Math.round(kb / 1024)} MB, load ${loadavg()[0]?.toFixed(1)}${ok ? "" : ` — ${run.stderr.split("\n")[0]}`}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
