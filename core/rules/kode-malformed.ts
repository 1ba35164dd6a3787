// kode-malformed: a code that does not fit the pattern of domain §2 (with the nearest canonical code when unambiguous).
import type { Finding } from "../model.js";
import type { Rule } from "../table.js";
import { kodeColumn } from "./kode-location.js";

const REASONS: Record<string, { id: string; en: string }> = {
  "urusan-two-digit": { id: "urusan ditulis dua digit", en: "two-digit urusan" },
  "bidang-three-digit": { id: "bidang ditulis tiga digit", en: "three-digit bidang" },
  "segment-truncated": { id: "segmen terpotong", en: "truncated segment" },
  "kegiatan-lead-zero": { id: "digit awal kegiatan 0", en: "kegiatan lead digit 0" },
  "too-many-segments": { id: "terlalu banyak segmen", en: "too many segments" },
  "bad-segment": { id: "segmen tidak sesuai", en: "segment does not fit" },
};

export const kodeMalformed: Rule = {
  id: "kode-malformed",
  severity: "error",
  check(t) {
    const out: Finding[] = [];
    const col = kodeColumn(t);
    for (const row of t.tree.rows) {
      const k = row.kode;
      if (row.kind !== "node" || !k?.problem) continue;
      const reason = REASONS[k.problem]?.[t.options.lang] ?? k.problem;
      const expected = k.canonical ?? undefined;
      out.push(t.finding("kode-malformed", "error", { row: row.index, col }, { actual: k.raw, reason, expected: expected ?? "" }, { expected, actual: k.raw }));
    }
    return out;
  },
};
