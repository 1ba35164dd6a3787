// Hostile input through the built command in its own process, with Node's default heap: a zip bomb ends with exit 2 and one sentence, not an out-of-memory abort (exit 134).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { makeTempDir, removeTempDir, ROOT } from "../cli-helpers.js";
import { minimalXlsx, zerosBomb } from "./build-package.js";

let dir: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist/cli/renja.js"))) {
    const b = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: ROOT, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build-cli failed: ${b.stderr}`);
  }
});
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

it("node bin/renja.js fix on a 4 GiB zip bomb whose directory lies: exit 2, one sentence, no output file", async () => {
  const file = join(dir, "bomb.xlsx");
  await writeFile(file, minimalXlsx({ deflated: zerosBomb(4095), declaredSize: 1000 }));
  const p = spawnSync(process.execPath, ["bin/renja.js", "fix", file, "-o", join(dir, "out.xlsx"), "--lang", "en"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  expect(p.status).toBe(2);
  expect(p.stderr).toBe(`renja: ${file} is not a readable .xlsx workbook (its part xl/worksheets/sheet1.xml unzips to more than its zip directory says)\n`);
  expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
});
