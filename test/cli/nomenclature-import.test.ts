// `renja nomenclature import`: the lampiran as users have it in Excel and SIPD's export → catalogue JSON, and
// `renja check --nomenclature` with it. Small lampiran files are written here with exceljs; the real lists are
// the project's copies in data/nomenklatur/.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import { importLampiran, LampiranError } from "../../cli/nomenclature-import.js";
import { sipdToCatalogues } from "../../cli/nomenclature-import-sipd.js";
import { readUnitAliases } from "../../cli/nomenclature-units.js";
import { readGrids } from "../../cli/read-file.js";
import { builtinCatalogue } from "../../core/nomenclature/builtin.js";
import type { Catalogue, CatalogueEntry } from "../../core/nomenclature/types.js";
import { builtinCatalogues, catalogueModuleText, LAMPIRAN, SATUAN, SIPD } from "../../scripts/catalogue-module.js";

const dir = mkdtempSync(join(tmpdir(), "renja-lampiran-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FIXTURES = join(import.meta.dirname, "../fixtures/xlsx");

type Cell = string | number | null;
const HEADER: Cell[] = ["URUSAN", "BIDANG", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "NOMENKLATUR URUSAN KABUPATEN/KOTA", "KINERJA", "INDIKATOR", "SATUAN"];

/** The code cells as a lampiran writes them: unpadded numbers (`1 | 6 | 4 | 2.01 | 1`), `X | XX` for the support program. */
function codeCells(code: string): Cell[] {
  const p = code.split(".");
  const num = (s: string | undefined) => (s === undefined ? null : s === "X" || s === "XX" ? s : Number(s));
  return [num(p[0]), num(p[1]), num(p[2]), p[3] === undefined ? null : Number(`${p[3]}.${p[4]}`), num(p[5])];
}

const entryRow = (e: CatalogueEntry): Cell[] => [...codeCells(e.code), e.name, e.performance ?? null, e.indicator ?? null, e.unit ?? null];

interface Sheet {
  rows: Cell[][];
  header?: Cell[];
  /** Merges in A1 notation, for data (header merges are added here). */
  merges?: string[];
  title?: string | null;
}

/** Writes a lampiran: title (row 1), two-row header (rows 3-4, KODE merged over A3:E3), numbering row 5, data from row 6. */
async function writeLampiran(name: string, sheet: Sheet): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lampiran I");
  const header = sheet.header ?? HEADER;
  ws.getRow(1).getCell(1).value = sheet.title === undefined ? "LAMPIRAN KEPUTUSAN MENTERI DALAM NEGERI NOMOR 900.1.15.5-1317 TAHUN 2023" : sheet.title;
  header.forEach((h, c) => {
    const top = c < 5 ? 3 : 3;
    if (c < 5) ws.getRow(4).getCell(c + 1).value = h;
    else ws.getRow(top).getCell(c + 1).value = h;
  });
  ws.getRow(3).getCell(1).value = "KODE";
  ws.mergeCells("A3:E3");
  for (let c = 6; c <= header.length; c++) ws.mergeCells(3, c, 4, c);
  header.forEach((_, c) => (ws.getRow(5).getCell(c + 1).value = c + 1));
  sheet.rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getRow(6 + i).getCell(c + 1).value = v)));
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

/** Urusan 1 and 2, bidang Sosial and PMD, and the support program: a lampiran-sized sample of the 1317 list. */
const builtin = { ...builtinCatalogue(), entries: builtinCatalogue().entries.filter((e) => e.code === "1" || e.code === "2" || /^(1\.06|2\.13|X\.XX\.01)(\.|$)/.test(e.code)) };
const pick = (e: CatalogueEntry) => ({ code: e.code, level: e.level, name: e.name, indicator: e.indicator, unit: e.unit });

describe("renja nomenclature import", () => {
  it("reads the built-in catalogue back from a lampiran written from it", async () => {
    const file = await writeLampiran("builtin.xlsx", { rows: builtin.entries.map(entryRow) });
    const outFile = join(dir, "builtin.json");
    const r = await run(["nomenclature", "import", file, "-o", outFile]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/351 entries from sheet "Lampiran I" \(header row 4\): 2 urusan, 2 bidang, 14 program, 61 kegiatan, 272 sub kegiatan, kabkota/);
    expect(r.err).not.toMatch(/warning/);
    const json = JSON.parse(readFileSync(outFile, "utf8"));
    expect(json.version).toBe("LAMPIRAN KEPUTUSAN MENTERI DALAM NEGERI NOMOR 900.1.15.5-1317 TAHUN 2023");
    expect(json.entries.map(pick)).toEqual(builtin.entries.map(pick));
    expect(json.entries[0].source).toBe("builtin.xlsx row 6");
  });

  it("prints the catalogue when no -o is given, with the version asked for", async () => {
    const file = await writeLampiran("small.xlsx", { rows: builtin.entries.slice(0, 3).map(entryRow), title: null });
    const r = await run(["nomenclature", "import", file, "--catalogue-version", "Kepmendagri 900.1.15.5-1317/2023"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ version: "Kepmendagri 900.1.15.5-1317/2023", entries: [{ code: "X.XX.01" }, { code: "X.XX.01.2.01" }, { code: "X.XX.01.2.01.0001" }] });
  });

  it("fills vertically merged code cells (one URUSAN and BIDANG cell over a whole block)", async () => {
    const codes = ["1.06.04", "1.06.04.2.01", "1.06.04.2.01.0001", "1.06.04.2.01.0002"];
    const rows = codes.map((c) => entryRow(builtin.entries.find((e) => e.code === c) as CatalogueEntry));
    for (const r of rows.slice(1)) [r[0], r[1]] = [null, null];
    const file = await writeLampiran("merged.xlsx", { rows, merges: ["A6:A9", "B6:B9", "C6:C9"] });
    const { catalogue, warnings } = await importLampiran(file);
    expect(catalogue.entries.map((e) => e.code)).toEqual(codes);
    expect(warnings).toEqual([]);
  });

  it("reads a kegiatan typed 2.10 (Excel keeps the number 2.1), also when it arrives as the text 2.1", async () => {
    const row = (k: Cell, s: Cell, name: string): Cell[] => [1, 6, 4, k, s, name, null, null, null];
    const file = await writeLampiran("kegiatan-2-10.xlsx", { rows: [row(2.1, null, "Kegiatan sepuluh"), row(2.1, 1, "Sub pertama"), row("2.1", 2, "Sub kedua"), row(2.01, 1, "Sub dari 2.01")] });
    const { catalogue, warnings } = await importLampiran(file);
    expect(catalogue.entries.map((e) => e.code)).toEqual(["1.06.04.2.10", "1.06.04.2.10.0001", "1.06.04.2.10.0002", "1.06.04.2.01.0001"]);
    expect(warnings).toEqual(["1 kegiatan cell written like 2.1 was read as 2.10"]);
  });

  it("lists the rows it cannot read in a warning instead of dropping them silently", async () => {
    const good = entryRow(builtin.entries.find((e) => e.code === "1.06.04.2.01.0001") as CatalogueEntry);
    const rows: Cell[][] = [good, [1, 6, "A", 2.01, 1, "Kode rusak", null, null, null], [1, 6, 4, "2.0", 1, "Kegiatan terpotong", null, null, null], [null, null, null, null, null, "Teks tanpa kode", null, null, null], [1, 6, 4, 2.01, 2, null, null, null, null], good];
    const file = await writeLampiran("unreadable.xlsx", { rows });
    const r = await run(["nomenclature", "import", file, "-o", join(dir, "unreadable.json")]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("warning: 5 rows could not be read and were left out:");
    expect(r.err).toMatch(/row 7: code "1 \| 6 \| A \| 2\.01 \| 1" holds text \("A 2\.01 1"\)/);
    expect(r.err).toMatch(/row 8: code "1 \| 6 \| 4 \| 2\.0 \| 1" cannot be read \(segment truncated\)/);
    expect(r.err).toContain('row 9: no code ("Teks tanpa kode")');
    expect(r.err).toContain("row 10: code 1.06.04.2.01.0002 has no name");
    expect(r.err).toContain("row 11: code 1.06.04.2.01.0001 repeats row 6; the first is kept");
  });

  it("says which columns are missing", async () => {
    const header = HEADER.filter((h) => h !== "SUB KEGIATAN" && h !== "NOMENKLATUR URUSAN KABUPATEN/KOTA");
    const file = await writeLampiran("missing.xlsx", { header: ["URUSAN", "BIDANG", "PROGRAM", "KEGIATAN", "URAIAN", ...header.slice(4)], rows: [[1, 6, 4, 2.01, "Nama", null, null, null]] });
    const r = await run(["nomenclature", "import", file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/sheet "Lampiran I", header row 4: no SUB KEGIATAN, NOMENKLATUR columns/);
    await expect(importLampiran(file)).rejects.toBeInstanceOf(LampiranError);
  });

  it("imports without SATUAN, saying that units are not imported", async () => {
    const file = await writeLampiran("no-satuan.xlsx", { header: HEADER.slice(0, 8), rows: builtin.entries.slice(0, 4).map((e) => entryRow(e).slice(0, 8)) });
    const { catalogue, warnings } = await importLampiran(file);
    expect(catalogue.entries).toHaveLength(4);
    expect(warnings).toEqual(["no SATUAN column: units are not imported"]);
  });

  it("says what it looked for when no sheet has a lampiran header, and when the file is not there", async () => {
    const file = await writeLampiran("no-header.xlsx", { header: ["Kode", "Uraian", "Pagu", "", "", "", "", "", ""], rows: [] });
    const r = await run(["nomenclature", "import", file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/has no lampiran header: looked for a row with URUSAN, BIDANG, PROGRAM, KEGIATAN, SUB KEGIATAN, NOMENKLATUR/);
    const missing = await run(["nomenclature", "import", join(dir, "nope.xlsx")]);
    expect(missing).toMatchObject({ code: 2, err: expect.stringMatching(/cannot read .*nope\.xlsx: ENOENT/) });
    expect((await run(["nomenclature", "export", file])).code).toBe(2);
  });
});

describe("renja check --nomenclature", () => {
  const kukar = join(FIXTURES, "kukar-apbdp.xlsx");
  const nameFindings = (out: string) => (JSON.parse(out) as { sheets: { issues: { rule: string; row: number; expected?: string }[] }[] }).sheets.flatMap((s) => s.issues).filter((i) => i.rule.startsWith("nomenclature-"));

  it("checks with an imported catalogue, by default with the built-in one, and not at all with --no-nomenclature", async () => {
    const entries = builtin.entries.filter((e) => e.code.startsWith("1.06.04.2.01"));
    const file = await writeLampiran("rehab.xlsx", { rows: entries.map(entryRow) });
    const catalogue = join(dir, "rehab.json");
    expect((await run(["nomenclature", "import", file, "-o", catalogue, "--catalogue-version", "lampiran uji"])).code).toBe(0);

    const imported = await run(["check", kukar, "--format", "json", "--nomenclature", catalogue]);
    expect(imported.code).toBe(1); // the sheet's own errors (total-mismatch)
    const found = nameFindings(imported.out);
    expect(found.filter((i) => i.rule === "nomenclature-name-mismatch").map((i) => [i.row, i.expected])).toEqual([
      [57, "Penyediaan Permakanan"],
      [58, "Penyediaan Sandang"],
    ]);
    expect(JSON.stringify(found)).toContain("lampiran uji");

    const byDefault = nameFindings((await run(["check", kukar, "--format", "json"])).out);
    expect(byDefault.filter((i) => i.rule === "nomenclature-name-mismatch").map((i) => i.row)).toEqual([6, 25, 53, 54, 57, 58]);

    expect(nameFindings((await run(["check", kukar, "--format", "json", "--no-nomenclature"])).out)).toEqual([]);
  });

  it("stops with exit status 2 when the catalogue file cannot be used", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ version: "v", entries: [{ code: "1.6.4", name: "x" }] }));
    const r = await run(["check", kukar, "--nomenclature", bad]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nomenclature .*bad\.json is not a catalogue: entries\.0\.code: "1\.6\.4" is not a code/);
    writeFileSync(bad, "{ not json");
    expect((await run(["check", kukar, "--nomenclature", bad])).err).toMatch(/is not JSON .*renja nomenclature import/);
  });
});

describe("the official lists in data/nomenklatur/", () => {
  const DATA = join(import.meta.dirname, "../../data/nomenklatur");
  const lampiranFile = join(DATA, LAMPIRAN.file);
  const sipdFile = join(DATA, SIPD.file);
  // Each file is read once (they are large); the tests below share the reads.
  const read = (async () => {
    const lampiran = await importLampiran(lampiranFile, { version: LAMPIRAN.version });
    const [grid] = await readGrids(sipdFile);
    if (!grid) throw new Error(`${SIPD.file} has no sheet`);
    const sipd = sipdToCatalogues(grid, SIPD.version, SIPD.file);
    const units = await readUnitAliases(join(DATA, SATUAN));
    return { lampiran, sipd, units };
  })();
  const levelsOf = (c: Catalogue) => [1, 2, 3, 4, 5].map((l) => c.entries.filter((e) => e.level === l).length);

  it("reads the 1317/2023 lampiran as the data README counts it: 10 urusan, 45 bidang, 188 program, 729 kegiatan, 3,395 sub kegiatan", async () => {
    const { lampiran } = await read;
    expect(lampiran.warnings).toEqual([]);
    // The placeholder rows urusan X and bidang X.XX are counted by the README and not kept.
    expect(lampiran.placeholders).toBe(2);
    expect(levelsOf(lampiran.catalogue)).toEqual([10 - 1, 45 - 1, 188, 729, 3395]);
    expect(lampiran.catalogue.pemda).toBe("kabkota");
    const subs = lampiran.catalogue.entries.filter((e) => e.level === 5);
    expect(subs.filter((e) => !e.performance || !e.indicator || !e.unit).map((e) => e.code)).toEqual([]);
  });

  it("undoes the lampiran's PDF spacing and hyphen splits, and keeps the official text otherwise", async () => {
    const { lampiran } = await read;
    const at = (code: string) => lampiran.catalogue.entries.find((e) => e.code === code);
    expect(at("X.XX.01.2.01.0001")).toMatchObject({ name: "Penyusunan Dokumen Perencanaan Perangkat Daerah", performance: "Tersusunnya Dokumen Perencanaan Perangkat Daerah", unit: "Dokumen" });
    expect(at("X.XX.01.2.01.0002")?.performance).toBe("Tersedianya Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD");
    expect(at("X.XX.01.2.01.0005")?.name).toBe("Koordinasi dan Penyusunan Perubahan DPA-SKPD");
    expect(at("1")?.name).toBe("URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR");
    expect(at("1.06.04.2.01.0001")?.source).toMatch(/^kepmendagri-900\.1\.15\.5-1317-2023-kabkota\.xlsx row \d+$/);
    for (const e of lampiran.catalogue.entries) for (const t of [e.name, e.performance, e.indicator, e.unit]) if (t) expect(t, e.code).not.toMatch(/\s{2}|\n|\p{L}- (?=\p{L})/u);
  });

  it("reads SIPD's 2027 export per pemda: 4,031 PROV and 3,550 KABKOT sub kegiatan; 50 bidang, 220 program, 1,427 kegiatan in all", async () => {
    const { sipd } = await read;
    expect(sipd.warnings).toEqual([]);
    expect(sipd.rows).toEqual({ prov: 4031, kabkota: 3550 });
    const [prov, kab] = sipd.catalogues;
    expect([prov?.pemda, kab?.pemda]).toEqual(["prov", "kabkota"]);
    expect(prov && levelsOf(prov)).toEqual([0, 49, 217, 912, 4031]);
    expect(kab && levelsOf(kab)).toEqual([0, 44, 189, 713, 3550]);
    const union = (level: number) => new Set(sipd.catalogues.flatMap((c) => c.entries.filter((e) => e.level === level).map((e) => e.code))).size;
    // The README counts the placeholder bidang X.XX too.
    expect([union(2) + 1, union(3), union(4)]).toEqual([50, 220, 1427]);
  });

  it("splits SIPD's 'code name' cells, trims units and keeps SUBKEGIATAN SEBELUMNYA", async () => {
    const { sipd } = await read;
    const [prov, kab] = sipd.catalogues;
    expect(prov?.entries.find((e) => e.code === "1.01.02.1.01.0001")).toMatchObject({ name: "Pembangunan USB (Unit Sekolah Baru)", unit: "Unit", indicator: "Jumlah Sekolah Baru yang Telah Dibangun" });
    expect(prov?.entries.find((e) => e.code === "1.01")?.name).toBe("URUSAN PEMERINTAHAN BIDANG PENDIDIKAN");
    expect(prov?.entries.find((e) => e.code === "X.XX.01.1.01.0002")?.name).toBe("Koordinasi dan Penyusunan Dokumen RKA-SKPD");
    expect(kab?.entries.find((e) => e.code === "1.02.02.2.02.0053")).toMatchObject({ previousCode: "1.02.02.2.02.0028" });
    const all = sipd.catalogues.flatMap((c) => c.entries);
    expect(all.filter((e) => e.unit !== undefined && e.unit !== e.unit.trim())).toEqual([]);
    expect(all.filter((e) => e.previousCode !== undefined)).toHaveLength(346);
  });

  it("reads satuan.xlsx's other names as one unit (persen = %)", async () => {
    const { units } = await read;
    expect(units.split("\n")).toEqual(expect.arrayContaining(["%|persen", "lbr|lembar", "oh|orang/hari|oranghari"]));
  });

  it("gives exactly the committed built-in catalogue (npm run catalogue has been run)", async () => {
    const { lampiran, sipd, units } = await read;
    const committed = readFileSync(join(import.meta.dirname, "../../core/nomenclature/builtin-data.ts"), "utf8");
    expect(catalogueModuleText(builtinCatalogues(lampiran, sipd), units) === committed, "core/nomenclature/builtin-data.ts is stale: run npm run catalogue").toBe(true);
  });

  it("imports the SIPD export from the command line, one pemda per catalogue", async () => {
    const out = join(dir, "sipd-prov.json");
    const r = await run(["nomenclature", "import", sipdFile, "--pemda", "prov", "--catalogue-version", "SIPD 2027", "-o", out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/5209 entries from sheet "Worksheet" \(header row 1\): 0 urusan, 49 bidang, 217 program, 912 kegiatan, 4031 sub kegiatan, prov; version "SIPD 2027"/);
    expect(r.err).toContain("3550 kabupaten/kota (KABKOT) rows left out");
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ version: "SIPD 2027", pemda: "prov" });
    expect((await run(["nomenclature", "import", sipdFile, "--pemda", "kota"])).code).toBe(2);
  });
});
