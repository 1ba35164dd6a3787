// Tests of the `renja` argument parser: defaults, every flag, help, and usage errors.
import { describe, expect, it } from "vitest";
import { checkArgsSchema, parseCliArgs, USAGE } from "../../cli/args.js";

function ok(argv: string[]) {
  const r = parseCliArgs(argv);
  if (!r.ok) throw new Error(`expected ok, got: ${r.message}`);
  return r.args;
}

function fail(argv: string[]) {
  const r = parseCliArgs(argv);
  if (r.ok) throw new Error(`expected a usage error for ${argv.join(" ")}`);
  return r;
}

describe("parseCliArgs", () => {
  it("gives the defaults: text format, Indonesian, no sheet, no bidang, no output", () => {
    expect(ok(["check", "a.xlsx"])).toEqual({ command: "check", files: ["a.xlsx"], format: "text", lang: "id" });
  });

  it("reads every flag", () => {
    const args = ok(["check", "a.xlsx", "--sheet", "Tabel 3.1", "--format", "json", "--lang", "en", "--bidang", "1.06", "--output", "out.json"]);
    expect(args).toEqual({ command: "check", files: ["a.xlsx"], sheet: "Tabel 3.1", format: "json", lang: "en", bidang: "1.06", output: "out.json" });
  });

  it("takes -o as the short form of --output and --flag=value forms", () => {
    expect(ok(["check", "a.xlsx", "-o", "r.txt"]).output).toBe("r.txt");
    expect(ok(["check", "--format=json", "a.xlsx"]).format).toBe("json");
  });

  it("keeps every file in order, flags may come before or between them", () => {
    expect(ok(["check", "--lang", "en", "a.xlsx", "b.csv", "--format", "json", "c.xlsx"]).files).toEqual(["a.xlsx", "b.csv", "c.xlsx"]);
  });

  it("keeps a sheet name with spaces and dots as it is", () => {
    expect(ok(["check", "a.xlsx", "--sheet", "T-C.29 (revisi)"]).sheet).toBe("T-C.29 (revisi)");
  });

  it.each([[["--help"]], [["-h"]], [["check", "a.xlsx", "--help"]], [[]]])("%j asks for the usage (help)", (argv) => {
    const r = fail(argv);
    expect(r.help).toBe(true);
    expect(r.message).toBe(USAGE);
  });

  it("usage names the command, every flag and the exit statuses", () => {
    for (const word of ["renja check FILE...", "--sheet", "--format text|json", "--lang id|en", "--bidang", "-o OUT", "Exit status"]) expect(USAGE).toContain(word);
  });

  it("check without files is a usage error that names the files and shows the usage", () => {
    const r = fail(["check"]);
    expect(r.help).toBeUndefined();
    expect(r.message).toMatch(/^files: give at least one \.xlsx or \.csv file/);
    expect(r.message).toContain(USAGE);
  });

  it("an unknown command is a usage error", () => {
    const r = fail(["periksa", "a.xlsx"]);
    expect(r.help).toBeUndefined();
    expect(r.message).toMatch(/^command: /);
  });

  it.each([
    [["check", "a.xlsx", "--format", "xml"], /^format: /],
    [["check", "a.xlsx", "--lang", "fr"], /^lang: /],
    [["check", "a.xlsx", "--bidang", "106"], /^bidang: bidang looks like 1\.06/],
    [["check", "a.xlsx", "--bidang", "1.6"], /^bidang: /],
  ])("%j is a usage error naming the flag", (argv, message) => {
    const r = fail(argv);
    expect(r.help).toBeUndefined();
    expect(r.message).toMatch(message);
    expect(r.message).toContain(USAGE);
  });

  it("an unknown flag is a usage error naming it", () => {
    const r = fail(["check", "a.xlsx", "--frobnicate"]);
    expect(r.help).toBeUndefined();
    expect(r.message).toContain("--frobnicate");
  });

  it("a flag without its value is a usage error", () => {
    const r = fail(["check", "a.xlsx", "--sheet"]);
    expect(r.help).toBeUndefined();
    expect(r.message).toContain("--sheet");
  });

  it("a value given to the boolean --help flag is refused", () => {
    expect(parseCliArgs(["check", "a.xlsx", "--help=yes"]).ok).toBe(false);
  });
});

describe("checkArgsSchema", () => {
  it("is the contract main relies on: a literal check command and at least one file", () => {
    expect(checkArgsSchema.safeParse({ command: "check", files: [] }).success).toBe(false);
    expect(checkArgsSchema.safeParse({ command: "check", files: ["a.csv"] }).success).toBe(true);
  });
});
