// nomenclature-unknown: a well-formed code the loaded nomenclature does not list (info).
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import { builtinCatalogue, builtinSets } from "../../../core/nomenclature/builtin.js";
import { buildIndex } from "../../../core/nomenclature/lookup.js";
import { nomenclatureRules } from "../../../core/nomenclature/rules.js";
import { builtinRules, fixtureIssues, rencana, rowOf } from "./nomenclature-fixtures.js";

const RULE = "nomenclature-unknown";

describe("on the seed fixtures", () => {
  it("flags Dumai's two sub kegiatan coded under kegiatan that do not exist (2.02, 2.03)", async () => {
    const issues = (await fixtureIssues("dumai-perubahan-3-1")).filter((i) => i.rule === RULE);
    expect(issues.map((i) => [i.row, i.actual, i.severity, i.column])).toEqual([
      [96, "2.13.05.2.02.0010", "info", undefined],
      [97, "2.13.05.2.03.0011", "info", undefined],
    ]);
    expect(issues[0]?.message).toBe("Kode 2.13.05.2.02.0010 tidak ada dalam nomenklatur Kepmendagri 900.1.15.5-1317/2023.");
  });

  it.each(["kukar-apbdp", "kukar-evaluasi-1", "tarakan-evaluasi-1", "tarakan-rencana-8", "bengkalis-rumusan", "dumai-evaluasi-2-1"])("finds every code of %s in the 1317/2023 lampiran", async (id) => {
    expect((await fixtureIssues(id)).filter((i) => i.rule === RULE)).toEqual([]);
  });
});

describe("on written grids", () => {
  const check = (rows: Parameters<typeof rencana>[0], rules = builtinRules) => checkGrid(rencana(rows), { lang: "en" }, rules).report.issues.filter((i) => i.rule === RULE);

  it("reports an unlisted code in a covered bidang on the kode cell", () => {
    expect(check([["1.06.04.2.01.0099", "Sub kegiatan baru"]])).toEqual([
      expect.objectContaining({ row: rowOf(0), column: "A", severity: "info", actual: "1.06.04.2.01.0099", message: expect.stringMatching(/^Code 1\.06\.04\.2\.01\.0099 is not in the nomenclature Kepmendagri/) }),
    ]);
  });

  it("reports an unlisted support sub kegiatan of any bidang, also written without urusan and bidang", () => {
    expect(check([["1.02.01.2.02.0099", "x"]]).map((i) => i.actual)).toEqual(["1.02.01.2.02.0099"]);
    expect(check([["01.2.02.99", "y"]]).map((i) => i.actual)).toEqual(["01.2.02.0099"]);
  });

  it("stays quiet about bidang the nomenclature does not have, and about malformed codes", () => {
    expect(check([["1.09.02.2.01.0001", "Bidang yang tidak ada"], ["2.01.02", "Program lain"], ["01.06.09", "PROGRAM BARU"], ["04.2.01.99", "tanpa bidang"]])).toEqual([]);
  });

  it("reports an unlisted code once, on its highest row, counting the rows under it", () => {
    const rows: Parameters<typeof rencana>[0] = [
      ["1.06.09", "PROGRAM BARU"],
      ["1.06.09.2.01", "Kegiatan baru"],
      ["1.06.09.2.01.0001", "Sub kegiatan baru 1"],
      ["1.06.09.2.01.0002", "Sub kegiatan baru 2"],
      ["1.06.04.2.01.0001", "Penyediaan Permakanan"],
      ["1.06.04.2.01.0042", "Sub kegiatan tak dikenal"],
    ];
    const en = check(rows);
    expect(en.map((i) => [i.row, i.actual])).toEqual([
      [rowOf(0), "1.06.09"],
      [rowOf(5), "1.06.04.2.01.0042"],
    ]);
    expect(en[0]?.message).toMatch(/^Code 1\.06\.09 \(and 3 codes under it\) is not in the nomenclature/);
    const id = checkGrid(rencana(rows), {}, builtinRules).report.issues.filter((i) => i.rule === RULE);
    expect(id[0]?.message).toMatch(/^Kode 1\.06\.09 \(beserta 3 kode di bawahnya\) tidak ada dalam nomenklatur/);
  });

  it("still finds a listed code under an unlisted one when the catalogue lists children without parents", () => {
    const open = nomenclatureRules({ version: "uji", entries: [{ code: "1.06", level: 2, name: "SOSIAL" }, { code: "1.06.09.2.01.0001", level: 5, name: "Sub terdaftar" }] });
    const issues = checkGrid(rencana([["1.06.09", "PROGRAM BARU"], ["1.06.09.2.01", "Kegiatan baru"], ["1.06.09.2.01.0001", "Sub lain"]]), { lang: "en" }, open).report.issues;
    expect(issues.filter((i) => i.rule === RULE).map((i) => i.message)).toEqual(["Code 1.06.09 (and 1 code under it) is not in the nomenclature uji."]);
    expect(issues.filter((i) => i.rule === "nomenclature-name-mismatch").map((i) => i.expected)).toEqual(["Sub terdaftar"]);
  });

  it("knows only what the loaded catalogue lists", () => {
    const tiny = nomenclatureRules({ version: "uji", entries: [{ code: "1.06", level: 2, name: "URUSAN PEMERINTAHAN BIDANG SOSIAL" }] });
    expect(check([["1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL"], ["1.06.04", "PROGRAM REHABILITASI SOSIAL"]], tiny).map((i) => [i.actual, i.message])).toEqual([["1.06.04", "Code 1.06.04 is not in the nomenclature uji."]]);
  });
});

describe("on every seed fixture, with the built-in lists", () => {
  const all = builtinSets().map((s) => buildIndex(builtinCatalogue(s.version, s.pemda)));
  it.each(["bengkalis-rumusan", "dumai-evaluasi-2-1", "dumai-perubahan-3-1", "kukar-apbdp", "kukar-evaluasi-1", "tarakan-evaluasi-1", "tarakan-rencana-8"])(
    "%s: no code of an official list is reported unknown",
    async (id) => {
      const unknown = (await fixtureIssues(id)).filter((i) => i.rule === RULE).map((i) => i.actualValue ?? "");
      expect(unknown.filter((code) => all.some((index) => index.lookup(code) !== null))).toEqual([]);
    },
  );
});
