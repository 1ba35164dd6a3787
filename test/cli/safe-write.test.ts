// Safe writes (issue 15 items 3, 4, 11): one in-place run at a time, a changed input refused, modes kept, read-only and existing outputs refused, symlinks followed, no temp file left.
import { spawnSync } from "node:child_process";
import { chmod, copyFile, lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { claimOutput, WriteRefused, writeOutput } from "../../cli/safe-write.js";
import { DUMAI, makeTempDir, removeTempDir, ROOT, run } from "./cli-helpers.js";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

/** No `.tmp` or `.renja-lock` file left in the folder. */
async function leftovers(): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith(".tmp") || f.endsWith(".renja-lock"));
}

describe("two runs on the same file (item 3)", () => {
  it("refuses the second of two concurrent fix --in-place runs with one sentence, and leaves no lock behind", async () => {
    const input = join(dir, "tabel.xlsx");
    await copyFile(DUMAI, input);
    const [a, b] = await Promise.all([run("fix", input, "--in-place", "--totals", "--lang", "en"), run("fix", input, "--in-place", "--flags", "--lang", "en")]);
    const refused = [a, b].filter((r) => r.code === 2);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.err).toMatch(/^renja: .*tabel\.xlsx is being changed by another renja run \(lock file .*\.renja-lock\); try again when it has finished/);
    expect(refused[0]?.err.trim().split("\n")).toHaveLength(1);
    expect([a, b].filter((r) => r.out.includes("Saved:"))).toHaveLength(1);
    expect(await leftovers()).toEqual([]);
  });

  it("takes over a lock left by a run that was killed (its process is gone), and keeps a live one", async () => {
    const input = join(dir, "tabel.xlsx");
    await copyFile(DUMAI, input);
    await writeFile(`${input}.renja-lock`, "999999999\n");
    expect((await run("fix", input, "--in-place", "--flags")).code).toBe(1);
    await writeFile(`${input}.renja-lock`, `${process.pid}\n`);
    expect((await run("fix", input, "--in-place", "--flags")).code).toBe(2);
  });

  it("refuses to write over an input that changed between read and write (size, mtime, hash)", async () => {
    const input = join(dir, "tabel.xlsx");
    await writeFile(input, "first");
    const target = await claimOutput(input, { overwrite: false, inPlace: true, lang: "en" });
    await writeFile(input, "other");
    await expect(writeOutput(target, "ours")).rejects.toThrow(/tabel\.xlsx changed while renja was working on it; nothing written/);
    expect(await readFile(input, "utf8")).toBe("other");
    expect(await leftovers()).toEqual([expect.stringMatching(/\.renja-lock$/)]);
  });
});

describe("output files (item 4)", () => {
  it("keeps a 0600 input 0600 after fix --in-place", async () => {
    const input = join(dir, "tabel.xlsx");
    await copyFile(DUMAI, input);
    await chmod(input, 0o600);
    expect((await run("fix", input, "--in-place", "--flags")).code).toBe(1);
    expect((await stat(input)).mode & 0o777).toBe(0o600);
  });

  it("refuses a read-only (0444) target and leaves it as it was", async () => {
    const input = join(dir, "tabel.xlsx");
    await copyFile(DUMAI, input);
    await chmod(input, 0o444);
    const before = await readFile(input);
    const r = await run("fix", input, "--in-place", "--flags", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toBe(`renja: ${input} is read-only; nothing written.\n`);
    expect((await readFile(input)).equals(before)).toBe(true);
    const out = join(dir, "out.xlsx");
    await writeFile(out, "x");
    await chmod(out, 0o444);
    expect((await run("fix", DUMAI, "-o", out, "--overwrite", "--lang", "en")).err).toMatch(/is read-only/);
  });

  it("changes the real file behind a symlink given to --in-place and keeps the link", async () => {
    const real = join(dir, "real.xlsx");
    const link = join(dir, "link.xlsx");
    await copyFile(DUMAI, real);
    await symlink(real, link);
    const before = await readFile(real);
    expect((await run("fix", link, "--in-place", "--flags")).code).toBe(1);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect((await readFile(real)).equals(before)).toBe(false);
  });

  it("refuses an existing -o file unless --overwrite (fix, clear, check), keeping its mode with it", async () => {
    const out = join(dir, "unrelated.xlsx");
    await writeFile(out, "not ours");
    await chmod(out, 0o600);
    for (const argv of [["fix", DUMAI, "-o", out], ["clear", DUMAI, "-o", out], ["check", DUMAI, "-o", out]]) {
      const r = await run(...argv, "--lang", "en");
      expect(r.code).toBe(2);
      expect(r.err).toBe(`renja: ${out} already exists; add --overwrite to replace it (nothing written).\n`);
      expect(await readFile(out, "utf8")).toBe("not ours");
    }
    expect((await run("fix", DUMAI, "-o", out, "--overwrite")).code).toBe(1);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    expect((await run("check", DUMAI, "-o", out, "--overwrite", "--format", "json")).code).toBe(1);
    expect(JSON.parse(await readFile(out, "utf8")).file).toBe("dumai-perubahan-3-1.xlsx");
  });

  it("says an unwritable check -o path in one sentence before checking anything", async () => {
    const out = join(dir, "missing-folder", "report.html");
    const r = await run("check", DUMAI, "--format", "html", "-o", out, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(`renja: cannot write to ${out} (ENOENT); nothing checked or written.\n`);
  });
});

describe("temporary files (item 11)", () => {
  it("removes the temporary file when the rename fails", async () => {
    const target = join(dir, "busy");
    await mkdir(join(target, "inside"), { recursive: true });
    await expect(writeOutput({ shown: target, real: target, mode: null, input: null, lang: "en" }, "bytes")).rejects.toThrow();
    expect(await leftovers()).toEqual([]);
  });

  it("removes temporary and lock files when the process gets SIGTERM", async () => {
    const script = join(dir, "killed.ts");
    const cleanup = join(ROOT, "cli/cleanup.ts");
    await writeFile(
      script,
      `import { writeFileSync } from "node:fs";
import { installSignalCleanup, removeLater } from ${JSON.stringify(cleanup)};
installSignalCleanup();
for (const f of ["out.xlsx.1.tmp", "out.xlsx.renja-lock"]) { writeFileSync(${JSON.stringify(dir)} + "/" + f, "x"); removeLater(${JSON.stringify(dir)} + "/" + f); }
process.kill(process.pid, "SIGTERM");
setTimeout(() => undefined, 5000);
`,
    );
    const child = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: ROOT, encoding: "utf8" });
    expect(child.status).toBe(143);
    expect(await leftovers()).toEqual([]);
  });
});

it("WriteRefused carries the sentence", () => {
  expect(new WriteRefused("x").message).toBe("x");
});
