// All 2,502 codes of ../shared/data/kode (as another planning system writes them) read as canonical, and as a sheet say their style once.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../../core/check.js";
import { levelOf, readKode } from "../../../core/kode/index.js";
import { renjaGrid } from "../../support/renja-grid.js";

const FILE = new URL("../../../../shared/data/kode/kode-in-the-wild.csv", import.meta.url);
const LEVEL: Record<string, number> = { program: 3, kegiatan: 4, "sub kegiatan": 5 };

function rows(): { level: number; code: string; name: string }[] {
  return readFileSync(FILE, "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const [level = "", code = "", ...name] = l.split(",");
      return { level: LEVEL[level] ?? 0, code, name: name.join(",").replace(/^"|"$/g, "") };
    });
}

describe.skipIf(!existsSync(FILE))("codes in the wild (shared/data/kode)", () => {
  it("reads every code as a canonical code of its level, without a problem", () => {
    const all = rows();
    expect(all.length).toBe(2502);
    const bad = all.filter((r) => {
      const k = readKode([r.code]);
      return !k || k.problem !== null || !k.canonical || levelOf(k.canonical) !== r.level;
    });
    expect(bad).toEqual([]);
  });

  it("a sheet of them says the zero-padded kegiatan once, as info, and flags no code", () => {
    const data = rows().map((r) => ({ kode: r.code, name: r.name }));
    const { report } = checkGrid(renjaGrid("rencana", data));
    const kode = report.issues.filter((i) => i.rule.startsWith("kode-malformed"));
    expect(kode.map((i) => `${i.severity} ${i.row}`)).toEqual([`info ${kode[0]?.row}`]);
    expect(kode[0]?.message).toMatch(/02\.01/);
  });
});
