// The built-in catalogue (generated from data/nomenklatur/ by `npm run catalogue`) and the catalogue schema:
// every version valid and whole, the official names, and strict about codes.
import { describe, expect, it } from "vitest";
import { BUILTIN_DATA } from "../../../core/nomenclature/builtin-data.js";
import { builtinCatalogue, builtinSets } from "../../../core/nomenclature/builtin.js";
import { canonicalCatalogueCode, catalogueLevel } from "../../../core/nomenclature/code.js";
import { buildIndex } from "../../../core/nomenclature/lookup.js";
import { parseCatalogue } from "../../../core/nomenclature/schema.js";
import type { Catalogue } from "../../../core/nomenclature/types.js";

const LAMPIRAN = "Kepmendagri 900.1.15.5-1317/2023";
const catalogue = builtinCatalogue();
const byCode = new Map(catalogue.entries.map((e) => [e.code, e]));
const sets = builtinSets().map((info) => ({ info, catalogue: builtinCatalogue(info.version, info.pemda) }));

/** Parent of a catalogue code (the kegiatan `2.01` is one segment). */
function parent(code: string): string | null {
  const parts = code.split(".");
  if (parts.length <= 1) return null;
  return parts.slice(0, parts.length === 5 ? 3 : parts.length - 1).join(".");
}

/** Kegiatan lead digits of a catalogue's own codes (not the cross-cutting X.XX). */
const leadDigits = (c: Catalogue) => new Set(c.entries.filter((e) => e.level >= 4).map((e) => e.code.split(".")[3]?.[0]));

describe("built-in catalogue", () => {
  it("names its versions, pemda and budget years: the 1317/2023 lampiran for 2024-2026, SIPD 2027 from 2027", () => {
    expect(builtinSets().map((s) => [s.version, s.pemda, s.from, s.to])).toEqual([
      [LAMPIRAN, "kabkota", 2024, 2026],
      ["SIPD 2027", "prov", 2027, undefined],
      ["SIPD 2027", "kabkota", 2027, undefined],
    ]);
    expect(catalogue).toMatchObject({ version: LAMPIRAN, pemda: "kabkota" });
  });

  it("holds every level of every list, as many entries as its summary says (the data README's counts)", () => {
    const counts = sets.map(({ catalogue: c }) => [1, 2, 3, 4, 5].map((l) => c.entries.filter((e) => e.level === l).length));
    expect(counts).toEqual(sets.map(({ info }) => info.counts));
    // 1317: 10 urusan and 45 bidang in the lampiran, less the placeholders X and X.XX; SIPD: 4,031 PROV and 3,550 KABKOT rows.
    expect(counts).toEqual([
      [9, 44, 188, 729, 3395],
      [9, 49, 217, 912, 4031],
      [9, 44, 189, 713, 3550],
    ]);
  });

  it.each(sets.map((s) => [`${s.info.version} ${s.info.pemda}`, s.catalogue] as const))("%s is a valid catalogue that lists every entry's parent", (_, c) => {
    const parsed = parseCatalogue(c);
    expect(parsed.ok ? "" : parsed.message).toBe("");
    expect(buildIndex(c).closed).toBe(true);
    const codes = new Set(c.entries.map((e) => e.code));
    const orphans = c.entries.filter((e) => {
      const p = parent(e.code);
      return p !== null && p !== "X.XX" && !codes.has(p);
    });
    expect(orphans.map((e) => e.code)).toEqual([]);
  });

  it("keeps provinsi (kegiatan lead digit 1) and kabupaten/kota (2) apart", () => {
    const [lampiran, prov, kab] = sets.map((s) => leadDigits(s.catalogue));
    expect(prov?.has("1") && !prov.has("2")).toBe(true);
    expect(kab?.has("2") && !kab.has("1")).toBe(true);
    expect(lampiran?.has("2") && !lampiran.has("1")).toBe(true);
  });

  it("gives the official names, with the PDF's spacing undone", () => {
    expect(byCode.get("1.06.04.2.01.0001")?.name).toBe("Penyediaan Permakanan");
    expect(byCode.get("1.06.04.2.01.0002")?.name).toBe("Penyediaan Sandang");
    expect(byCode.get("X.XX.01.2.01.0001")?.name).toBe("Penyusunan Dokumen Perencanaan Perangkat Daerah");
    expect(byCode.get("X.XX.01.2.01.0005")?.name).toBe("Koordinasi dan Penyusunan Perubahan DPA-SKPD");
    for (const { catalogue: c } of sets) for (const e of c.entries) expect(e.name, e.code).not.toMatch(/\s{2}|\n|^\s|\s$/);
  });

  it("gives every sub kegiatan its kinerja, indikator and satuan", () => {
    for (const { catalogue: c } of sets) {
      const subs = c.entries.filter((e) => e.level === 5);
      const missing = subs.filter((e) => !e.performance || !e.indicator || !e.unit).map((e) => e.code);
      expect(missing.length, `${c.version} ${c.pemda}: ${missing.slice(0, 5).join(", ")}`).toBeLessThan(subs.length / 100);
    }
    expect(byCode.get("1.06.06.2.01.0001")).toMatchObject({ unit: "Orang", indicator: expect.stringMatching(/^Jumlah Orang/) });
  });

  it("keeps the code and name SIPD 2027 gives as a sub kegiatan's previous one", () => {
    const kab = builtinCatalogue("SIPD 2027", "kabkota");
    expect(kab.entries.find((e) => e.code === "1.02.02.2.02.0053")).toMatchObject({ previousCode: "1.02.02.2.02.0028", previousName: expect.stringMatching(/^Pengambilan dan Pengiriman Spesimen/) });
    expect(builtinCatalogue("SIPD 2027", "prov").entries.filter((e) => e.previousCode).length + kab.entries.filter((e) => e.previousCode).length).toBe(346);
  });

  it("is kept as strings until a check reads it", () => {
    expect([typeof BUILTIN_DATA.words, typeof BUILTIN_DATA.texts, ...BUILTIN_DATA.sets.map((s) => typeof s)]).toEqual(["string", "string", "string", "string", "string"]);
  });
});

describe("catalogue codes", () => {
  it.each([
    ["1.06.04.2.01.01", "1.06.04.2.01.0001"],
    ["1.06.04.2.01.1", "1.06.04.2.01.0001"],
    [" 1.06.04.2.01.0012 ", "1.06.04.2.01.0012"],
    ["x.xx.01.2.02.0001", "X.XX.01.2.02.0001"],
    ["X.XX.01", "X.XX.01"],
    ["2.13", "2.13"],
  ])("%s → %s", (raw, canonical) => {
    expect(canonicalCatalogueCode(raw)).toBe(canonical);
  });

  it.each(["1.6.4", "01.06", "X", "X.XX", "1.XX.01", "X.06.01", "1.06.04.2.01.00001", "1.06.04.0001", "abc"])("rejects %s", (raw) => {
    expect(canonicalCatalogueCode(raw)).toBeNull();
  });

  it("gives levels by segments, the kegiatan counting as one", () => {
    expect(["1", "1.06", "1.06.04", "1.06.04.2.01", "X.XX.01.2.02.0001"].map(catalogueLevel)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("catalogue schema", () => {
  const entry = { code: "1.06.04.2.01.01", name: "Penyediaan Permakanan" };

  it("pads codes and fills the level", () => {
    const r = parseCatalogue({ version: "v", entries: [entry] });
    expect(r.ok && r.catalogue.entries[0]).toEqual({ code: "1.06.04.2.01.0001", level: 5, name: "Penyediaan Permakanan" });
  });

  it.each([
    [{ version: "v", entries: [{ ...entry, code: "1.6.4" }] }, /entries\.0\.code: "1\.6\.4" is not a code/],
    [{ version: "v", entries: [{ ...entry, level: 4 }] }, /entries\.0\.level: level 4 does not fit code 1\.06\.04\.2\.01\.0001/],
    [{ version: "v", entries: [entry, { ...entry, code: "1.06.04.2.01.0001" }] }, /entries\.1\.code: code 1\.06\.04\.2\.01\.0001 is listed twice/],
    [{ entries: [entry] }, /version/],
    [{ version: "v", entries: [{ code: "1.06" }] }, /entries\.0\.name/],
  ])("says what is wrong: %#", (raw, message) => {
    const r = parseCatalogue(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
