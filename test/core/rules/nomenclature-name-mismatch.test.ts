// nomenclature-name-mismatch: a known code whose name is not the official one (warning).
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import { builtinRules, fixtureIssues, rencana, rowOf } from "./nomenclature-fixtures.js";

const RULE = "nomenclature-name-mismatch";
const nameIssues = async (id: string) => (await fixtureIssues(id)).filter((i) => i.rule === RULE);

describe("on the seed fixtures", () => {
  it("flags Kutai Kartanegara APBD-P's misnamed rows with the official names", async () => {
    const issues = await nameIssues("kukar-apbdp");
    const at = (row: number) => issues.find((i) => i.row === row);
    expect(at(57)).toMatchObject({ severity: "warning", column: "B", actual: "Penyediaan Perumahan", expected: "Penyediaan Permakanan" });
    expect(at(58)).toMatchObject({ actual: "Penyediaan Alat Bantu", expected: "Penyediaan Sandang" });
    expect(at(57)?.message).toBe(
      'Nama untuk kode 1.06.04.2.01.0001 berbeda dengan nomenklatur Kepmendagri 900.1.15.5-1317/2023: "Penyediaan Perumahan", seharusnya "Penyediaan Permakanan".',
    );
    for (const row of [53, 54]) expect(at(row)?.expected, `row ${row}`).toMatch(/dari Titik Debarkasi di Daerah/);
    // 'Urusan Pemerintah Daerah Kabupaten Kota': the word differs (Pemerintahan), not only the Kab/Kota wording.
    expect(at(6)?.expected).toBe("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA");
    expect(at(25)).toMatchObject({ actual: "Penyediaan Barang Cetak dan Penggandaan", expected: "Penyediaan Barang Cetakan dan Penggandaan" });
  });

  it("checks every bidang, not only the seeds' two", () => {
    const issues = checkGrid(rencana([["1.01.02.2.01.0001", "Pembangunan Sekolah Baru"]]), {}, builtinRules).report.issues.filter((i) => i.rule === RULE);
    expect(issues.map((i) => i.expected)).toEqual(["Pembangunan Unit Sekolah Baru (USB)"]);
  });

  // Every other coded row of these tables is named as the 1317/2023 lampiran names it, allowing for the
  // seeds' case, spacing, punctuation and Kabupaten/Kota variants (`Kabupaten / Kota`, `Anak- Anak`,
  // `Pajak dan` / `Pajak, dan`, `Penganggaran dan` / `Penganggaran, dan`, `Bagi` / `bagi`). Every seed writes
  // X.XX.01.2.06.0005 'Penyediaan Barang Cetak dan Penggandaan'; the lampiran (and SIPD 2027) say 'Barang Cetakan'.
  it.each([
    ["kukar-apbdp", [6, 25, 53, 54, 57, 58]],
    ["kukar-evaluasi-1", [9, 31]],
    // Rows 46 ('Kewenangan Kabupaten/Kota' left out, as before the 2023 decree) and 90 (a name cut after 'serta' by the
    // page) are wording, not naming mistakes: not flagged.
    ["dumai-perubahan-3-1", [25]],
    ["bengkalis-rumusan", [21, 49, 63, 66, 87]], // 'Gelandangan dan Pengemis'; 'Perumahan'; 'Spritual'; Taruna coded 01
    ["tarakan-evaluasi-1", [15, 67, 68]], // 'Lembaga Masyarakat' for 'Lembaga Kemasyarakatan'
    ["tarakan-rencana-8", [16]],
    ["dumai-evaluasi-2-1", []], // no codes
  ])("%s: flags exactly rows %j", async (id, rows) => {
    expect((await nameIssues(id)).map((i) => i.row)).toEqual(rows);
  });
});

describe("on written grids", () => {
  const check = (rows: Parameters<typeof rencana>[0], lang: "id" | "en" = "id", bidang?: string) =>
    checkGrid(rencana(rows), { lang, ...(bidang ? { bidang } : {}) }, builtinRules).report.issues.filter((i) => i.rule === RULE);

  it("matches a 2-digit sub kegiatan to its 4-digit entry and says so in English", () => {
    const issues = check([["1.06.04.2.01.01", "Penyediaan Makanan Pokok"]], "en");
    expect(issues).toEqual([
      expect.objectContaining({ row: rowOf(0), column: "B", expected: "Penyediaan Permakanan", actual: "Penyediaan Makanan Pokok", message: expect.stringMatching(/^The name of code 1\.06\.04\.2\.01\.0001 differs from the nomenclature .*officially "Penyediaan Permakanan"\.$/) }),
    ]);
  });

  it("matches the cross-cutting X.XX entries against the sheet's own bidang", () => {
    const issues = check([
      ["2.13.01.2.02.0001", "Penyediaan Gaji dan Tunjangan PNS"],
      ["1.06.01.2.02.0002", "Penyediaan Administrasi Pelaksanaan Tugas ASN"],
    ]);
    expect(issues.map((i) => [i.row, i.expected])).toEqual([[rowOf(0), "Penyediaan Gaji dan Tunjangan ASN"]]);
  });

  it("reads codes written without urusan and bidang (01.2.02.01) against X.XX", () => {
    const issues = check([["01.2.02.01", "Penyediaan Gaji ASN"]]);
    expect(issues.map((i) => i.expected)).toEqual(["Penyediaan Gaji dan Tunjangan ASN"]);
  });

  it("accepts case, spacing, punctuation, Kabupaten/Kota wording and a leading level word", () => {
    expect(
      check([
        ["1.06.02.2.03", "pengembangan potensi sumber kesejahteraan sosial daerah kab/kota"],
        ["1.06.05.2.02.0001", "Pendataan  Fakir Miskin Cakupan Kabupaten / Kota"],
        ["1.06.05.2.01", "Kegiatan Pemeliharaan Anak- Anak Terlantar"],
        ["1.06.04", "PROGRAM REHABILITASI SOSIAL"],
      ]),
    ).toEqual([]);
  });

  it("leaves codes the catalogue does not list, empty names and unusable codes alone", () => {
    expect(
      check([
        ["1.02.02.2.01.0099", "Pelayanan Kesehatan"],
        ["1.06.04.2.01.0099", "Sub kegiatan baru"],
        ["1.06.04.2.01.0003", ""],
        ["2.13.04.2.01.0", "Nama apa saja"],
      ]),
    ).toEqual([]);
  });

  it("is not run without the catalogue", () => {
    expect(checkGrid(rencana([["1.06.04.2.01.0001", "Penyediaan Perumahan"]])).report.issues.filter((i) => i.rule === RULE)).toEqual([]);
  });
});

describe("wording that is not a naming mistake", () => {
  it("accepts a name without the Kewenangan Kabupaten/Kota phrase the 2023 decree added, and a long name cut short by a page", () => {
    const rows: [string, string][] = [
      ["1.06.02.2.03.0004", "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat"],
      ["1.06.04.2.01.0001", "Penyediaan Permakanan"],
      ["2.13.05.2.01", "Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa dan Lembaga Adat Tingkat Daerah Kabupaten/Kota serta"],
    ];
    const issues = checkGrid(rencana(rows), {}, builtinRules).report.issues.filter((i) => i.rule === RULE);
    expect(issues).toEqual([]);
  });

  it("still flags a short name that is only the start of the official one, and another word", () => {
    const rows: [string, string][] = [
      ["1.06.04.2.01.0002", "Penyediaan"],
      ["1.06.04.2.01.0003", "Penyediaan Alat Bantu Dengar"],
    ];
    const issues = checkGrid(rencana(rows), {}, builtinRules).report.issues.filter((i) => i.rule === RULE);
    expect(issues.map((i) => i.actual)).toEqual(["Penyediaan", "Penyediaan Alat Bantu Dengar"]);
  });
});
