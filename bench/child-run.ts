// Runs a node command in its own process and measures its wall time, CPU time and peak resident memory (process.resourceUsage()).
import { spawnSync } from "node:child_process";

/** Loaded before the child's own code: reports its peak RSS (kB) on stderr as it exits. */
const RSS_HOOK = `data:text/javascript,${encodeURIComponent("process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nbench-usage '+u.maxRSS+' '+(u.userCPUTime+u.systemCPUTime)+'\\n')})")}`;

export interface ChildRun {
  ms: number;
  /** CPU time of the process, all threads (user + system). */
  cpuMs: number;
  maxRssMb: number;
}

/**
 * Wall time, CPU time and peak RSS of `node args…`; exit codes in `okCodes` count as success (renja exits 1 when it finds something).
 * @example runNode(["bin/renja.js", "check", "a.xlsx", "--format", "json", "-o", "out.json"], [0, 1])
 */
export function runNode(args: string[], okCodes: number[] = [0]): ChildRun {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", RSS_HOOK, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status === null || !okCodes.includes(r.status)) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const m = /bench-usage (\d+) (\d+)/.exec(r.stderr);
  return { ms, cpuMs: m ? Number(m[2]) / 1000 : Number.NaN, maxRssMb: m ? Number(m[1]) / 1024 : Number.NaN };
}
