// LibreOffice for tests: recalculates .xlsx files headless (the real spreadsheet check of our formulas) and renders them to PNG.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

/** True when `soffice` runs here (CI installs Debian's LibreOffice Calc). */
export function hasSoffice(): boolean {
  return spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
}

/** LibreOffice keeps the cached results of an .xlsx by default; this profile setting makes it recalculate every formula on load. */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Converts files with one soffice run, in a fresh profile (parallel test files do not share one), and
 * returns the converted paths in `outDir`. `format` is an soffice filter name such as `xlsx` or `pdf`.
 * @example const [recalculated] = await convert(["fixed.xlsx"], "xlsx", dir)
 */
export async function convert(files: readonly string[], format: "xlsx" | "pdf", outDir: string): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), "renja-lo-profile-"));
  try {
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    await mkdir(outDir, { recursive: true });
    const r = spawnSync("soffice", [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, ...files], { encoding: "utf8", timeout: 120_000 });
    if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
    return files.map((f) => join(outDir, `${basename(f).replace(/\.[^.]+$/, "")}.${format}`));
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
