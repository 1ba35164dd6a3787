// Targets at several levels (domain §10): which target columns are a row's own, from header words and the data.
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import { headerTargetLevels, ownTargetColumns } from "../../../core/layout/target-levels.js";
import { threeLevelTargets } from "./other-tables.js";

describe("target header words", () => {
  it.each([
    ["target capaian program", [1, 2, 3]],
    ["target kinerja hasil (outcome)", [1, 2, 3]],
    ["target keluaran", [4, 5]],
    ["target kinerja kegiatan / sub kegiatan", [4, 5]],
    ["target output", [4, 5]],
    ["target capaian kinerja > sub kegiatan > sebelum perubahan", [5]],
    ["target program dan kegiatan/sub kegiatan renja tahun 2023", null],
    ["target kinerja tahun 2024 > target", null],
  ] as const)("%s → %j", (header, levels) => {
    expect(headerTargetLevels(header)).toEqual(levels);
  });
});

describe("Tabel 3.1 with Target Capaian Program, Target Keluaran and Capaian Kinerja (%) side by side", () => {
  const check = (repeat: boolean) => {
    const { report, table } = checkGrid(threeLevelTargets(repeat));
    if (!table) throw new Error("no table");
    return { report, table };
  };

  it("reads the program's outcome column for programs and the output column for kegiatan and sub kegiatan", () => {
    const { table } = check(true);
    expect(ownTargetColumns(table, 3).map((c) => c.letter)).toEqual(["D"]);
    expect(ownTargetColumns(table, 4).map((c) => c.letter)).toEqual(["E"]);
    expect(ownTargetColumns(table, 5).map((c) => c.letter)).toEqual(["E"]);
  });

  it("finds the sub kegiatan without its own output target although the program's 100 % is repeated on its row", () => {
    const { report } = check(true);
    expect(report.issues.filter((i) => i.rule === "missing-target").map((i) => `${i.column}${i.row}`)).toEqual(["E7"]);
  });

  it("reads a program-worded column whose rows carry values of their own as every row's target", () => {
    const { report, table } = check(false);
    expect(ownTargetColumns(table, 5).map((c) => c.letter)).toEqual(["D", "E"]);
    expect(report.issues.filter((i) => i.rule === "missing-target")).toEqual([]);
  });

  it("does not read Capaian Kinerja (%) as a ratio to check against a realisation the table does not have", () => {
    const { report } = check(true);
    expect(report.family).toBe("rencana");
    expect(report.columns.find((c) => c.column === "F")?.role).toBe("capaian-k");
    expect(report.issues.filter((i) => ["ratio-mismatch", "over-target", "not-a-number", "unit-mismatch"].includes(i.rule))).toEqual([]);
  });
});

describe("the same Tabel 3.1 worded otherwise", () => {
  const PROGRAM = ["Target Capaian Program", "Target Outcome", "Target Kinerja Hasil Program", "Target Capaian Kinerja Program (%)"];
  const OUTPUT = ["Target Keluaran", "Target Output", "Target Kinerja Kegiatan / Sub Kegiatan", "Target Keluaran Kegiatan/Sub Kegiatan"];
  const cases = PROGRAM.flatMap((p) => OUTPUT.map((o) => [p, o] as const));

  it.each(cases)("%s | %s: the missing own target is found, the program's repeated target is not read for it", (program, output) => {
    const g = threeLevelTargets(true);
    const rows = g.rows.map((r, i) => (i === 2 ? r.map((v, c) => (c === 3 ? program : c === 4 ? output : v)) : [...r]));
    const report = checkGrid({ ...g, rows }).report;
    expect(report.issues.filter((i) => i.rule === "missing-target").map((i) => `${i.column}${i.row}`)).toEqual(["E7"]);
  });

  it("with the two target columns swapped, the finding moves with the output column", () => {
    const g = threeLevelTargets(true);
    const rows = g.rows.map((r) => {
      const out = [...r];
      [out[3], out[4]] = [r[4] ?? null, r[3] ?? null];
      return out;
    });
    const report = checkGrid({ ...g, rows }).report;
    expect(report.issues.filter((i) => i.rule === "missing-target").map((i) => `${i.column}${i.row}`)).toEqual(["D7"]);
  });
});

describe("a program target repeated below the program, written a little otherwise", () => {
  it.each([
    ["100%", "100 %", ["E7"]],
    // The program row then has no target of its own: that is the finding on it.
    [null, "100 %", ["D4", "E7"]],
  ])("program row %j, rows below %j: still the program's column", (program, below, expected) => {
    const g = threeLevelTargets(true);
    const rows = g.rows.map((r, i) => (i < 3 ? [...r] : r.map((v, c) => (c === 3 ? (i === 3 ? program : below) : v))));
    const report = checkGrid({ ...g, rows }).report;
    expect(report.issues.filter((i) => i.rule === "missing-target").map((i) => `${i.column}${i.row}`)).toEqual(expected);
  });
});
