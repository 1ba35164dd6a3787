// The shape every hostile input must end in: exit status 2 and one sentence on stderr, never a stack trace.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "vitest";
import { run, type RunResult } from "../cli-helpers.js";

/** Writes the bytes as `name` in `dir` and runs `renja <command> FILE …` on it in English. */
export async function runOn(dir: string, name: string, bytes: Buffer | string, command: "check" | "fix" = "check"): Promise<RunResult> {
  const file = join(dir, name);
  await writeFile(file, bytes);
  return command === "check" ? run("check", file, "--lang", "en") : run("fix", file, "-o", join(dir, `out-${name}`), "--lang", "en");
}

/** Exit 2, nothing on stdout, stderr one line that matches, and no trace of a stack. */
export function expectRefused(r: RunResult, sentence: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.err).toMatch(sentence);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).not.toMatch(/\n\s+at |Error:|unexpected error/);
}
