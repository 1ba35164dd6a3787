// kode-duplicate: the same canonical code on two rows that are not a repeated header.
import type { Finding } from "../model.js";
import { displayCode, type Rule } from "../table.js";
import { kodeColumn } from "./kode-location.js";

export const kodeDuplicate: Rule = {
  id: "kode-duplicate",
  severity: "error",
  check(t) {
    const out: Finding[] = [];
    const col = kodeColumn(t);
    const first = new Map<string, number>();
    for (const n of t.tree.nodes) {
      const canonical = n.row.kode?.canonical;
      if (!canonical) continue;
      const seen = first.get(canonical);
      if (seen === undefined) {
        first.set(canonical, n.row.index);
        continue;
      }
      out.push(t.finding("kode-duplicate", "error", { row: n.row.index, col }, { code: displayCode(canonical), other: String(seen + 1) }, { actual: displayCode(canonical) }));
    }
    return out;
  },
};
