// Files real tools write that are not plain UTF-8 CSV or .xlsx: UTF-16 CSV (item 9), encrypted and old OLE workbooks, .ods given to fix (item 10).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeText } from "../../cli/decode-text.js";
import { CSV_FIXTURES, makeTempDir, removeTempDir, run } from "./cli-helpers.js";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

const CSV = join(CSV_FIXTURES, "bengkalis-rumusan.csv");

/** The JSON report of a check, without the file name. */
async function sheetsOf(file: string): Promise<unknown> {
  const r = await run("check", file, "--format", "json", "--lang", "en");
  return { code: r.code, sheets: (JSON.parse(r.out) as { sheets: { name: string }[] }).sheets.map((s) => ({ ...s, name: "" })) };
}

describe("UTF-16 CSV (item 9)", () => {
  it("reads a UTF-16 LE CSV with BOM, a UTF-16 BE one and one without BOM like the UTF-8 file", async () => {
    const text = (await readFile(CSV, "utf8")).replace(/^\uFEFF/, "");
    const expected = await sheetsOf(CSV);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
    const bare = Buffer.from(text, "utf16le");
    for (const [name, bytes] of [["le.csv", le], ["be.csv", be], ["bare.csv", bare]] as const) {
      await writeFile(join(dir, name), bytes);
      expect(await sheetsOf(join(dir, name))).toEqual(expected);
    }
  });

  it("decodes any text written as UTF-8, UTF-16 LE with BOM or UTF-16 BE with BOM to itself", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 0, maxLength: 80 }), (s) => {
        const t = s.replace(/^\uFEFF/, "");
        expect(decodeText(Buffer.from(t, "utf8"))).toBe(t);
        expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]))).toBe(t);
        expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, "utf16le").swap16()]))).toBe(t);
      }),
    );
  });
});

/** A compound file (OLE) header, with the stream name EncryptionInfo in its directory when `encrypted`. */
function oleFile(encrypted: boolean): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const directory = Buffer.from(encrypted ? "EncryptionInfo\0EncryptedPackage" : "Workbook\0SummaryInformation", "utf16le");
  return Buffer.concat([header, Buffer.alloc(504), directory, Buffer.alloc(512)]);
}

describe("wording (item 10)", () => {
  it("calls an encrypted workbook password-protected, not damaged, in check and fix", async () => {
    const file = join(dir, "rahasia.xlsx");
    await writeFile(file, oleFile(true));
    const check = await run("check", file, "--lang", "en");
    expect(check.code).toBe(2);
    expect(check.err).toBe(`renja: ${file} is password-protected; remove the password in Excel (File › Info › Protect Workbook) and save it again\n`);
    const fix = await run("fix", file, "-o", join(dir, "out.xlsx"), "--lang", "en");
    expect(fix.err).toMatch(/is password-protected/);
  });

  it("calls an old .xls (OLE without encryption) by its name", async () => {
    const file = join(dir, "lama.xlsx");
    await writeFile(file, oleFile(false));
    expect((await run("check", file)).err).toMatch(/is an old Excel \.xls \(or another OLE\) file; save it as \.xlsx first/);
  });

  it("fix on an .ods says only .xlsx workbooks can be fixed, not that a .csv has no formulas", async () => {
    const file = join(dir, "tabel.ods");
    await writeFile(file, "PK");
    const r = await run("fix", file, "-o", join(dir, "out.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`renja: ${file}: only .xlsx workbooks can be fixed, not .ods; save it as .xlsx first\n`);
  });
});
