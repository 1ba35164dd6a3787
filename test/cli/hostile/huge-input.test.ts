// Hostile input: a 50 MB cell, a sheet of a million rows, a sheet of more than five million cells: refused while unzipping, before exceljs parses.
import { afterEach, beforeEach, describe, it } from "vitest";
import { makeTempDir, removeTempDir } from "../cli-helpers.js";
import { minimalXlsx, SHEET_HEAD, SHEET_TAIL } from "./build-package.js";
import { expectRefused, runOn } from "./refusal.js";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe("oversized content", () => {
  it("refuses a 50 MB cell (Excel holds 32,767 characters in a cell)", async () => {
    const sheet = `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>${"a".repeat(50 * 1024 * 1024)}</t></is></c></row>${SHEET_TAIL}`;
    for (const command of ["check", "fix"] as const) {
      expectRefused(await runOn(dir, "huge-cell.xlsx", minimalXlsx({ data: sheet }), command), /huge-cell\.xlsx is refused: xl\/worksheets\/sheet1\.xml holds a text far longer than the 32,767 characters Excel allows in a cell/);
    }
  });

  it("refuses a sheet of a million rows", async () => {
    const rows = "<row><c><v>1</v></c></row>".repeat(1_000_000);
    expectRefused(await runOn(dir, "million.xlsx", minimalXlsx({ data: SHEET_HEAD + rows + SHEET_TAIL })), /million\.xlsx is refused: a sheet \(xl\/worksheets\/sheet1\.xml\) holds more than 500,000 rows, the limit per sheet/);
  });

  it("refuses a sheet of more than five million cells", async () => {
    const row = `<row>${"<c><v>1</v></c>".repeat(60)}</row>`;
    expectRefused(await runOn(dir, "cells.xlsx", minimalXlsx({ data: SHEET_HEAD + row.repeat(90_000) + SHEET_TAIL })), /cells\.xlsx is refused: a sheet \(xl\/worksheets\/sheet1\.xml\) holds more than 5,000,000 cells, the limit per sheet/);
  });
});

describe("oversized CSV", () => {
  it("refuses a CSV of a million lines", async () => {
    expectRefused(await runOn(dir, "million.csv", "1;2\n".repeat(1_000_000)), /million\.csv is refused: it holds more than 500,000 rows, the limit per sheet/);
  });
});
