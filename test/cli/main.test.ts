// Tests of the `renja` command end to end: main() in-process for output and exit status, and the built bin once or twice.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { USAGE } from "../../cli/args.js";
import type { CellValue } from "../../core/grid.js";
import { fileReportSchema, type FileReport } from "../../core/report.js";
import { generateRencana } from "../support/generate-renja.js";
import { CSV_FIXTURES, DUMAI, NOTES_ROWS, ROOT, XLSX_FIXTURES, cleanRencana, makeTempDir, removeTempDir, run, toCsv, writeText, writeWorkbook } from "./cli-helpers.js";

/** Domain §8 field names: these may not be renamed. */
const FILE_KEYS = ["file", "sheets"];
const SHEET_KEYS = ["name", "family", "headerRows", "dataRows", "issues", "summary"];
const ISSUE_KEYS = ["rule", "severity", "row", "column", "message", "expected", "actual", "expectedValue", "actualValue"];
const SUMMARY_KEYS = ["program", "kegiatan", "subKegiatan"];

let dir: string;
const files: Record<string, string> = {};

/** A generated rencana table with one sub kegiatan's pagu raised: one total-mismatch at its kegiatan (an error). */
function brokenRencana(moneyAsText: boolean): { rows: CellValue[][]; kegiatanRow: number } {
  const t = generateRencana({ programs: [{ kegiatan: [2, 1] }, { kegiatan: [3] }], pagu: [1250, 40_000, 775, 12_500, 3_000, 980], moneyAsText });
  const leaf = t.leaves[1];
  if (!leaf) throw new Error("generated table has no second leaf");
  const row = t.rows[leaf.row] as CellValue[];
  row[t.paguColumn] = moneyAsText ? "40.500.000,00" : 40_500_000;
  return { rows: t.rows, kegiatanRow: leaf.parent + 1 };
}

beforeAll(async () => {
  dir = await makeTempDir();
  files.clean = await writeWorkbook(join(dir, "bersih.xlsx"), [{ name: "Rencana", rows: cleanRencana() }]);
  files.broken = await writeWorkbook(join(dir, "salah.xlsx"), [{ name: "Rencana", rows: brokenRencana(false).rows }]);
  files.twoSheets = await writeWorkbook(join(dir, "dua-lembar.xlsx"), [
    { name: "Catatan", rows: NOTES_ROWS },
    { name: "Rencana 2024", rows: cleanRencana() },
  ]);
  files.noTable = await writeWorkbook(join(dir, "tanpa-tabel.xlsx"), [
    { name: "Catatan", rows: NOTES_ROWS },
    { name: "Lampiran", rows: [["Daftar hadir"], ["No", "Nama", "Jabatan"]] },
  ]);
  files.corrupt = await writeText(join(dir, "rusak.xlsx"), Buffer.from("PK\u0003\u0004 bukan workbook, hanya teks yang diberi nama .xlsx"));
  files.txt = await writeText(join(dir, "catatan.txt"), "Kode;Program;Pagu\n1.06.01;PROGRAM;1.000\n");
  files.missing = join(dir, "tidak-ada.xlsx");
  // The same broken table as CSV, Indonesian numbers with decimals: `;` separated, and `,` separated (amounts quoted).
  const csvRows = brokenRencana(true).rows.map((r) => r.map((v, c) => (c === 5 && typeof v === "string" && /^\d[\d.]*$/.test(v) ? `${v},00` : v)));
  files.semi = await writeText(join(dir, "rencana-titik-koma.csv"), toCsv(csvRows, ";"));
  files.comma = await writeText(join(dir, "rencana-koma.csv"), toCsv(csvRows, ","));
});

afterAll(async () => {
  await removeTempDir(dir);
});

async function json(...argv: string[]): Promise<{ code: number; report: unknown; err: string }> {
  const r = await run(...argv, "--format", "json");
  return { code: r.code, report: JSON.parse(r.out) as unknown, err: r.err };
}

function asFileReport(v: unknown): FileReport {
  return fileReportSchema.parse(v);
}

const errorsOf = (r: FileReport) => r.sheets.flatMap((s) => s.issues).filter((i) => i.severity === "error");

/** stderr of an unreadable file: one `renja:` sentence per file, no stack frames. */
function expectCleanError(err: string, ...words: string[]): void {
  expect(err).toMatch(/^renja: /);
  expect(err).not.toMatch(/\n\s+at /);
  expect(err).not.toMatch(/Error:/);
  for (const w of words) expect(err).toContain(w);
}

describe("JSON report (domain §8)", () => {
  it("validates against fileReportSchema and has exactly the §8 field names", async () => {
    const { report } = await json("check", DUMAI);
    const r = asFileReport(report);
    expect(Object.keys(report as object).sort()).toEqual([...FILE_KEYS].sort());
    expect(r.file).toBe("dumai-perubahan-3-1.xlsx");
    expect(r.sheets).toHaveLength(1);
    for (const s of r.sheets) {
      for (const k of SHEET_KEYS) expect(s).toHaveProperty(k);
      expect(Object.keys(s.summary)).toEqual(expect.arrayContaining(SUMMARY_KEYS));
      expect(s.issues.length).toBeGreaterThan(0);
      for (const i of s.issues) {
        for (const k of Object.keys(i)) expect(ISSUE_KEYS).toContain(k);
        for (const k of ["rule", "severity", "row", "message"]) expect(i).toHaveProperty(k);
      }
    }
    const s = r.sheets[0];
    expect(s?.name).toBe("Tabel 3.1");
    expect(s?.family).toBe("perubahan");
    expect(s?.headerRows.length).toBeGreaterThan(0);
    expect(s?.dataRows).toBeGreaterThan(80);
    expect(s?.summary).toMatchObject({ program: 9, kegiatan: 19 });
  });

  it("finds the real mistakes of the Dumai example (domain §9)", async () => {
    const { code, report } = await json("check", DUMAI);
    const issues = asFileReport(report).sheets.flatMap((s) => s.issues);
    expect(code).toBe(1);
    expect(issues).toContainEqual(expect.objectContaining({ rule: "total-mismatch", severity: "error", row: 50, column: "R", expected: "1.100.000.000", actual: "1.050.000.000" }));
    expect(issues).toContainEqual(expect.objectContaining({ rule: "delta-mismatch", severity: "error", row: 34 }));
    const orphans = issues.filter((i) => i.rule === "kode-orphan");
    expect(orphans.map((i) => i.row).sort()).toEqual([96, 97]);
    expect(orphans.every((i) => i.severity === "warning")).toBe(true);
    expect(orphans.map((i) => i.message).join(" ")).toMatch(/2\.13\.05\.2\.02\.0010[\s\S]*2\.13\.05\.2\.03\.0011/);
    expect(issues.some((i) => i.rule === "grand-total-mismatch")).toBe(true);
  });

  it.each([
    ...["bengkalis-rumusan", "dumai-evaluasi-2-1", "dumai-perubahan-3-1", "kukar-apbdp", "kukar-evaluasi-1", "tarakan-evaluasi-1", "tarakan-rencana-8"].map((id) => join(XLSX_FIXTURES, `${id}.xlsx`)),
    join(CSV_FIXTURES, "bengkalis-rumusan.csv"),
  ])("%s: valid report, exit status follows the error findings", async (path) => {
    const { code, report } = await json("check", path);
    const r = asFileReport(report);
    expect(r.file).toBe(basename(path));
    expect(r.sheets.length).toBeGreaterThan(0);
    expect(r.sheets.every((s) => s.family !== "unknown")).toBe(true);
    expect(code).toBe(errorsOf(r).length > 0 ? 1 : 0);
  });

  it("an unreadable file still gives a valid report, with no sheets and the error", async () => {
    const { code, report } = await json("check", files.missing as string);
    const r = asFileReport(report);
    expect(code).toBe(2);
    expect(r).toEqual({ file: "tidak-ada.xlsx", sheets: [], error: expect.stringContaining("ENOENT") });
  });
});

describe("exit status", () => {
  it("is 0 for a clean generated table (no error finding)", async () => {
    const { code, report, err } = await json("check", files.clean as string);
    expect(code).toBe(0);
    expect(err).toBe("");
    const r = asFileReport(report);
    expect(r.sheets.map((s) => s.family)).toEqual(["rencana"]);
    expect(errorsOf(r)).toEqual([]);
    expect(r.sheets[0]?.summary).toMatchObject({ program: 2, kegiatan: 3, subKegiatan: 6 });
  });

  it("is 1 for the Dumai example and for a generated table with one changed leaf", async () => {
    expect((await run("check", DUMAI)).code).toBe(1);
    const { code, report } = await json("check", files.broken as string);
    expect(code).toBe(1);
    expect(errorsOf(asFileReport(report))).toEqual([expect.objectContaining({ rule: "total-mismatch", row: brokenRencana(false).kegiatanRow, column: "F" })]);
  });

  it("is 2 for a missing file, with a clear message on stderr", async () => {
    const r = await run("check", files.missing as string);
    expect(r.code).toBe(2);
    expectCleanError(r.err, "tidak-ada.xlsx", "cannot read");
    expect(r.out).toContain("TIDAK TERBACA");
  });

  it("is 2 for a corrupt .xlsx", async () => {
    const r = await run("check", files.corrupt as string);
    expect(r.code).toBe(2);
    expectCleanError(r.err, "rusak.xlsx", "is not a readable .xlsx workbook");
  });

  it("is 2 for an unsupported extension", async () => {
    const r = await run("check", files.txt as string);
    expect(r.code).toBe(2);
    expectCleanError(r.err, "catatan.txt", "unsupported file type .txt");
  });

  it("is 2 for a --sheet name that does not exist, naming the sheets there are", async () => {
    const r = await run("check", DUMAI, "--sheet", "Tabel 9.9");
    expect(r.code).toBe(2);
    expectCleanError(r.err, 'no sheet named "Tabel 9.9"', "Tabel 3.1");
  });

  it("is 2 when one of several files cannot be read, and the others are still reported", async () => {
    const { code, report, err } = await json("check", files.clean as string, files.missing as string);
    expect(code).toBe(2);
    const reports = (report as unknown[]).map(asFileReport);
    expect(reports.map((r) => r.file)).toEqual(["bersih.xlsx", "tidak-ada.xlsx"]);
    expect(reports[0]?.sheets).toHaveLength(1);
    expectCleanError(err, "tidak-ada.xlsx");
    expect(err.trim().split("\n")).toHaveLength(1);
  });
});

describe("language", () => {
  it("is Indonesian by default and English with --lang en", async () => {
    const id = asFileReport((await json("check", DUMAI)).report);
    const en = asFileReport((await json("check", DUMAI, "--lang", "en")).report);
    const total = (r: FileReport) => r.sheets[0]?.issues.find((i) => i.rule === "total-mismatch")?.message ?? "";
    expect(total(id)).toMatch(/tidak sama dengan jumlah/);
    expect(total(en)).toMatch(/is not the sum of/);
    expect(en.sheets[0]?.issues.map((i) => [i.rule, i.row, i.column])).toEqual(id.sheets[0]?.issues.map((i) => [i.rule, i.row, i.column]));
  });

  it("gives the header-not-found message in the chosen language", async () => {
    const id = asFileReport((await json("check", files.noTable as string)).report);
    const en = asFileReport((await json("check", files.noTable as string, "--lang", "en")).report);
    expect(id.sheets[0]?.issues[0]?.message).toMatch(/^Tabel Renja tidak ditemukan/);
    expect(en.sheets[0]?.issues[0]?.message).toMatch(/^No Renja table found/);
  });

  it("switches the text report's words too", async () => {
    const en = await run("check", DUMAI, "--lang", "en");
    expect(en.out).toContain('-- Sheet "Tabel 3.1" (table family: perubahan');
    expect(en.out).toMatch(/\[ERROR\] R50 total-mismatch: /);
    expect(en.out).toMatch(/\d+ errors?, \d+ warnings?, \d+ info in 1 file\.\n$/);
    expect(en.out).not.toMatch(/KESALAHAN|PERINGATAN/);
  });
});

describe("sheets", () => {
  it("reports only the sheet that holds a table when another sheet has none", async () => {
    const { code, report } = await json("check", files.twoSheets as string);
    const r = asFileReport(report);
    expect(r.sheets.map((s) => s.name)).toEqual(["Rencana 2024"]);
    expect(code).toBe(0);
  });

  it("reports header-not-found, saying what was looked for, for a workbook with no table at all", async () => {
    const { code, report } = await json("check", files.noTable as string);
    const r = asFileReport(report);
    expect(code).toBe(1);
    expect(r.sheets).toHaveLength(1);
    expect(r.sheets[0]).toMatchObject({ name: "Catatan", family: "unknown", headerRows: [], dataRows: 0 });
    expect(r.sheets[0]?.issues).toEqual([expect.objectContaining({ rule: "header-not-found", severity: "error", row: 1 })]);
    expect(r.sheets[0]?.issues[0]?.message).toMatch(/Kode.*Indikator/);
    expect(r.sheets[0]?.issues[0]).not.toHaveProperty("column");
  });

  it("--sheet NAME checks that sheet only, even one without a table", async () => {
    const table = asFileReport((await json("check", files.twoSheets as string, "--sheet", "Rencana 2024")).report);
    expect(table.sheets.map((s) => s.name)).toEqual(["Rencana 2024"]);
    const notes = await json("check", files.twoSheets as string, "--sheet", "Catatan");
    expect(notes.code).toBe(1);
    expect(asFileReport(notes.report).sheets.map((s) => [s.name, s.issues.map((i) => i.rule)])).toEqual([["Catatan", ["header-not-found"]]]);
    const dumai = asFileReport((await json("check", DUMAI, "--sheet", "Tabel 3.1")).report);
    expect(dumai.sheets.map((s) => s.name)).toEqual(["Tabel 3.1"]);
  });
});

describe("CSV", () => {
  it("reads the same table from a `;` CSV with Indonesian numbers and from a `,` CSV", async () => {
    const semi = await json("check", files.semi as string);
    const comma = await json("check", files.comma as string);
    expect(semi.code).toBe(1);
    expect(comma.code).toBe(1);
    const strip = (v: unknown) => asFileReport(v).sheets.map(({ name: _name, ...rest }) => rest);
    expect(strip(semi.report)).toEqual(strip(comma.report));
    const s = asFileReport(semi.report).sheets[0];
    expect(s?.name).toBe("rencana-titik-koma");
    expect(s?.family).toBe("rencana");
    expect(s?.summary).toMatchObject({ program: 2, kegiatan: 3, subKegiatan: 6 });
    expect(s?.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({ rule: "total-mismatch", row: brokenRencana(true).kegiatanRow, column: "F", expected: "41.750.000", actual: "41.250.000" }),
    ]);
  });
});

describe("several files", () => {
  it("give a JSON array in argument order and no progress line for 3 files or fewer", async () => {
    const r = await run("check", files.clean as string, DUMAI, files.twoSheets as string, "--format", "json");
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    const reports = (JSON.parse(r.out) as unknown[]).map(asFileReport);
    expect(reports.map((x) => x.file)).toEqual(["bersih.xlsx", "dumai-perubahan-3-1.xlsx", "dua-lembar.xlsx"]);
  });

  it("show a progress line on stderr when more than 3, and stdout stays pure JSON", async () => {
    const list = [files.clean, files.twoSheets, files.semi, files.comma] as string[];
    const r = await run("check", ...list, "--format", "json");
    expect(r.code).toBe(1);
    for (const [i, f] of list.entries()) expect(r.err).toContain(`[${i + 1}/4] ${basename(f)}`);
    expect(r.err.endsWith("\n")).toBe(true);
    expect(r.err).not.toContain("renja:");
    expect((JSON.parse(r.out) as unknown[]).map(asFileReport)).toHaveLength(4);
  });

  it("count every file in the text report's final sentence", async () => {
    // Made-up names ("PROGRAM UJI 1") would be nomenclature findings: this test is about the counts sentence.
    const r = await run("check", "--no-nomenclature", files.clean as string, files.twoSheets as string);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\n0 kesalahan, 0 peringatan, \d+ info pada 2 berkas\.\n$/);
  });
});

describe("text report", () => {
  it("is grouped by sheet then row, with severity words, the summary and the counts sentence", async () => {
    const text = await run("check", DUMAI);
    const r = asFileReport((await json("check", DUMAI)).report);
    const s = r.sheets[0];
    if (!s) throw new Error("no sheet");
    const lines = text.out.trimEnd().split("\n");
    expect(lines[0]).toBe(`== ${DUMAI}`);
    expect(lines[1]).toMatch(/^-- Lembar "Tabel 3\.1" \(jenis tabel: perubahan; baris judul [\d, ]+; baris data: \d+\)$/);
    expect(lines[2]).toMatch(/^ {3}Kolom yang dikenali: A=/);
    const rowHeads = lines.filter((l) => /^ {3}Baris \d+$/.test(l)).map((l) => Number(l.trim().split(" ")[1]));
    expect(rowHeads).toEqual([...new Set(s.issues.map((i) => i.row))].sort((a, b) => a - b));
    expect(text.out).toMatch(/ {3}Baris 50\n {5}\[KESALAHAN\] R50 total-mismatch: /);
    expect(text.out).toMatch(/ {3}Baris 96\n {5}\[PERINGATAN\] A96 kode-orphan: /);
    expect(lines.filter((l) => /^ {5}\[(KESALAHAN|PERINGATAN|INFO)\] /.test(l))).toHaveLength(s.issues.length);
    const { program, kegiatan, subKegiatan } = s.summary;
    expect(text.out).toContain(`   Ringkasan: ${program} program, ${kegiatan} kegiatan, ${subKegiatan} sub kegiatan`);
    const count = (sev: string) => s.issues.filter((i) => i.severity === sev).length;
    expect(lines.at(-1)).toBe(`${count("error")} kesalahan, ${count("warning")} peringatan, ${count("info")} info pada 1 berkas.`);
    expect(count("error")).toBeGreaterThan(0);
    expect(text.err).toBe("");
  });

  it("says Tidak ada temuan for a clean table", async () => {
    const r = await run("check", "--no-nomenclature", files.clean as string);
    expect(r.out).toContain("   Tidak ada temuan.\n");
    expect(r.out).toMatch(/Ringkasan: 2 program, 3 kegiatan, 6 sub kegiatan, total pagu Rp [\d.]+\./);
    expect(r.out.endsWith("0 kesalahan, 0 peringatan, 0 info pada 1 berkas.\n")).toBe(true);
  });

  it("shows INFO for info findings, which leave the exit status at 0", async () => {
    // A program with a kegiatan that has no sub kegiatan: empty-parent (info).
    const rows = cleanRencana();
    const path = await writeWorkbook(join(dir, "kosong.xlsx"), [{ name: "Rencana", rows: [...rows.slice(0, -1), ["1.06.03", "PROGRAM UJI 3", "Persentase layanan", "Kota", "100%", null, "APBD"], rows.at(-1) ?? []] }]);
    const r = await run("check", "--no-nomenclature", path);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ {3}Baris \d+\n {5}\[INFO\] (A\d+ )?empty-parent: /);
    expect(r.out.endsWith("0 kesalahan, 0 peringatan, 1 info pada 1 berkas.\n")).toBe(true);
  });
});

describe("usage", () => {
  it.each([[[]], [["--help"]], [["-h"]], [["check", "--help"]]])("%j prints the usage on stdout with exit 0", async (argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${USAGE}\n`);
    expect(r.err).toBe("");
  });

  it.each([[["check", DUMAI, "--frobnicate"]], [["check", DUMAI, "--format", "xml"]], [["check", DUMAI, "--lang", "fr"]], [["check"]], [["periksa", DUMAI]]])(
    "%j is a usage error: exit 2, message on stderr, nothing on stdout",
    async (argv) => {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.length).toBeGreaterThan(0);
      expect(r.err).not.toMatch(/\n\s+at /);
    },
  );
});

describe("-o FILE", () => {
  it("writes the JSON report to the file, nothing to stdout, same exit status", async () => {
    const out = join(dir, "laporan.json");
    const r = await run("check", DUMAI, "--format", "json", "-o", out);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    const written = asFileReport(JSON.parse(await readFile(out, "utf8")));
    expect(written).toEqual(asFileReport((await json("check", DUMAI)).report));
  });

  it("writes the text report with --output too", async () => {
    const out = join(dir, "laporan.txt");
    const r = await run("check", files.clean as string, "--output", out);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(await readFile(out, "utf8")).toBe((await run("check", files.clean as string)).out);
  });

  it("still reports an unreadable file on stderr with exit 2", async () => {
    const out = join(dir, "laporan-rusak.json");
    const r = await run("check", files.corrupt as string, "--format", "json", "-o", out);
    expect(r.code).toBe(2);
    expectCleanError(r.err, "rusak.xlsx");
    expect(asFileReport(JSON.parse(await readFile(out, "utf8"))).error).toContain("rusak.xlsx");
  });
});

describe("the built bin (node bin/renja.js)", () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, "dist/cli/renja.js"))) {
      const b = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: ROOT, encoding: "utf8" });
      if (b.status !== 0) throw new Error(`build-cli failed: ${b.stderr}`);
    }
  });

  const bin = (...argv: string[]) => spawnSync(process.execPath, ["bin/renja.js", ...argv], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });

  it("checks the Dumai example as JSON and exits 1", () => {
    const p = bin("check", "examples/dumai-perubahan-3-1.xlsx", "--format", "json");
    expect(p.status).toBe(1);
    expect(p.stderr).toBe("");
    const r = asFileReport(JSON.parse(p.stdout));
    expect(r.sheets[0]?.issues).toContainEqual(expect.objectContaining({ rule: "total-mismatch", row: 50, expected: "1.100.000.000", actual: "1.050.000.000" }));
  });

  it("exits 0 on a clean table and 2 on a missing file, with one line and no stack trace", () => {
    expect(bin("check", files.clean as string).status).toBe(0);
    const p = bin("check", files.missing as string);
    expect(p.status).toBe(2);
    expect(p.stderr).toBe(`renja: cannot read ${files.missing}: ENOENT\n`);
  });
});
