// Benchmark: what the nomenclature rules add to the core check of a generated 50,000-row evaluasi sheet,
// with a 4,000-entry catalogue and with the full built-in lists (every version, chosen by the table's year).
// Prints the figures; run with `npx tsx bench/nomenclature-bench.ts`.
import { checkGrid } from "../core/check.js";
import { builtinCatalogue, builtinSets } from "../core/nomenclature/builtin.js";
import { buildIndex } from "../core/nomenclature/lookup.js";
import { nomenclatureRules } from "../core/nomenclature/rules.js";
import { builtinSource } from "../core/nomenclature/source.js";
import type { Catalogue, CatalogueEntry } from "../core/nomenclature/types.js";
import { generateEvaluasi } from "../test/support/generate-renja.js";

const SUB_KEGIATAN = Number(process.env.BENCH_SUB ?? 45_000);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 4_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const min = (xs: number[]) => Math.min(...xs);

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

// The built-in catalogue's first use (before anything else reads it): decoding each list from its compact form.
const decodeMs = builtinSets().map((s) => ({ set: `${s.version} (${s.pemda})`, ms: time(() => builtinCatalogue(s.version, s.pemda)) }));

const table = generateEvaluasi(SUB_KEGIATAN);
const grid = { name: "Evaluasi", rows: table.rows };
const coded = table.rows.filter((r) => typeof r[0] === "string" && /^\d\.\d\d/.test(r[0])) as [string, string, ...unknown[]][];

/**
 * `size` entries taken evenly from the sheet's own codes (so the catalogue covers every bidang of the
 * sheet): three in four with the sheet's name, one in four with another name; sub kegiatan with a unit,
 * one in five of them another unit than the sheet's targets. The worst case: every other row of the
 * covered bidang is an unknown code.
 */
function sheetCatalogue(size: number): Catalogue {
  const step = Math.max(1, Math.floor(coded.length / size));
  const entries: CatalogueEntry[] = [];
  for (let i = 0; i < coded.length && entries.length < size; i += step) {
    const [code, name] = coded[i] as [string, string];
    const level = ([1, 2, 3, 4, 4, 5] as const)[code.split(".").length - 1] ?? 5;
    const e: CatalogueEntry = { code, level, name: entries.length % 4 === 3 ? `${name} Kabupaten/Kota lain` : name.toUpperCase() };
    if (level === 5) e.unit = entries.length % 5 === 0 ? "Orang" : "Dokumen";
    entries.push(e);
  }
  return { version: "bench", entries };
}

/**
 * A whole lampiran's worth for the sheet's first programs: `size` entries, each program with all its
 * kegiatan and sub kegiatan (a closed catalogue, as an imported lampiran is), plus every bidang of the
 * sheet, so the sheet's other programs are reported as unknown (once each, with the rows under them).
 * Names: three in four the sheet's, one in four another; units as in `sheetCatalogue`.
 */
function lampiranCatalogue(size: number): Catalogue {
  const entries: CatalogueEntry[] = [{ code: "1", level: 1, name: "URUSAN" }];
  const bidangs = new Set(coded.map(([c]) => c.slice(0, 4)));
  for (const b of bidangs) entries.push({ code: b, level: 2, name: `BIDANG ${b}` });
  for (const [code, name] of coded) {
    if (entries.length >= size) break;
    const level = ([1, 2, 3, 4, 4, 5] as const)[code.split(".").length - 1] ?? 5;
    const e: CatalogueEntry = { code, level, name: entries.length % 4 === 3 ? `${name} Kabupaten/Kota lain` : name.toUpperCase() };
    if (level === 5) e.unit = entries.length % 5 === 0 ? "Orang" : "Dokumen";
    entries.push(e);
  }
  return { version: "bench", entries };
}

/** `size` entries in bidang the sheet does not use (3.xx): only the lookups cost. */
function otherCatalogue(size: number): Catalogue {
  const entries: CatalogueEntry[] = [];
  for (let i = 0; entries.length < size; i++) {
    const p = String((i % 99) + 1).padStart(2, "0");
    entries.push({ code: `3.${String(10 + Math.floor(i / 990)).padStart(2, "0")}.${p}.2.${String(Math.floor(i / 99) % 10 + 1).padStart(2, "0")}.${String(i + 1).padStart(4, "0")}`, level: 5, name: `Sub kegiatan lain ${i}`, unit: "Dokumen" });
  }
  return { version: "bench", entries };
}

const full = builtinCatalogue();
const scenarios: { label: string; catalogue: Catalogue; builtin?: true }[] = [
  { label: `${ENTRIES} entries: whole programs of the sheet, as a lampiran lists them (covers all its bidang)`, catalogue: lampiranCatalogue(ENTRIES) },
  { label: `${ENTRIES} entries sampled evenly from the sheet's codes, parents missing (adversarial worst case)`, catalogue: sheetCatalogue(ENTRIES) },
  { label: `${ENTRIES} entries in other bidang`, catalogue: otherCatalogue(ENTRIES) },
  { label: `the full built-in lists, chosen by the table's year (${full.version}: ${full.entries.length} entries; ${builtinSets().length} lists in all)`, catalogue: full, builtin: true },
];
// Rules (and their index) are built once, outside the timed check, as the CLI does.
const variants: { label: string; rules: ReturnType<typeof nomenclatureRules> }[] = [
  { label: "base", rules: [] },
  ...scenarios.map((s) => ({ label: s.label, rules: nomenclatureRules(s.builtin ? builtinSource() : s.catalogue) })),
];
for (let i = 0; i < 3; i++) for (const v of variants) checkGrid(grid, {}, v.rules); // warm-up
// Runs interleaved, so load from other processes and GC fall on every variant alike.
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
type Issue = ReturnType<typeof checkGrid>["report"]["issues"][number];
const byRow = (a: Issue, b: Issue) => a.row - b.row || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.column ?? "").localeCompare(b.column ?? "");
const times = variants.map(() => [] as number[]);
/** The rules' own share: running them on a freshly checked table, and sorting their findings in as checkGrid does. */
const direct = variants.map(() => [] as number[]);
for (let i = 0; i < RUNS; i++) {
  variants.forEach((v, k) => {
    times[k]?.push(time(() => checkGrid(grid, {}, v.rules)));
    const { report, table: checked } = checkGrid(grid);
    if (!checked) throw new Error("no table");
    direct[k]?.push(
      time(() => {
        const issues = [...report.issues];
        for (const rule of v.rules) issues.push(...rule.check(checked));
        issues.sort(byRow);
      }),
    );
  });
}
const base = median(times[0] ?? []);
const baseIssues = checkGrid(grid).report.issues.length;
console.log(`sheet: ${table.rows.length} rows (${coded.length} coded), ${RUNS} interleaved runs, median times (a busy machine makes the end-to-end difference noisy; the rules' own share is measured directly)`);
const baseMin = min(times[0] ?? []);
console.log(`core check without nomenclature: median ${base.toFixed(1)} ms, fastest ${baseMin.toFixed(1)} ms (${baseIssues} findings)`);
console.log(`built-in catalogue, first use (decoding the compact form): ${decodeMs.map((d) => `${d.set} ${d.ms.toFixed(1)} ms`).join(", ")}`);
scenarios.forEach((s, k) => {
  const indexMs = median(Array.from({ length: RUNS }, () => time(() => buildIndex(s.catalogue))));
  const withRules = median(times[k + 1] ?? []);
  const own = median(direct[k + 1] ?? []);
  const ownMin = min(direct[k + 1] ?? []);
  const issues = checkGrid(grid, {}, variants[k + 1]?.rules).report.issues;
  const count = (rule: string) => issues.filter((i) => i.rule === rule).length;
  const pct = (ms: number) => `${((ms / base) * 100).toFixed(1)} %`;
  console.log(`\n${s.label}:`);
  console.log(`  index build (once per catalogue): ${indexMs.toFixed(2)} ms`);
  console.log(`  rules' own time (match + findings + sort): median ${own.toFixed(1)} ms = ${pct(own)} of the core check (target < 10 %); fastest ${ownMin.toFixed(1)} ms = ${((ownMin / baseMin) * 100).toFixed(1)} % of the fastest check; with a fresh index per check ${pct(own + indexMs)}`);
  console.log(`  end to end: ${withRules.toFixed(1)} ms vs ${base.toFixed(1)} ms = ${pct(withRules - base)}`);
  console.log(
    `  findings: ${count("nomenclature-unknown")} nomenclature-unknown, ${count("nomenclature-renamed")} nomenclature-renamed, ${count("nomenclature-name-mismatch")} nomenclature-name-mismatch, ${count("nomenclature-unit-mismatch")} nomenclature-unit-mismatch`,
  );
});
