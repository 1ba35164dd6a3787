// The built-in catalogue and the catalogue schema: valid, traceable to the seeds, and strict about codes.
import { describe, expect, it } from "vitest";
import { builtinCatalogue } from "../../../core/nomenclature/builtin.js";
import { canonicalCatalogueCode, catalogueLevel } from "../../../core/nomenclature/code.js";
import { buildIndex } from "../../../core/nomenclature/lookup.js";
import { parseCatalogue } from "../../../core/nomenclature/schema.js";

const catalogue = builtinCatalogue();
const byCode = new Map(catalogue.entries.map((e) => [e.code, e]));

/** Parent of a catalogue code (the kegiatan `2.01` is one segment). */
function parent(code: string): string | null {
  const parts = code.split(".");
  if (parts.length <= 1) return null;
  return parts.slice(0, parts.length === 5 ? 3 : parts.length - 1).join(".");
}

describe("built-in catalogue", () => {
  it("says which version of the nomenclature it is, and that it is partial", () => {
    expect(catalogue.version).toMatch(/050-5889\/2021/);
    expect(catalogue.version).toMatch(/900\.1\.15\.5-1317\/2023/);
    expect(catalogue.version).toMatch(/sebagian/);
  });

  it("holds well over a hundred coded names across all five levels", () => {
    const levels = [1, 2, 3, 4, 5].map((l) => catalogue.entries.filter((e) => e.level === l).length);
    expect(catalogue.entries.length).toBeGreaterThan(120);
    expect(levels.every((n) => n > 0)).toBe(true);
    expect(levels[4]).toBeGreaterThan(90);
  });

  it("covers Bidang Sosial, PMD and the cross-cutting support program only", () => {
    for (const e of catalogue.entries) {
      expect(["1", "2"].includes(e.code) || /^(1\.06|2\.13|X\.XX\.01)(\.|$)/.test(e.code), e.code).toBe(true);
    }
    expect(byCode.has("1.06.01")).toBe(false); // the support program is listed once, as X.XX.01
  });

  it("lists every entry's parent, except under the cross-cutting program's own root (a closed catalogue)", () => {
    expect(buildIndex(catalogue).closed).toBe(true);
    for (const e of catalogue.entries) {
      const p = parent(e.code);
      if (p === null || p === "X.XX") continue;
      expect(byCode.has(p), `${e.code} without ${p}`).toBe(true);
    }
  });

  it("records for every entry where it came from (seed and line numbers)", () => {
    for (const e of catalogue.entries) expect(e.source, e.code).toMatch(/\b00[0-4]:\d+/);
    expect(Object.keys(catalogue.sources ?? {})).toEqual(["000", "001", "002", "004"]);
  });

  it("decides the Kutai Kartanegara misnamings by the majority of the seeds", () => {
    const permakanan = byCode.get("1.06.04.2.01.0001");
    expect(permakanan?.name).toBe("Penyediaan Permakanan");
    expect(permakanan?.source).toMatch(/004:428 "Penyediaan Perumahan"/);
    const sandang = byCode.get("1.06.04.2.01.0002");
    expect(sandang?.name).toBe("Penyediaan Sandang");
    expect(sandang?.source).toMatch(/004:429 "Penyediaan Alat Bantu"/);
  });

  it("records units only as words, and the indicator where the seeds give one", () => {
    for (const e of catalogue.entries) if (e.unit) expect(e.unit).toMatch(/^[A-Za-z/]+$/);
    expect(byCode.get("1.06.06.2.01.0001")).toMatchObject({ unit: "Orang", indicator: expect.stringMatching(/^Jumlah Orang/) });
    expect(byCode.get("X.XX.01.2.07.0005")?.unit).toBeUndefined(); // Pengadaan Mebel: the seeds' targets disagree with the indicator
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
