// Headers written flat (a group's words and the leaf in one label), page-break repeats with an edited label, and ratio columns in groups laid out another way.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import { detectLayout } from "../../../core/layout/detect-layout.js";
import { cutFlatLabels } from "../../../core/layout/flat-labels.js";
import type { CellValue } from "../../../core/grid.js";
import { sheet } from "./grids.js";

const roles = (header: CellValue[][], spans: [number, number, number, number?][], data: CellValue[][]) =>
  detectLayout(sheet("Tabel", header, spans, data))?.columns.map((c) => `${c.letter} ${c.role}${c.quarter ? ` ${c.quarter}` : ""}`);

describe("flat labels cut where their neighbours' wording parts", () => {
  it("cuts a quarter header flattened into one row into group, quarter and measure", () => {
    const tw = (q: string, m: string) => `realisasi kinerja pada triwulan ${q} ${m}`;
    expect(cutFlatLabels([[tw("i", "k"), tw("i", "rp"), tw("ii", "k"), tw("ii", "rp")]])[0]).toEqual([
      ["realisasi kinerja pada triwulan", "i", "k"],
      ["realisasi kinerja pada triwulan", "i", "rp"],
      ["realisasi kinerja pada triwulan", "ii", "k"],
      ["realisasi kinerja pada triwulan", "ii", "rp"],
    ]);
  });

  it("steps over one column inserted into the group (a generated metamorphic case once read triwulan I as the total)", () => {
    const tw = (q: string, m: string) => `realisasi kinerja pada triwulan ${q} ${m}`;
    const cut = cutFlatLabels([[tw("i", "k"), tw("i", "rp"), "nomor urut prioritas", tw("ii", "k"), tw("ii", "rp")]])[0];
    expect(cut?.[0]).toEqual(["realisasi kinerja pada triwulan", "i", "k"]);
    expect(cut?.[1]).toEqual(["realisasi kinerja pada triwulan", "i", "rp"]);
    expect(cut?.[2]).toEqual(["nomor urut prioritas"]);
    // Two unrelated columns end the run: what lies beyond them is another group.
    const apart = cutFlatLabels([[tw("i", "k"), tw("i", "rp"), "nomor urut", "catatan", tw("ii", "k")]])[0];
    expect(apart?.[0]).toEqual(["realisasi kinerja pada triwulan i", "k"]);
  });

  it("leaves labels whole that share fewer than two leading words or stand under other labels", () => {
    expect(cutFlatLabels([["target capaian program", "target keluaran", "catatan penting"]])[0]).toEqual([["target capaian program"], ["target keluaran"], ["catatan penting"]]);
    const cut = cutFlatLabels([
      ["pagu", "realisasi"],
      ["anggaran tahun ini k", "anggaran tahun ini rp"],
    ]);
    expect(cut[1]).toEqual([["anggaran tahun ini k"], ["anggaran tahun ini rp"]]);
  });

  it("cuts only the last word off two siblings whose group differs in one reworded word", () => {
    expect(cutFlatLabels([["realisasi kinerja dan anggaran tahun ini k", "realisasi kinerja dan biaya tahun ini rp"]])[0]).toEqual([
      ["realisasi kinerja dan anggaran tahun ini", "k"],
      ["realisasi kinerja dan biaya tahun ini", "rp"],
    ]);
  });

  it("property: a group of two or more words over distinct one-word leaves is cut into the group and each leaf", () => {
    const word = fc.constantFrom("target", "realisasi", "kinerja", "anggaran", "renja", "tahun", "2024", "capaian", "program", "dan");
    const leaf = fc.constantFrom("k", "rp", "satuan", "bertambah", "berkurang", "sebelum", "sesudah", "%");
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 6 }), fc.uniqueArray(leaf, { minLength: 2, maxLength: 5 }), (group, leaves) => {
        const g = group.join(" ");
        expect(cutFlatLabels([leaves.map((l) => `${g} ${l}`)])[0]).toEqual(leaves.map((l) => [g, l]));
      }),
    );
  });
});

describe("a header written over one row reads as the same header over several", () => {
  const program = ["1.06.01", "PROGRAM PENUNJANG", "Persentase layanan"];

  it("Dumai Tabel 2.1 flattened: the group's target and quarters, each column's own measure", () => {
    const g = "Target Kinerja dan Anggaran Renja Tahun 2024";
    const tw = (q: string, m: string) => `Realisasi Kinerja Pada Triwulan ${q} ${m}`;
    const header = [["Kode", "Uraian", "Indikator Kinerja", `${g} K`, `${g} Satuan`, `${g} Rp`, tw("I", "K"), tw("I", "Rp"), tw("II", "K"), tw("II", "Rp")]];
    expect(roles(header, [], [[...program, "100", "%", "1000", "50", "400", "50", "600"]])).toEqual([
      "A kode",
      "B name",
      "C indicator",
      "D target",
      "E satuan",
      "F pagu",
      "G tw-k 1",
      "H tw-rp 1",
      "I tw-k 2",
      "J tw-rp 2",
    ]);
  });

  it("Dumai Tabel 3.1 flattened: `Bertambah/Berkurang (Rp) Bertambah` is the bertambah column of the pair", () => {
    const header = [["Kode", "Uraian", "Pagu Indikatif (Rp) Sebelum Perubahan", "Pagu Indikatif (Rp) Sesudah Perubahan", "Bertambah/Berkurang (Rp) Bertambah", "Bertambah/Berkurang (Rp) Berkurang"]];
    expect(roles(header, [], [["1.06.01", "PROGRAM PENUNJANG", "1000", "1200", "200", "0"]])).toEqual([
      "A kode",
      "B name",
      "C pagu-before",
      "D pagu-after",
      "E change-plus",
      "F change-minus",
    ]);
  });

  it("Kutai Kartanegara Tabel 1 flattened: the last words decide target, realisation and percentage; indicators stay indicators", () => {
    const g = "Target dan Realisasi Kinerja Program dan Kegiatan Tahun Berjalan (2024)";
    const header = [["Kode", "Uraian", "Indikator Kinerja Program", "Indikator Kinerja Kegiatan", `${g} Target RENJA-PD Tahun (2024)`, `${g} Realisasi RENJA-PD Triwulan II`, `${g} Tingkat Realisasi (%)`]];
    expect(roles(header, [], [[...program, null, "100", "50", "50"]])).toEqual(["A kode", "B name", "C indicator", "D indicator", "E target", "F realisasi-k", "G capaian-k"]);
  });
});

describe("a page-break copy of a header row is told by most of its labels, whichever label was edited", () => {
  it("recognises the copy whose first label reads `Kode Rekening` instead of `Kode`", () => {
    const header = ["Kode", "Uraian", "Indikator Kinerja", "Target", "Pagu Indikatif (Rp)", "Realisasi"];
    const g = sheet("Tabel", [header], [], [
      ["1.06.01", "PROGRAM PENUNJANG", "Persentase", "100", "1000", "90"],
      ["Kode Rekening", ...header.slice(1)],
      ["1.06.01.2.01", "Kegiatan Perencanaan", "Dokumen", "2", "1000", "2"],
    ]);
    const layout = detectLayout(g);
    expect([...(layout?.repeatedHeaderRows ?? [])]).toEqual([g.row(1) - 1]);
  });
});

describe("a percentage column is paired with the realisation and target of its own header group, wherever they stand", () => {
  const top = (first: string, second: string, third: string) => [["Kode", "Uraian", "Indikator", first, null, second, null, third, null], [null, null, null, "K", "Rp", "K", "Rp", "K", "Rp"]];
  const spans: [number, number, number, number?][] = [[0, 0, 0, 2], [0, 1, 1, 2], [0, 2, 2, 2], [0, 3, 4], [0, 5, 6], [0, 7, 8]];
  const target = "Target Kinerja dan Anggaran Renja Tahun 2024";
  const real = "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi";
  const ratio = "Tingkat Capaian Kinerja dan Realisasi Anggaran (%)";
  const mismatches = (header: CellValue[][], row: CellValue[]) =>
    checkGrid(sheet("Tabel 2.1", header, spans, [["1.06.01", "PROGRAM PENUNJANG", "Persentase", ...row]]))
      .report.issues.filter((i) => i.rule === "ratio-mismatch")
      .map((i) => i.column);

  it("finds the wrong K percentage in the usual order and with the groups reversed", () => {
    expect(mismatches(top(target, real, ratio), ["10", "1000", "5", "500", "80", "50"])).toEqual(["H"]);
    expect(mismatches(top(ratio, real, target), ["80", "50", "5", "500", "10", "1000"])).toEqual(["D"]);
  });
});
