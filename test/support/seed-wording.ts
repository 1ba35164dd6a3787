// The names and indicators of the programs, kegiatan and sub kegiatan in the seed evaluasi tables, so that
// generated sheets read like the real ones (the benchmark's and the add-ins' 20,000-row sheets).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { seedsDir } from "../fixtures/fixture-files.js";

export interface SeedWording {
  name: string;
  indicator: string;
}

export type SeedLevel = "program" | "kegiatan" | "subKegiatan";

/** Seed tables with one kode column, the name in the second and the indicator in the third. */
const SOURCES = ["tarakan-evaluasi-1", "kukar-evaluasi-1"];
const SEEDS = seedsDir;
const LEVEL_BY_SEGMENTS: Record<number, SeedLevel> = { 3: "program", 5: "kegiatan", 6: "subKegiatan" };

let cached: Record<SeedLevel, SeedWording[]> | null = null;

/**
 * The distinct wordings of each level, in the order the seeds list them.
 * @example seedWording().program[0].name // "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
 */
export function seedWording(): Record<SeedLevel, SeedWording[]> {
  if (cached) return cached;
  const out: Record<SeedLevel, SeedWording[]> = { program: [], kegiatan: [], subKegiatan: [] };
  const seen = new Set<string>();
  for (const source of SOURCES) {
    for (const line of readFileSync(join(SEEDS, `${source}.tsv`), "utf8").split("\n")) {
      const [kode = "", name = "", indicator = ""] = line.split("\t").map((c) => c.replace(/\*\*/g, "").trim());
      if (!/^\d+(\.\d+)+$/.test(kode) || name === "") continue;
      const level = LEVEL_BY_SEGMENTS[kode.split(".").length];
      // Tarakan names kegiatan 1.06.01.2.06 "PROGRAM PENANGANAN BENCANA": a real mistake, not wording to copy.
      if (!level || seen.has(`${level}:${name}`) || (level !== "program" && /^program\b/i.test(name))) continue;
      seen.add(`${level}:${name}`);
      out[level].push({ name, indicator: indicator === "" ? "Jumlah dokumen" : indicator });
    }
  }
  for (const level of Object.keys(out) as SeedLevel[]) if (out[level].length === 0) throw new Error(`no ${level} rows in the seed tables ${SOURCES.join(", ")}`);
  cached = out;
  return out;
}
