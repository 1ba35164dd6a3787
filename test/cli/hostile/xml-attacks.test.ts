// Hostile input: entity expansion (billion laughs) and external entities (XXE) in a package's XML, refused before any parser sees them.
import { afterEach, beforeEach, describe, it } from "vitest";
import { makeTempDir, removeTempDir } from "../cli-helpers.js";
import { minimalXlsx, rowXml, SHEET_HEAD, SHEET_TAIL } from "./build-package.js";
import { expectRefused, runOn } from "./refusal.js";

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

const LAUGHS = ["<!ENTITY lol0 \"lol\">", ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join("");

describe("XML attacks", () => {
  it("refuses a billion laughs in the sheet part", async () => {
    const sheet = SHEET_HEAD.replace("<worksheet", `<!DOCTYPE worksheet [${LAUGHS}]><worksheet`) + rowXml(1, ["&lol9;"]) + SHEET_TAIL;
    for (const command of ["check", "fix"] as const) {
      expectRefused(await runOn(dir, "laughs.xlsx", minimalXlsx({ data: sheet }), command), /laughs\.xlsx is refused: its part xl\/worksheets\/sheet1\.xml declares a DTD or entities, which Excel files never do/);
    }
  });

  it("refuses an external entity (XXE) in the shared strings", async () => {
    const strings = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>`;
    const sheet = SHEET_HEAD + `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` + SHEET_TAIL;
    expectRefused(await runOn(dir, "xxe.xlsx", minimalXlsx({ data: sheet }, { data: strings })), /xxe\.xlsx is refused: its part xl\/sharedStrings\.xml declares a DTD or entities/);
  });
});
