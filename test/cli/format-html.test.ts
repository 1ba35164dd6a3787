// Tests of the HTML report: escaping, page structure, counts, recognised layout, filters, unreadable files, both languages, and the CLI flag.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCliArgs, USAGE } from "../../cli/args.js";
import { runCheck } from "../../cli/commands/check.js";
import { formatHtml } from "../../cli/format-html.js";
import type { TextFile } from "../../cli/format-text.js";
import { REPORT_CSP, REPORT_CSS, REPORT_SCRIPT } from "../../cli/html-assets.js";
import { escapeHtml } from "../../cli/html-escape.js";
import { checkHtml, unescapeHtml } from "./html-check.js";
import { DUMAI, makeTempDir, removeTempDir } from "./cli-helpers.js";
import { SAMPLE_ISSUES, sampleSheet } from "./sample-report.js";

const XSS = "<img src=x onerror=alert(1)>";

const sheet = sampleSheet;
const ISSUES = SAMPLE_ISSUES;

const FILES: TextFile[] = [
  { file: "laporan/dumai.xlsx", sheets: [sheet({ issues: ISSUES, summary: { program: 9, kegiatan: 19, subKegiatan: 60, totalPagu: "29.088.222.620" } })] },
  {
    file: "tarakan.xlsx",
    sheets: [
      sheet({
        name: "Tabel 1",
        family: "evaluasi",
        formulas: ["8 = (7/6)", "10=(5+7+9)"],
        summary: { program: 8, kegiatan: 13, subKegiatan: 31, averageCapaian: "93,39%", predikat: "Sangat Tinggi" },
      }),
    ],
  },
  { file: "rusak.xlsx", sheets: [], error: "rusak.xlsx is not a readable .xlsx workbook" },
];

/** The text of the page without tags, style and script (tags become spaces), entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return unescapeHtml(checkHtml(html).text).replace(/\s+/g, " ");
}

/** The rows of a `<tbody>`/`<tfoot>` after a marker, as arrays of cell texts. */
function rowsAfter(html: string, marker: string, until: string): string[][] {
  const start = html.indexOf(marker);
  const part = html.slice(start, html.indexOf(until, start));
  return [...part.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [...(m[1] ?? "").matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => unescapeHtml((c[1] ?? "").replace(/<[^>]+>/g, "")).trim()));
}

describe("escapeHtml", () => {
  it.each([
    [XSS, "&lt;img src=x onerror=alert(1)&gt;"],
    [`"dua" & 'tiga'`, "&quot;dua&quot; &amp; &#39;tiga&#39;"],
    ["A & B &amp; C", "A &amp; B &amp;amp; C"],
    ['"><script>alert(1)</script>', "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["Rp 1.050.000.000 — 57,56%", "Rp 1.050.000.000 — 57,56%"],
    ["", ""],
    [42, "42"],
  ])("%j → %j", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it("round-trips through the five entities", () => {
    const s = `<a href="x">O'Brien & co</a>`;
    expect(unescapeHtml(escapeHtml(s))).toBe(s);
  });
});

describe("formatHtml page structure", () => {
  const html = formatHtml(FILES, "id");

  it("is one well-formed page with only known elements and no event-handler attributes", () => {
    const shape = checkHtml(html);
    expect(shape.tags.slice(0, 3)).toEqual(["html", "head", "meta"]);
    expect(shape.tags.filter((t) => t === "style")).toHaveLength(1);
    expect(shape.tags.filter((t) => t === "script")).toHaveLength(1);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="id">/);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it("is self-contained: no external resources, no URLs outside the page", () => {
    expect(html).not.toMatch(/\b(src|srcset)=/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    for (const href of html.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^(#f\d+|data:,)$/);
  });

  it("carries a Content-Security-Policy that allows exactly its own style and script", () => {
    const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">`);
    expect(REPORT_CSP).toContain("default-src 'none'");
    expect(REPORT_CSP).toContain(`script-src ${hash(REPORT_SCRIPT)}`);
    expect(REPORT_CSP).toContain(`style-src ${hash(REPORT_CSS)}`);
    expect(html).toContain(`<style>${REPORT_CSS}</style>`);
    expect(html).toContain(`<script>${REPORT_SCRIPT}</script>`);
    expect(REPORT_SCRIPT).not.toMatch(/eval|Function\(|innerHTML|<\//);
  });

  it("has print styles", () => {
    expect(REPORT_CSS).toMatch(/@media print \{[\s\S]*#filters[^}]*display: none/);
    expect(REPORT_CSS).toContain("@page");
  });

  it("is deterministic without a date, and prints the date when given one", () => {
    expect(formatHtml(FILES, "id")).toBe(html);
    expect(html).not.toContain("<time");
    const dated = formatHtml(FILES, "id", { generatedAt: new Date(2024, 4, 2, 9, 5) });
    expect(dated).toMatch(/Dibuat: <time datetime="2024-05-0\dT[\d:.]+Z">2024-05-02 09:05<\/time>/);
  });
});

describe("formatHtml counts and recognised layout", () => {
  const html = formatHtml(FILES, "id");
  const text = textOf(html);

  it("names the files checked with their counts per file and in total", () => {
    expect(text).toContain("2 kesalahan, 2 peringatan, 1 info pada 3 berkas (2 lembar).");
    const overview = rowsAfter(html, '<table class="overview">', "</table>");
    expect(overview).toEqual([
      ["Berkas", "Lembar", "Kesalahan", "Peringatan", "Info", "Status"],
      ["dumai.xlsx", "1", "2", "2", "1", "Ada kesalahan"],
      ["tarakan.xlsx", "1", "0", "0", "0", "Tanpa kesalahan"],
      ["rusak.xlsx", "–", "–", "–", "–", "Tidak terbaca"],
      ["Jumlah (3)", "2", "2", "2", "1", ""],
    ]);
  });

  it("says per sheet what was recognised: family, header rows, data rows, number format, formulas, columns", () => {
    expect(text).toContain("Lembar “Tabel 3.1” 2 kesalahan 2 peringatan 1 info");
    expect(text).toContain("Jenis tabel perubahan — Rencana perubahan (sebelum/sesudah)");
    expect(text).toContain("Baris judul 3, 4");
    expect(text).toContain("Baris data 12");
    expect(text).toContain("Penulisan angka Indonesia (1.234,56)");
    expect(text).toContain("Kolom yang dikenali A Kode R Pagu sesudah (18)");
    expect(html).toContain('<li title="Pagu &gt; Sesudah"><b>R</b> Pagu sesudah (18)</li>');
    expect(text).toContain("Rumus pada baris penomoran 8 = (7/6) , 10=(5+7+9)");
  });

  it("gives the summary: counts, total pagu, average capaian and predikat", () => {
    expect(text).toContain("Ringkasan: Program: 9 Kegiatan: 19 Sub kegiatan: 60 Total pagu: Rp 29.088.222.620");
    expect(text).toContain("Ringkasan: Program: 8 Kegiatan: 13 Sub kegiatan: 31 Rata-rata capaian: 93,39% Predikat: Sangat Tinggi");
  });

  it("lists every finding with severity, rule, cell (column+row, or the row), message, expected and actual", () => {
    const rows = rowsAfter(html, '<table class="findings"', "</table>");
    expect(rows[0]).toEqual(["Tingkat", "Aturan", "Sel", "Pesan", "Seharusnya", "Tertulis"]);
    expect(rows.slice(1, 6)).toEqual([
      ["Kesalahan", "delta-mismatchBertambah/berkurang tidak sama dengan sesudah − sebelum", "T34", "Perubahan tidak sesuai.", "-10.000.000", "0"],
      ["Kesalahan", "total-mismatchJumlah induk tidak sama dengan jumlah anaknya", "R50", "Jumlah program salah.", "1.100.000.000", "1.050.000.000"],
      ["Peringatan", "missing-indicatorIndikator kosong", "baris 50", "Indikator kosong.", "", ""],
      ["Info", "empty-parentProgram/kegiatan tanpa anak", "baris 50", "Kegiatan tanpa sub kegiatan.", "", ""],
      ["Peringatan", "kode-orphanInduk kode tidak ada", "A96", "Induk kode tidak ada.", "", ""],
    ]);
  });

  it("says so for a sheet without findings", () => {
    const tarakan = html.slice(html.indexOf('id="f2"'), html.indexOf('id="f3"'));
    expect(tarakan).toContain('<span class="badge ok">Tidak ada temuan.</span>');
    expect(tarakan).not.toContain('<table class="findings"');
  });

  it("lists an unreadable file with its error, at the top and in its own section", () => {
    expect(text).toContain("Berkas yang tidak terbaca rusak.xlsx : rusak.xlsx is not a readable .xlsx workbook");
    const section = html.slice(html.indexOf('<section class="file" id="f3">'));
    expect(section).toContain('<span class="badge sev-error">Tidak terbaca</span> <span class="error-text">rusak.xlsx is not a readable .xlsx workbook</span>');
  });

  it("shows the path under the file name when it has folders", () => {
    expect(html).toContain('<h2>dumai.xlsx</h2>\n<p class="path">laporan/dumai.xlsx</p>');
    expect(html).toContain("<h2>tarakan.xlsx</h2>\n<section");
  });

  it("handles many files: one overview row and one section per file, counts summed", () => {
    const many: TextFile[] = Array.from({ length: 40 }, (_, i) => ({ file: `opd-${i}.xlsx`, sheets: [sheet({ issues: ISSUES.slice(0, 1 + (i % 5)) })] }));
    const h = formatHtml(many, "en");
    checkHtml(h);
    expect(h.match(/<section class="file"/g)).toHaveLength(40);
    expect(rowsAfter(h, "<tfoot>", "</tfoot>")[0]).toEqual(["Total (40)", "40", "72", "32", "16", ""]);
    expect(h.match(/<tr class="finding /g)).toHaveLength(8 * 15);
  });
});

describe("formatHtml filters", () => {
  const html = formatHtml(FILES, "id");

  it("has severity checkboxes (all checked) and a rule select with the rules present and their counts", () => {
    for (const s of ["error", "warning", "info"]) expect(html).toContain(`<input type="checkbox" name="severity" value="${s}" checked>`);
    const options = [...html.matchAll(/<option value="([^"]*)">([^<]*)<\/option>/g)].map((m) => [m[1], unescapeHtml(m[2] ?? "")]);
    expect(options).toEqual([
      ["", "Semua aturan (5)"],
      ["total-mismatch", "total-mismatch — Jumlah induk tidak sama dengan jumlah anaknya (1)"],
      ["delta-mismatch", "delta-mismatch — Bertambah/berkurang tidak sama dengan sesudah − sebelum (1)"],
      ["kode-orphan", "kode-orphan — Induk kode tidak ada (1)"],
      ["missing-indicator", "missing-indicator — Indikator kosong (1)"],
      ["empty-parent", "empty-parent — Program/kegiatan tanpa anak (1)"],
    ]);
  });

  it("shows everything without scripts: the panel starts hidden, no finding row is hidden", () => {
    expect(html).toMatch(/<div id="filters" [^>]*hidden>/);
    const rows = [...html.matchAll(/<tr class="finding[^>]*>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(ISSUES.length);
    for (const r of rows) {
      expect(r).not.toContain("hidden");
      expect(r).toMatch(/ data-severity="(error|warning|info)" data-rule="[a-z-]+"/);
    }
    expect(html).toContain('<tr class="none-match" hidden>');
    expect(html).toContain("<noscript>");
  });

  it("leaves the panel out when there is nothing to filter", () => {
    expect(formatHtml([{ file: "a.xlsx", sheets: [sheet()] }], "id")).not.toContain('id="filters"');
  });
});

describe("formatHtml escapes every text from a file", () => {
  const hostile: TextFile[] = [
    {
      file: `data/${XSS}.xlsx`,
      sheets: [
        sheet({
          name: XSS,
          columns: [{ column: "B", role: "name", label: `Uraian ${XSS}`, header: `"><script>alert(2)</script>` }],
          formulas: [`10=(5+7) ${XSS}`],
          summary: { program: 1, kegiatan: 1, subKegiatan: 1, totalPagu: XSS, averageCapaian: "'&'", predikat: XSS },
          issues: [
            { rule: "not-a-number", severity: "error", row: 9, column: "J", message: `J berisi "${XSS}" & 'lain'`, expected: XSS, actual: `"${XSS}"` },
          ],
        }),
      ],
    },
    { file: XSS, sheets: [], error: `cannot read ${XSS} & "x"` },
  ];
  const html = formatHtml(hostile, "id");

  it("produces no element from cell text: only known tags, no raw < > \" ' in text or attributes", () => {
    const shape = checkHtml(html);
    expect(shape.tags).not.toContain("img");
    expect(html).not.toMatch(/<img/i);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("keeps the text readable: the payload is shown literally wherever it was", () => {
    const escaped = "&lt;img src=x onerror=alert(1)&gt;";
    // file name (overview, unreadable list, heading, path), sheet name, column label, formula, summary, message, expected, actual, error
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(14);
    expect(html).toContain(`<h3>Lembar “${escaped}”`);
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"');
    expect(html).toContain(`J berisi &quot;${escaped}&quot; &amp; &#39;lain&#39;`);
    expect(textOf(html)).toContain(`cannot read ${XSS} & "x"`);
  });
});

describe("formatHtml in English", () => {
  const en: TextFile[] = [
    { file: "dumai.xlsx", sheets: [sheet({ issues: ISSUES.map((i) => ({ ...i, message: "A message." })), summary: { program: 9, kegiatan: 19, subKegiatan: 60, totalPagu: "29,088,222,620", averageCapaian: "42.42%", predikat: "Sangat Rendah" }, columns: [{ column: "A", role: "kode", label: "Code", header: "Kode" }], convention: "en", formulas: ["10=(5+7+9)"] })] },
    { file: "broken.xlsx", sheets: [], error: "not a workbook" },
  ];
  const html = formatHtml(en, "en");
  const text = textOf(html);

  it("labels the whole page in English", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain("<title>Renja Check Report</title>");
    for (const s of [
      "2 errors, 2 warnings, 1 info in 2 files (1 sheet).",
      "Files checked",
      "Unreadable files",
      "Sheet “Tabel 3.1” 2 errors 2 warnings 1 info",
      "Table family perubahan — Revised plan (before/after)",
      "Header rows 3, 4",
      "Data rows 12",
      "Number format English (1,234.56)",
      "Numbering-row formulas 10=(5+7+9)",
      "Columns understood A Code",
      "Summary: Programs: 9 Kegiatan (activities): 19 Sub kegiatan (sub-activities): 60 Total budget (pagu): Rp 29,088,222,620 Average achievement: 42.42% Rating (predikat): Sangat Rendah",
      "Severity Rule Cell Message Expected Actual",
      "row 50",
      "All rules (5)",
      "Show all",
      "Filters need JavaScript",
      "No finding matches the filter.",
      "Generated by renja check.",
    ]) expect(text).toContain(s);
    expect(rowsAfter(html, '<table class="overview">', "</table>")[0]).toEqual(["File", "Sheets", "Errors", "Warnings", "Info", "Status"]);
    expect(html).toContain('data-shown="{shown} of {total} findings shown"');
  });

  it("has no Indonesian label left (the cell texts and rule ids aside)", () => {
    for (const word of ["Laporan", "Berkas", "Lembar", "Kesalahan", "Peringatan", "Tingkat", "Aturan", "Sel ", "Pesan", "Seharusnya", "Tertulis", "Ringkasan", "baris", "Tidak", "Jumlah", "Dibuat", "Saring", "Tampilkan", "Rumus", "Kolom"]) {
      expect(text, word).not.toContain(word);
    }
  });

  it("says 1 error and 1 warning in the singular", () => {
    expect(textOf(formatHtml([{ file: "a.xlsx", sheets: [sheet({ issues: [ISSUES[0], ISSUES[2]].filter((i) => i !== undefined) })] }], "en"))).toContain("1 error, 1 warning, 0 info in 1 file (1 sheet).");
  });
});

describe("renja check --format html", () => {
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await makeTempDir();
  });
  afterAll(async () => {
    await removeTempDir(dir);
  });

  const capture = (outIsTerminal?: boolean) => {
    const io = { out: "", err: "" };
    return {
      io,
      runIo: { out: (s: string) => void (io.out += s), err: (s: string) => void (io.err += s), ...(outIsTerminal === undefined ? {} : { outIsTerminal }) },
    };
  };

  it("is a --format value and named in the usage", () => {
    const r = parseCliArgs(["check", "a.xlsx", "--format", "html", "-o", "r.html"]);
    expect(r.ok && r.args.format).toBe("html");
    expect(USAGE).toContain("--format text|json|html");
  });

  it("writes the page to -o, nothing to stdout, with the usual exit status", async () => {
    const out = join(dir as string, "laporan.html");
    const { io, runIo } = capture(true);
    const code = await runCheck(["check", DUMAI, "--format", "html", "-o", out, "--lang", "en"], runIo);
    expect(code).toBe(1);
    expect(io.out).toBe("");
    const html = await readFile(out, "utf8");
    checkHtml(html);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("dumai-perubahan-3-1.xlsx");
    expect(html).toMatch(/Generated: <time/);
    expect(html).toContain('data-rule="total-mismatch"');
  });

  it("writes the page to stdout when it is not a terminal (redirected or piped)", async () => {
    const { io, runIo } = capture(false);
    expect(await runCheck(["check", DUMAI, "--format", "html"], runIo)).toBe(1);
    expect(io.out).toMatch(/^<!DOCTYPE html>/);
  });

  it("refuses to write a page to a terminal and says to give -o", async () => {
    const { io, runIo } = capture(true);
    expect(await runCheck(["check", DUMAI, "--format", "html"], runIo)).toBe(2);
    expect(io.out).toBe("");
    expect(io.err).toContain("-o report.html");
  });

  it("reports an unreadable file in the page and exits 2", async () => {
    const out = join(dir as string, "rusak.html");
    const { io, runIo } = capture();
    const missing = join(dir as string, "tidak-ada.xlsx");
    expect(await runCheck(["check", DUMAI, missing, "--format", "html", "-o", out], runIo)).toBe(2);
    expect(io.err).toContain("tidak-ada.xlsx");
    const text = textOf(await readFile(out, "utf8"));
    expect(text).toContain("Berkas yang tidak terbaca tidak-ada.xlsx : cannot read");
  });
});
