// The nomenclature rules on another bidang than the seeds': a Dinas PUPR table of 2027 made from SIPD's official
// list (test/fixtures/nomenclature/pupr-rencana-2027) with two wrong names, one unit off and one renumbered code.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../../cli/main.js";
import { buildWorkbook } from "../../fixtures/build-fixtures.js";
import { readMeta, readTsv } from "../../fixtures/fixture-files.js";

const DIR = join(import.meta.dirname, "../../fixtures/nomenclature");
const ID = "pupr-rencana-2027";
const tmp = mkdtempSync(join(tmpdir(), "renja-pupr-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const meta = readMeta(ID, DIR);

interface Issue {
  rule: string;
  row: number;
  column?: string;
  expected?: string;
  actual?: string;
  message: string;
}

/** The fixture's report from `renja check --format json`, as a user gets it. */
async function report(...extra: string[]): Promise<{ issues: Issue[]; nomenclature?: unknown }> {
  const file = join(tmp, `${ID}.xlsx`);
  writeFileSync(file, Buffer.from(await buildWorkbook(meta, readTsv(ID, DIR)).xlsx.writeBuffer()));
  let out = "";
  const code = await main(["check", file, "--format", "json", ...extra], (s) => (out += s), () => undefined);
  expect(code).toBe(0);
  const sheets = (JSON.parse(out) as { sheets: { issues: Issue[]; nomenclature?: unknown }[] }).sheets;
  const [sheet] = sheets;
  if (!sheet) throw new Error("no sheet");
  return sheet;
}

describe("a Dinas PUPR table of 2027 made from the official list", () => {
  it("is checked against SIPD 2027 for kabupaten/kota, chosen by the title's year", async () => {
    expect((await report()).nomenclature).toEqual({ version: "SIPD 2027", pemda: "kabkota", chosenBy: "year", year: 2027 });
  });

  it("gives exactly the four findings of its four mistakes, with the official names, unit and code", async () => {
    const { issues } = await report();
    expect(issues.map((i) => ({ rule: i.rule, row: i.row, column: i.column }))).toEqual(meta.expected.map((e) => ({ rule: e.rule, row: e.row, column: e.column })));
    expect(issues.map((i) => i.expected)).toEqual([
      "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
      "Penyusunan Kebijakan terkait Penyelenggaraan Bangunan Gedung",
      "Laporan",
      '1.03.08.2.01.0031 "Pemeliharaan, Perawatan, dan Pemeriksaan Berkala Bangunan Gedung untuk Kepentingan Strategis Daerah Kabupaten/Kota"',
    ]);
    expect(issues[3]?.message).toBe(
      'Kode 1.03.08.2.01.0018 tidak ada dalam nomenklatur SIPD 2027; dalam SIPD 2027 kode ini menjadi 1.03.08.2.01.0031 "Pemeliharaan, Perawatan, dan Pemeriksaan Berkala Bangunan Gedung untuk Kepentingan Strategis Daerah Kabupaten/Kota".',
    );
  });

  it("checked against the 1317/2023 lampiran instead (--nomenclature-version), lists the old code and not the one SIPD added", async () => {
    const { issues, nomenclature } = await report("--nomenclature-version", "1317", "--lang", "en");
    expect(nomenclature).toEqual({ version: "Kepmendagri 900.1.15.5-1317/2023", pemda: "kabkota", chosenBy: "setting" });
    expect(issues.map((i) => [i.rule, i.row])).toEqual([
      ["nomenclature-name-mismatch", 9],
      ["nomenclature-name-mismatch", 14],
      ["nomenclature-unknown", 16], // 1.03.08.2.01.0025 is new in SIPD 2027 (no previous code)
    ]);
  });
});
