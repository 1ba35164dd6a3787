// Name normalisation: case, spacing, punctuation, accents and Kabupaten/Kota wording do not count.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameKey, normalizeName } from "../../../core/nomenclature/normalize.js";

const OFFICIAL = "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota";

describe("normalizeName", () => {
  it.each([
    ["PENDATAAN FAKIR MISKIN CAKUPAN DAERAH KABUPATEN/KOTA", "upper case"],
    ["Pendataan  Fakir Miskin\nCakupan Daerah Kabupaten / Kota", "spacing and a line break"],
    ["Pendataan Fakir Miskin Cakupan Daerah Kab/Kota", "Kab/Kota"],
    ["Pendataan Fakir Miskin Cakupan Daerah Kabupaten Kota", "Kabupaten Kota (Kutai Kartanegara)"],
    ["Pendataan Fakir Miskin Cakupan Kabupaten/Kota", "without Daerah"],
    ["Pendataan Fakir Miskin Cakupan Kewenangan Kabupaten/Kota", "Kewenangan Kabupaten/Kota"],
    ["Pendataan Fakir Miskin Cakupan Daerah Kabu paten /Kota", "a PDF break inside the word (Dumai review)"],
    ["Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota.", "trailing punctuation"],
  ])("%s equals the official name (%s)", (written) => {
    expect(normalizeName(written)).toBe(normalizeName(OFFICIAL));
  });

  it("keeps words that differ", () => {
    expect(normalizeName("Penyediaan Perumahan")).not.toBe(normalizeName("Penyediaan Permakanan"));
    expect(normalizeName("Program Penunjang Urusan Pemerintah Daerah Kabupaten Kota")).not.toBe(normalizeName("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"));
    expect(normalizeName("Anak-Anak")).toBe(normalizeName("Anak- Anak"));
  });

  it("drops accents", () => {
    expect(normalizeName("Pénataan Désa")).toBe(normalizeName("Penataan Desa"));
  });

  it("nameKey also ignores a leading level word", () => {
    expect(nameKey("Kegiatan Pemeliharaan Anak-Anak Terlantar")).toBe(nameKey("Pemeliharaan Anak-Anak Terlantar"));
    expect(nameKey("PROGRAM REHABILITASI SOSIAL")).toBe(nameKey("Program Rehabilitasi Sosial"));
    expect(nameKey("Program")).toBe("program");
  });
});

/** Text with the characters sheets contain: letters, digits, spaces, punctuation, some accents. */
const nameText = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzKABUPATENKOTAD0123456789 /-.,()éÜß\t\n"), maxLength: 60 });
const anyText = fc.string({ unit: "binary", maxLength: 40 });
const separators = fc.string({ unit: fc.constantFrom(" ", "  ", "/", "-", ",", ".", "\n", "(", ")"), maxLength: 3 });

describe("normalisation properties", () => {
  it("is idempotent (normalizeName and nameKey)", () => {
    fc.assert(
      fc.property(fc.oneof(nameText, anyText), (s) => {
        expect(normalizeName(normalizeName(s))).toBe(normalizeName(s));
        expect(nameKey(nameKey(s))).toBe(nameKey(s));
      }),
    );
  });

  it("ignores case", () => {
    fc.assert(
      fc.property(nameText, (s) => {
        expect(normalizeName(s.toUpperCase())).toBe(normalizeName(s.toLowerCase()));
      }),
    );
  });

  it("ignores spacing and punctuation between words", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9]{1,8}$/), { minLength: 1, maxLength: 6 }), fc.array(separators, { minLength: 6, maxLength: 6 }), (words, seps) => {
        const plain = words.join(" ");
        const messy = words.map((w, i) => `${seps[i] ?? ""}${w}`).join(" ");
        expect(normalizeName(messy)).toBe(normalizeName(plain));
      }),
    );
  });

  it("treats every Kabupaten/Kota wording alike, wherever it stands", () => {
    const variant = fc.constantFrom("Kabupaten/Kota", "Kab/Kota", "Kabupaten / Kota", "Kabupaten Kota", "Daerah Kabupaten/Kota", "Kewenangan Kabupaten/Kota", "KAB/KOTA", "Daerah Kab. / Kota");
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z ]{0,20}$/), variant, fc.stringMatching(/^[A-Za-z ]{0,20}$/), (before, v, after) => {
        const b = before.replace(/(daerah|kewenangan|kab|kota)/gi, "x");
        const a = after.replace(/(kab|kota)/gi, "x");
        expect(normalizeName(`${b} ${v} ${a}`)).toBe(normalizeName(`${b} Kabupaten/Kota ${a}`));
      }),
    );
  });
});
