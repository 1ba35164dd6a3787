// A SIPD Renja print (domain §10): grouped money columns each summed on its own, split code under a spanning numbering cell.
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import { columnLetter } from "../../../core/grid.js";
import { detectLayout } from "../../../core/layout/detect-layout.js";
import { HEADER_VOCABULARY } from "../../../core/layout/header-words.js";
import { withoutMerges } from "./grids.js";
import { SIPD, sipdPrint } from "./sipd-print.js";

const letter = (k: keyof typeof SIPD) => columnLetter(SIPD[k]);

/** The same print as three readers hand it over: with merges, without, and with merged cells filled in. */
const READS = [
  { name: "with merges", read: <G extends ReturnType<typeof sipdPrint>["grid"]>(g: G) => g },
  { name: "without merges", read: <G extends ReturnType<typeof sipdPrint>["grid"]>(g: G) => withoutMerges(g, false) },
  { name: "merged cells filled in", read: <G extends ReturnType<typeof sipdPrint>["grid"]>(g: G) => withoutMerges(g, true) },
];

describe.each(READS)("SIPD print, $name", ({ read }) => {
  it("gives each money column of Pagu Indikatif its own role, none a change column, and ignores the text groups", () => {
    const report = checkGrid(read(sipdPrint(3, false).grid)).report;
    const roles = Object.fromEntries(report.columns.map((c) => [c.column, c.role]));
    expect(roles).toMatchObject({
      [letter("no")]: "no",
      [letter("name")]: "name",
      [letter("indicator")]: "indicator",
      [letter("targetBefore")]: "target-before",
      [letter("targetAfter")]: "target-after",
      [letter("rkpd")]: "pagu",
      [letter("apbd")]: "pagu",
      [letter("rkpdP")]: "pagu",
      [letter("targetMaju")]: "target-forward",
      [letter("paguMaju")]: "pagu-forward",
    });
    expect(report.columns.filter((c) => c.role === "kode-part").map((c) => c.column)).toEqual(["B", "C", "D", "E", "F"]);
    for (const k of ["nasional", "daerah", "sasaran"] as const) expect(roles[letter(k)]).toBeUndefined();
    expect(report.columns.some((c) => c.role.startsWith("change"))).toBe(false);
    expect(report.unreadColumns).toEqual([]);
    expect(report.summary).toMatchObject({ program: 1, kegiatan: 3, subKegiatan: 6 });
  });

  it("finds all twelve kegiatan whose totals do not add up, each in its own column (RKPD, APBD, RKPD Perubahan)", () => {
    const print = sipdPrint(12, true);
    const found = checkGrid(read(print.grid)).report.issues.filter((i) => i.rule === "total-mismatch").map((i) => `${i.column}${i.row}`);
    expect(found.sort()).toEqual(print.wrong.map((w) => `${columnLetter(w.col)}${w.row}`).sort());
    expect(new Set(found.map((f) => f[0])).size).toBe(3);
  });

  it("reports no error or warning on a consistent print", () => {
    const issues = checkGrid(read(sipdPrint(12, false).grid)).report.issues.filter((i) => i.severity !== "info" && !i.rule.startsWith("nomenclature"));
    expect(issues).toEqual([]);
  });
});

describe("SIPD print details", () => {
  it("reads the numbering row whose 2 spans the five code cells", () => {
    const g = sipdPrint(2, false).grid;
    const layout = detectLayout(g);
    expect(layout?.numberingRow).toBe(5);
    expect(layout?.columns.find((c) => c.role === "indicator")?.number).toBe(4);
  });

  it("trims line breaks in target cells: `\\n4 Laporan` is 4 Laporan, `80\\n100 %\\n%` stays text, neither is not-a-number", () => {
    const print = sipdPrint(2, false);
    const issues = checkGrid(print.grid).report.issues.filter((i) => i.row === print.lineBreakRow || i.rule === "not-a-number" || i.rule === "unit-mismatch");
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("lists APBD 2024 as an unread column when the vocabulary lacks the word for it", () => {
    const g = sipdPrint(3, false).grid;
    const reduced = { ...HEADER_VOCABULARY, words: HEADER_VOCABULARY.words.filter((w) => !w.needsNumbers) };
    const unread = detectLayout(g, reduced)?.unread?.map((u) => `${u.letter}: ${u.header}`);
    expect(unread).toContain(`${letter("apbd")}: capaian kinerja dan kerangka pendanaan > pagu indikatif (rp) > apbd 2024`);
    expect(detectLayout(g)?.unread).toEqual([]);
  });

  it("lists a column headed APBD 2024 outside any money group in the report's unreadColumns", () => {
    const g = sipdPrint(3, false).grid;
    const rows = g.rows.map((r) => [...r]);
    // The print without its group label: APBD 2024 stands alone in its header.
    for (const h of [2, 3, 4]) (rows[h] as unknown[])[SIPD.apbd] = h === 2 ? "APBD 2024" : null;
    const merges = (g.merges ?? []).filter((m) => !(m.left <= SIPD.apbd && m.right >= SIPD.apbd && m.top >= 3));
    const report = checkGrid({ ...g, rows, merges: [...merges.filter((m) => !(m.top === 2 && m.left === 8)), { top: 2, left: 8, bottom: 2, right: 10 }, { top: 2, left: SIPD.apbd, bottom: 4, right: SIPD.apbd }, { top: 2, left: 12, bottom: 2, right: 12 }] }).report;
    expect(report.unreadColumns).toContainEqual({ column: letter("apbd"), header: "apbd 2024" });
    expect(report.columns.find((c) => c.column === letter("apbd"))).toBeUndefined();
  });
});

describe("SIPD print, a sub kegiatan new in the APBD", () => {
  it("has a pagu when any of its money columns holds one (no missing-budget for an empty RKPD 2024)", () => {
    const print = sipdPrint(2, false);
    const rows = print.grid.rows.map((r) => [...r]);
    const sub = print.grid.row(4) - 1;
    (rows[sub] as unknown[])[SIPD.rkpd] = null;
    const issues = checkGrid({ ...print.grid, rows }).report.issues;
    expect(issues.filter((i) => i.rule === "missing-budget")).toEqual([]);
    (rows[sub] as unknown[])[SIPD.apbd] = null;
    (rows[sub] as unknown[])[SIPD.rkpdP] = null;
    (rows[sub] as unknown[])[SIPD.paguMaju] = null;
    const none = checkGrid({ ...print.grid, rows }).report.issues.filter((i) => i.rule === "missing-budget");
    expect(none.map((i) => `${i.column}${i.row}`)).toEqual([`${letter("rkpd")}${print.grid.row(4)}`]);
  });
});

describe("SIPD print, header repeated after a page break", () => {
  it("reads the copied header and numbering rows as a repeat: the same findings as without them", () => {
    const print = sipdPrint(6, true);
    const g = print.grid;
    const cut = g.row(10) - 1;
    const copy = g.rows.slice(2, 6).map((r) => [...r]);
    const rows = [...g.rows.slice(0, cut), ...copy, ...g.rows.slice(cut)];
    const report = checkGrid({ ...g, rows }).report;
    const shift = (row: number) => (row > cut ? row + copy.length : row);
    const found = report.issues.filter((i) => i.severity !== "info" && !i.rule.startsWith("nomenclature")).map((i) => `${i.rule}@${i.column}${i.row}`);
    expect(found.sort()).toEqual(print.wrong.map((w) => `total-mismatch@${columnLetter(w.col)}${shift(w.row)}`).sort());
  });
});
