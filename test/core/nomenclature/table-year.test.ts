// Which version a table is checked against: its year (title, else headers), its pemda (kegiatan lead digit), the
// user's setting, and what the report says about it.
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import type { Grid } from "../../../core/grid.js";
import { nomenclatureRules } from "../../../core/nomenclature/rules.js";
import { builtinSource, findBuiltinVersion } from "../../../core/nomenclature/source.js";

/** A rencana table with `title` above the header, `target` as the target column's header and `rows` of code, name. */
function table(title: string | null, rows: [string, string][], target = "Target Capaian Kinerja"): Grid {
  return {
    name: "Rencana",
    rows: [
      ...(title === null ? [] : [[title], []]),
      ["Kode", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Lokasi", target, "Pagu Indikatif (Rp)"],
      [1, 2, 3, 4, 5, 6],
      ...rows.map(([code, name]) => [code, name, "Jumlah", "Kota", "1 Dokumen", 1_000_000]),
    ],
  };
}

const use = (g: Grid, version?: string) => checkGrid(g, {}, nomenclatureRules(builtinSource({ version }))).report.nomenclature;
const SUB = ["1.06.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah"] as [string, string];

describe("the version of a table", () => {
  it.each([
    ["RENCANA KERJA DINAS SOSIAL TAHUN 2024", { version: "Kepmendagri 900.1.15.5-1317/2023", chosenBy: "year", year: 2024 }],
    ["Rencana Kerja Tahun 2026", { version: "Kepmendagri 900.1.15.5-1317/2023", year: 2026 }],
    ["Rencana Kerja Tahun 2027", { version: "SIPD 2027", year: 2027 }],
    ["Renja 2031", { version: "SIPD 2027", year: 2031 }],
    ["Evaluasi Renja Tahun 2022", { version: "Kepmendagri 900.1.15.5-1317/2023", year: 2022 }], // before the lampiran: the earliest list there is
  ])("%s → %j", (title, expected) => {
    expect(use(table(title, [SUB]))).toMatchObject({ pemda: "kabkota", ...expected });
  });

  it("reads the year from the headers when the title names none", () => {
    expect(use(table(null, [SUB], "Target Renja Tahun 2027"))).toMatchObject({ version: "SIPD 2027", chosenBy: "year", year: 2027 });
  });

  it("takes the latest version when nothing names a year, and says so", () => {
    expect(use(table(null, [SUB]))).toEqual({ version: "SIPD 2027", pemda: "kabkota", chosenBy: "default" });
  });

  it("takes the provinsi list for a table whose kegiatan lead digit is 1", () => {
    expect(use(table("Renja Tahun 2027", [["1.01.02.1.01.0001", "Pembangunan USB (Unit Sekolah Baru)"]]))).toMatchObject({ version: "SIPD 2027", pemda: "prov" });
  });

  it("takes SIPD 2027's provinsi list for a provinsi table of 2024 (the 1317 lampiran has none), and says so", () => {
    expect(use(table("Renja Tahun 2024", [["1.01.02.1.01.0001", "Pembangunan USB (Unit Sekolah Baru)"]]))).toEqual({ version: "SIPD 2027", pemda: "prov", chosenBy: "year", year: 2024 });
  });

  it("follows the user's setting over the year", () => {
    expect(use(table("Renja Tahun 2024", [SUB]), "SIPD 2027")).toEqual({ version: "SIPD 2027", pemda: "kabkota", chosenBy: "setting" });
  });

  it("says a given catalogue's own version", () => {
    const report = checkGrid(table("Renja Tahun 2024", [SUB]), {}, nomenclatureRules({ version: "lampiran uji", entries: [] })).report;
    expect(report.nomenclature).toEqual({ version: "lampiran uji", chosenBy: "catalogue" });
    expect(checkGrid(table("Renja Tahun 2024", [SUB])).report.nomenclature).toBeUndefined();
  });

  it("finds a built-in version from what a user types", () => {
    expect(["2027", "sipd 2027", "1317", "Kepmendagri 900.1.15.5-1317/2023", "", "2099", "20"].map(findBuiltinVersion)).toEqual([
      "SIPD 2027",
      "SIPD 2027",
      "Kepmendagri 900.1.15.5-1317/2023",
      "Kepmendagri 900.1.15.5-1317/2023",
      null,
      null,
      null, // both versions hold "20"
    ]);
  });
});

describe("nomenclature-renamed", () => {
  const renamed = (title: string, rows: [string, string][]) =>
    checkGrid(table(title, rows), { lang: "en" }, nomenclatureRules(builtinSource())).report.issues.filter((i) => i.rule.startsWith("nomenclature-") && i.rule !== "nomenclature-name-mismatch");

  it("says what a 1317/2023 code became in a 2027 table (and does not also call it unknown)", () => {
    expect(renamed("Renja Tahun 2027", [["1.02.02.2.02.0028", "Pengambilan dan Pengiriman Spesimen Penyakit Potensial KLB ke Laboratorium Rujukan/Nasional"]])).toEqual([
      expect.objectContaining({
        rule: "nomenclature-renamed",
        severity: "info",
        expectedValue: "1.02.02.2.02.0053",
        actualValue: "1.02.02.2.02.0028",
        message: 'Code 1.02.02.2.02.0028 is not in the nomenclature SIPD 2027; in SIPD 2027 it became 1.02.02.2.02.0053 "Pengambilan, Pemeriksaan dan Pengiriman Spesimen Penyakit Potensial KLB ke Laboratorium Rujukan/Nasional".',
      }),
    ]);
  });

  it("says which 2027 code a 2024 table wrote, and the code it had before", () => {
    const [f] = renamed("Renja Tahun 2024", [["1.02.02.2.02.0053", "Pengambilan, Pemeriksaan dan Pengiriman Spesimen"]]);
    expect(f).toMatchObject({ rule: "nomenclature-renamed", expected: '1.02.02.2.02.0053 "Pengambilan, Pemeriksaan dan Pengiriman Spesimen Penyakit Potensial KLB ke Laboratorium Rujukan/Nasional" (formerly 1.02.02.2.02.0028)' });
  });

  it("maps a support-program code through X.XX in a given catalogue, and shows the new code as the sheet writes it", () => {
    const rules = nomenclatureRules({
      version: "uji",
      entries: [
        { code: "X.XX.01", level: 3, name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA" },
        { code: "X.XX.01.2.02", level: 4, name: "Administrasi Keuangan Perangkat Daerah" },
        { code: "X.XX.01.2.02.0009", level: 5, name: "Penyediaan Gaji dan Tunjangan ASN", previousCode: "X.XX.01.2.02.0001" },
      ],
    });
    const values = (code: string) =>
      checkGrid(table("Renja Tahun 2027", [["01.2.02", "Administrasi Keuangan Perangkat Daerah"], [code, "Penyediaan Gaji dan Tunjangan ASN"]]), {}, rules)
        .report.issues.filter((i) => i.rule === "nomenclature-renamed")
        .map((i) => [i.actualValue, i.expectedValue]);
    expect(values("01.2.02.01")).toEqual([["01.2.02.0001", "01.2.02.0009"]]);
    expect(values("2.13.01.2.02.0001")).toEqual([["2.13.01.2.02.0001", "2.13.01.2.02.0009"]]);
  });

  it("leaves a code no version maps to nomenclature-unknown", () => {
    expect(renamed("Renja Tahun 2027", [["1.06.01.2.01.0099", "Sub kegiatan baru"]]).map((i) => i.rule)).toEqual(["nomenclature-unknown"]);
  });
});
