// Tests of the file reader: .xlsx sheets, CSV with `,` or `;` kept as text, and unreadable files as ReadError.
import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGrids, ReadError } from "../../cli/read-file.js";
import { checkGrid } from "../../core/check.js";
import { CSV_FIXTURES, DUMAI, NOTES_ROWS, cleanRencana, makeTempDir, parseCsv, removeTempDir, toCsv, writeText, writeWorkbook } from "./cli-helpers.js";

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await removeTempDir(dir);
});

/** What a check of a grid reports, without the sheet name (which comes from the file name for CSV). */
function reportWithoutName(grid: Parameters<typeof checkGrid>[0]) {
  const { name: _name, ...rest } = checkGrid(grid).report;
  return rest;
}

/** A local zip with one text entry: a valid archive that is not a workbook (a renamed .docx behaves alike). */
async function zipThatIsNotAWorkbook(path: string): Promise<string> {
  // Built by hand (no zip library is a dependency): one stored entry "a.txt" = "hi".
  const name = Buffer.from("a.txt");
  const data = Buffer.from("hi");
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const localSize = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(localSize, 16);
  return writeText(path, Buffer.concat([local, name, data, central, name, end]));
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

async function expectReadError(path: string, message: RegExp): Promise<void> {
  const e = await readGrids(path).then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ReadError);
  expect((e as Error).message).toMatch(message);
}

describe("readGrids on .xlsx", () => {
  it("reads the Dumai example as one grid named after its sheet", async () => {
    const grids = await readGrids(DUMAI);
    expect(grids.map((g) => g.name)).toEqual(["Tabel 3.1"]);
    expect(grids[0]?.rows.length).toBeGreaterThanOrEqual(98);
  });

  it("gives one grid per visible sheet, in workbook order, leaving out veryHidden and _renja sheets", async () => {
    const path = await writeWorkbook(join(dir, "sheets.xlsx"), [
      { name: "Catatan", rows: NOTES_ROWS },
      { name: "Rencana", rows: cleanRencana() },
      { name: "Rahasia", rows: NOTES_ROWS, state: "veryHidden" },
      { name: "_renja_flags", rows: [["A1", "#FFC7CE"]] },
    ]);
    const grids = await readGrids(path);
    expect(grids.map((g) => g.name)).toEqual(["Catatan", "Rencana"]);
    expect(grids[1]?.rows[2]?.[0]).toBe("Kode");
  });

  it("accepts an upper-case .XLSX extension", async () => {
    const path = join(dir, "UPPER.XLSX");
    await copyFile(DUMAI, path);
    expect((await readGrids(path)).map((g) => g.name)).toEqual(["Tabel 3.1"]);
  });
});

describe("readGrids on .csv", () => {
  it("keeps CSV cells as the text they are (leading zeros, Rp prefixes, empty cells as null)", async () => {
    const [grid] = await readGrids(join(CSV_FIXTURES, "bengkalis-rumusan.csv"));
    expect(grid?.name).toBe("bengkalis-rumusan");
    const row6 = grid?.rows[5] ?? [];
    expect(row6.slice(0, 3)).toEqual(["1", "06", null]);
    expect(row6[13]).toBe("Rp 58.061.400.000");
  });

  it("reads a `;` CSV with Indonesian numbers and the same table written with `,` to the same grid", async () => {
    const rows = cleanRencana(true).map((r) => r.map((v, c) => (c === 5 && typeof v === "string" && /^\d/.test(v) ? `${v},00` : v)));
    const semi = await writeText(join(dir, "semi.csv"), toCsv(rows, ";"));
    const comma = await writeText(join(dir, "comma.csv"), toCsv(rows, ","));
    expect(await readFile(comma, "utf8")).toContain('"41.250.000,00"');
    const [a] = await readGrids(semi);
    const [b] = await readGrids(comma);
    expect(a?.rows).toEqual(b?.rows);
    expect(a?.rows[5]?.[5]).toBe("41.250.000,00");
  });

  it("finds `;` even when the first line is a lone title with no separator", async () => {
    const rows = cleanRencana(true);
    const text = toCsv(rows, ";").replace(/^([^;\r\n]*);+\r\n/, "$1\r\n");
    expect(text.split("\r\n")[0]).not.toContain(";");
    const path = await writeText(join(dir, "title-only.csv"), text);
    const [grid] = await readGrids(path);
    expect(grid?.rows[2]?.slice(0, 2)).toEqual(["Kode", "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"]);
    expect(checkGrid(grid ?? { rows: [] }).report.family).toBe("rencana");
  });

  it("does not count separators inside quoted cells (names with commas in a `;` file, amounts in a `,` file)", async () => {
    const rows = [
      ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Pagu Indikatif (Rp)"],
      ["1.06.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi, Kinerja, Perangkat, Daerah", "Jumlah, dokumen", "400.000.000,00"],
    ];
    const [semi] = await readGrids(await writeText(join(dir, "quoted-semi.csv"), toCsv(rows, ";").replace(/(Perencanaan[^;]*)/, '"$1"')));
    expect(semi?.rows).toEqual(rows);
    const [comma] = await readGrids(await writeText(join(dir, "quoted-comma.csv"), toCsv(rows, ",")));
    expect(comma?.rows).toEqual(rows);
  });

  it("drops a UTF-8 byte order mark", async () => {
    const path = await writeText(join(dir, "bom.csv"), `\uFEFF${toCsv(cleanRencana(), ";")}`);
    const [grid] = await readGrids(path);
    expect(grid?.rows[0]?.[0]).toBe("RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2024");
  });

  it("reads the Bengkalis fixture re-written with `;` as the same table as the `,` original", async () => {
    const original = join(CSV_FIXTURES, "bengkalis-rumusan.csv");
    const rows = parseCsv(await readFile(original, "utf8"));
    const copy = await writeText(join(dir, "bengkalis-rumusan.csv"), toCsv(rows, ";"));
    const [a] = await readGrids(original);
    const [b] = await readGrids(copy);
    expect(b?.rows).toEqual(a?.rows);
    expect(reportWithoutName(b ?? { rows: [] })).toEqual(reportWithoutName(a ?? { rows: [] }));
  });

  it("reads an empty CSV as one empty grid", async () => {
    const grids = await readGrids(await writeText(join(dir, "empty.csv"), ""));
    expect(grids).toHaveLength(1);
    expect(grids[0]?.rows.filter((r) => r.length > 0)).toEqual([]);
  });
});

describe("readGrids on files it cannot read", () => {
  it("a missing file is a ReadError naming the path", async () => {
    await expectReadError(join(dir, "tidak-ada.xlsx"), /cannot read .*tidak-ada\.xlsx: ENOENT/);
  });

  it("a corrupt .xlsx (random bytes) is a ReadError", async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    await expectReadError(await writeText(join(dir, "corrupt.xlsx"), bytes), /corrupt\.xlsx is not a readable \.xlsx workbook/);
  });

  it("a truncated .xlsx is a ReadError", async () => {
    const whole = await readFile(DUMAI);
    await expectReadError(await writeText(join(dir, "truncated.xlsx"), whole.subarray(0, Math.floor(whole.length / 2))), /truncated\.xlsx is not a readable \.xlsx workbook/);
  });

  it("a zip that is not a workbook is a ReadError, not a file with no sheets", async () => {
    await expectReadError(await zipThatIsNotAWorkbook(join(dir, "not-a-workbook.xlsx")), /not-a-workbook\.xlsx is not a readable \.xlsx workbook \(it holds no worksheet\)/);
  });

  it("a workbook whose only sheets are veryHidden or _renja is a ReadError", async () => {
    const path = await writeWorkbook(join(dir, "bookkeeping-only.xlsx"), [
      { name: "_renja_flags", rows: [["A1"]] },
      { name: "Rahasia", rows: NOTES_ROWS, state: "veryHidden" },
    ]);
    await expectReadError(path, /has no sheet to check/);
  });

  it.each(["notes.txt", "report.pdf", "README"])("%s (unsupported extension) is a ReadError that says what is supported", async (name) => {
    await expectReadError(await writeText(join(dir, name), "Kode;Program\n"), /unsupported file type .*use \.xlsx or \.csv/);
  });
});
