// Tables beyond the seeds (domain §10), each with the mistakes a reviewer marked: every one found, nothing else said.
import { describe, expect, it } from "vitest";
import { checkGrid } from "../../core/check.js";
import { bappelitbangSipd } from "./bappelitbang-sipd.js";
import { dinkesEvaluasi } from "./dinkes-evaluasi.js";
import { dinsosTabel31 } from "./dinsos-tabel-3-1.js";
import { disdikDpa } from "./disdik-dpa.js";
import { kukarPerubahanHand } from "./kukar-perubahan-hand.js";
import { puprRenstra } from "./pupr-renstra.js";
import { score } from "./score.js";

const TABLES = [bappelitbangSipd(), puprRenstra(), dinsosTabel31(), disdikDpa(), kukarPerubahanHand(), dinkesEvaluasi(), dinkesEvaluasi(false)];

describe.each(TABLES)("$name", (table) => {
  it("finds every marked mistake and raises no other error or warning", () => {
    const { report } = checkGrid(table.grid);
    const s = score(report.issues, table.expected);
    expect({ missed: s.missed, extra: s.extra.map((f) => `${f.rule} ${f.column ?? ""}${f.row}: ${f.message}`) }).toEqual({ missed: [], extra: [] });
  });
});
