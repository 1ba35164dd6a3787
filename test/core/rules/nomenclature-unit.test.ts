// nomenclature-unit-mismatch: a row's own target in another unit than the nomenclature's indicator counts (info).
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import { targetColumnLevel } from "../../../core/layout/target-levels.js";
import { nomenclatureRules } from "../../../core/nomenclature/rules.js";
import { builtinRules, fixtureIssues, rencana, rowOf } from "./nomenclature-fixtures.js";

const RULE = "nomenclature-unit-mismatch";
const catalogueUnitIssues = async (id: string) => (await fixtureIssues(id)).filter((i) => i.rule === RULE);

describe("on the seed fixtures", () => {
  it("flags Kutai Kartanegara's disaster aid counted in KK where the nomenclature counts Orang", async () => {
    const issues = await catalogueUnitIssues("kukar-apbdp");
    const kk = issues.filter((i) => i.actual === "KK").map((i) => `${i.column}${i.row}`);
    expect(kk).toEqual(["E83", "I83", "L83", "E84", "I84", "L84"]);
    expect(issues.find((i) => i.row === 83)).toMatchObject({
      severity: "info",
      expected: "Orang",
      expectedValue: "Orang",
      actualValue: "KK",
      message: expect.stringMatching(/^Satuan target E \(.*\) \(KK\) berbeda dengan satuan indikator kode 1\.06\.06\.2\.01\.0001 dalam nomenklatur Kepmendagri 900\.1\.15\.5-1317\/2023 \(Orang\)\.$/),
    });
    // The old rule id is the within-row unit check's alone now.
    expect((await fixtureIssues("kukar-apbdp")).filter((i) => i.rule === "unit-mismatch" && i.expected === "Orang")).toEqual([]);
  });

  it("reads only the target columns of the row's level (Dumai: program, sub kegiatan and kegiatan targets side by side)", async () => {
    expect(await catalogueUnitIssues("dumai-perubahan-3-1")).toEqual([]);
  });

  it("tells the level of a target column from a header segment that is only a level word", () => {
    expect(targetColumnLevel("target capaian kinerja > sub kegiatan > sebelum perubahan")).toBe(5);
    expect(targetColumnLevel("target capaian kinerja > kegiatan > sesudah perubahan")).toBe(4);
    expect(targetColumnLevel("target capaian kinerja > program > sebelum perubahan")).toBe(3);
    expect(targetColumnLevel("target kinerja capaian program (renstra skpd) tahun 2024")).toBeNull();
  });
});

describe("on written grids", () => {
  const check = (rows: Parameters<typeof rencana>[0], lang: "id" | "en" = "id") => checkGrid(rencana(rows), { lang }, builtinRules).report.issues.filter((i) => i.rule === RULE);

  it("flags a target in another unit, in English too", () => {
    expect(check([["1.06.06.2.01.0001", "Penyediaan Makanan", "Jumlah Orang …", "150 KK"]], "en")).toEqual([
      expect.objectContaining({ row: rowOf(0), column: "E", expected: "Orang", actual: "KK", message: expect.stringMatching(/^The target unit in E .* \(KK\) differs from the unit of code 1\.06\.06\.2\.01\.0001's indicator in the nomenclature Kepmendagri 900\.1\.15\.5-1317\/2023 \(Orang\)\.$/) }),
    ]);
  });

  it("accepts the same unit written differently, a compound unit by its first word, and plain numbers", () => {
    expect(
      check([
        ["1.06.06.2.01.0001", "Penyediaan Makanan", "x", "150 orang"],
        ["1.06.04.2.01.0001", "Penyediaan Permakanan", "x", "200 Orang / Kali"],
        ["1.06.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "x", "26 Orang"],
        ["1.06.04.2.01.0003", "Penyediaan Alat Bantu", "x", "50"],
      ]),
    ).toEqual([]);
  });

  it("accepts a unit's other names from satuan.xlsx (persen = %) and one-letter slips in long units (Dokuman)", () => {
    const persen = nomenclatureRules({ version: "uji", entries: [{ code: "1.06.04.2.01.0001", level: 5, name: "Penyediaan Permakanan", unit: "Persen" }] });
    const unitsOf = (target: string) => checkGrid(rencana([["1.06.04.2.01.0001", "Penyediaan Permakanan", "x", target]]), {}, persen).report.issues.filter((i) => i.rule === RULE).map((i) => i.actual);
    expect(unitsOf("80 %")).toEqual([]);
    expect(unitsOf("80 Orang")).toEqual(["Orang"]);
    // X.XX.01.2.01.0001 counts Dokumen.
    expect(check([["1.06.01.2.01.0001", "x", "x", "2 Dokuman"]])).toEqual([]);
    expect(check([["1.06.01.2.01.0001", "x", "x", "2 Laporan"]]).map((i) => i.actual)).toEqual(["Laporan"]);
  });
});
