// Renstra tables and DPA lists (domain §10): read as the nearest family, said so, money per year summed on its own.
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import { dpaList, renstra } from "./other-tables.js";

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
