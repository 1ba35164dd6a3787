// The metamorphic transformations (test/core/metamorphic) applied to the tables beyond the seeds: meaning kept, findings kept.
import { describe, expect, it } from "vitest";
import { compareFindings } from "../core/metamorphic/compare-findings.js";
import { describeSheet } from "../core/metamorphic/sheet.js";
import { TRANSFORMS } from "../core/metamorphic/transforms.js";
import { bappelitbangSipd } from "./bappelitbang-sipd.js";
import { dinkesEvaluasi } from "./dinkes-evaluasi.js";
import { dinsosTabel31 } from "./dinsos-tabel-3-1.js";
import { disdikDpa } from "./disdik-dpa.js";
import { kukarPerubahanHand } from "./kukar-perubahan-hand.js";
import { puprRenstra } from "./pupr-renstra.js";

const TABLES = [bappelitbangSipd(), puprRenstra(), dinsosTabel31(), disdikDpa(), kukarPerubahanHand(), dinkesEvaluasi(), dinkesEvaluasi(false)];

describe.each(TABLES)("$name", (table) => {
  const base = describeSheet(table.grid);
  it.each(TRANSFORMS.map((t) => ({ ...t, name: t.id })))("$name keeps the findings", (t) => {
    const out = t.apply(base);
    if (!out) return;
    expect(compareFindings(base, out)).toEqual({ missing: [], extra: [] });
  });
});
