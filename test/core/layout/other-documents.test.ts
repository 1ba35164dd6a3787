// Renstra tables and DPA lists (domain §10): read as the nearest family, said so, money per year summed on its own.
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import { dpaList, renstra, threeLevelTargets } from "./other-tables.js";

describe("Renstra (targets and funds per plan year, a Satuan column)", () => {
  it("is read as a rencana from a Renstra, with a target and a pagu column per year", () => {
    const report = checkGrid(renstra(false)).report;
    expect(report.family).toBe("rencana");
    expect(report.document).toBe("renstra");
    const roles = report.columns.map((c) => c.role);
    expect(roles.filter((r) => r === "pagu")).toHaveLength(5);
    expect(roles.filter((r) => r === "target")).toHaveLength(5);
    expect(roles).toContain("satuan");
    expect(report.columns.find((c) => c.column === "Q")?.role).toBe("pagu-renstra");
  });

  it("says which numeric column it did not understand (the baseline of the plan)", () => {
    expect(checkGrid(renstra(false)).report.unreadColumns).toEqual([{ column: "E", header: "data capaian pada tahun awal perencanaan" }]);
  });

  it("sums each year's money on its own: a wrong year 3 is found there and nowhere else", () => {
    const mismatches = checkGrid(renstra(true)).report.issues.filter((i) => i.rule === "total-mismatch");
    expect(mismatches.map((i) => `${i.column}${i.row}`)).toEqual(["K10"]);
  });

  it("reports no error or warning on a consistent Renstra", () => {
    const issues = checkGrid(renstra(false)).report.issues.filter((i) => i.severity !== "info" && !i.rule.startsWith("nomenclature"));
    expect(issues).toEqual([]);
  });
});

describe("DPA list of sub kegiatan (pagu, sumber dana, lokasi, start and end month)", () => {
  it("is read as a rencana from a DPA, its months left alone", () => {
    const report = checkGrid(dpaList()).report;
    expect(report.family).toBe("rencana");
    expect(report.document).toBe("dpa");
    expect(report.columns.map((c) => `${c.column}:${c.role}`)).toEqual(["A:no", "B:kode", "C:name", "D:sumber-dana", "E:lokasi", "H:pagu"]);
    expect(report.unreadColumns).toEqual([]);
    expect(report.summary).toMatchObject({ subKegiatan: 4 });
  });

  it("invents no parents: no error or warning on the flat list", () => {
    const issues = checkGrid(dpaList()).report.issues.filter((i) => i.severity !== "info" && !i.rule.startsWith("nomenclature"));
    expect(issues).toEqual([]);
  });
});

describe("documents are named from evidence", () => {
  it("a DPA list without its title is still one by its start and end month", () => {
    const g = dpaList();
    const rows = g.rows.map((r, i) => (i === 0 ? ["DAFTAR SUB KEGIATAN DINAS SOSIAL TAHUN 2024"] : [...r]));
    expect(checkGrid({ ...g, rows }).report.document).toBe("dpa");
  });

  it("a Renja with a Waktu Pelaksanaan column beside its targets is not called a DPA", () => {
    const g = threeLevelTargets();
    const rows = g.rows.map((r, i) => (i === 2 ? [...r, "Waktu Pelaksanaan"] : i > 2 ? [...r, "Januari - Desember"] : [...r]));
    const report = checkGrid({ ...g, rows }).report;
    expect(report.family).toBe("rencana");
    expect(report.document).toBeUndefined();
  });

  it("a Renja plan is neither a Renstra nor a DPA", () => {
    expect(checkGrid(threeLevelTargets()).report.document).toBeUndefined();
  });
});
