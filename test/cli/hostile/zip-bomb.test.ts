// Hostile input: zip bombs (a sheet part that unzips to gigabytes), refused from the zip directory or while streaming, before exceljs parses.
import { afterEach, beforeEach, describe, it } from "vitest";
import { makeTempDir, removeTempDir } from "../cli-helpers.js";
import { minimalXlsx, zerosBomb } from "./build-package.js";
import { expectRefused, runOn } from "./refusal.js";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe("zip bombs", () => {
  it("refuses a 4 MB file whose sheet part unzips to 4 GiB, from the sizes in the zip directory", async () => {
    const bomb = minimalXlsx({ deflated: zerosBomb(4095), declaredSize: 4095 * 1024 * 1024 });
    for (const command of ["check", "fix"] as const) {
      expectRefused(await runOn(dir, "bomb.xlsx", bomb, command), /bomb\.xlsx is refused: its part xl\/worksheets\/sheet1\.xml unzips to 4,095 MiB, more than the limit of 256 MiB per part/);
    }
  });

  it("refuses a bomb whose zip directory understates the size, stopping at the stated size", async () => {
    const bomb = minimalXlsx({ deflated: zerosBomb(4095), declaredSize: 2000 });
    expectRefused(await runOn(dir, "liar.xlsx", bomb), /liar\.xlsx is not a readable \.xlsx workbook \(its part xl\/worksheets\/sheet1\.xml unzips to more than its zip directory says\)/);
  });

  it("refuses parts that are each under the part limit but together over the total", async () => {
    const bomb = minimalXlsx({ deflated: zerosBomb(200), declaredSize: 200 * 1024 * 1024 }, { deflated: zerosBomb(200), declaredSize: 200 * 1024 * 1024 });
    expectRefused(await runOn(dir, "twins.xlsx", bomb), /twins\.xlsx is refused: it unzips to 400 MiB, more than the limit of 384 MiB/);
  });
});
