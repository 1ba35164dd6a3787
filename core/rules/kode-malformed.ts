// kode-malformed: a code that does not fit the pattern of domain §2 (with the nearest canonical code when
// unambiguous); a way of writing codes the whole sheet follows is said once for the sheet, as info.
import type { Finding, TableRow } from "../model.js";
import type { KodeStyle } from "../kode/types.js";
import type { CheckedTable, Rule } from "../table.js";
import { displayCode } from "../table.js";
import { kodeColumn } from "./kode-location.js";

const REASONS: Record<string, { id: string; en: string }> = {
  "urusan-two-digit": { id: "urusan ditulis dua digit", en: "two-digit urusan" },
  "bidang-three-digit": { id: "bidang ditulis tiga digit", en: "three-digit bidang" },
  "segment-truncated": { id: "segmen terpotong", en: "truncated segment" },
  "kegiatan-lead-zero": { id: "digit awal kegiatan 0", en: "kegiatan lead digit 0" },
  "too-many-segments": { id: "terlalu banyak segmen", en: "too many segments" },
  "letter-suffix": { id: "ada huruf yang menempel pada kode", en: "letters glued to the code" },
  "bad-segment": { id: "segmen tidak sesuai", en: "segment does not fit" },
  unpadded: { id: "segmen tanpa nol di depan", en: "segment without its leading zero" },
};

/** The sheet-wide wording of each style: what it is and how many codes follow it. */
const STYLE_WORDS: Record<KodeStyle, { id: (n: number) => string; en: (n: number) => string }> = {
  unpadded: {
    id: (n) => `segmen tanpa nol di depan, ${n} kode`,
    en: (n) => `segments without leading zeros, ${n} codes`,
  },
  "kegiatan-zero-padded": {
    id: (n) => `digit awal kegiatan diberi nol seperti 02.01, ${n} kode`,
    en: (n) => `kegiatan lead digit zero-padded as in 02.01, ${n} codes`,
  },
  "support-placeholder": {
    id: (n) => `X.XX program penunjang diganti bidang tabel ini, ${n} kode`,
    en: (n) => `the support program's X.XX replaced by this table's bidang, ${n} codes`,
  },
};

/** Unpadded codes are the sheet's style when at least this share of its codes (and 3) are written so; rarer ones are slips. */
const UNPADDED_STYLE_SHARE = 0.3;
const STYLE_MIN_CODES = 3;

export const kodeMalformed: Rule = {
  id: "kode-malformed",
  severity: "error",
  check(t) {
    const out: Finding[] = [];
    const col = kodeColumn(t);
    const styled = new Map<KodeStyle, TableRow[]>();
    let coded = 0;
    let firstCoded: TableRow | null = null;
    for (const row of t.tree.rows) {
      const k = row.kode;
      if (row.kind !== "node" || !k) continue;
      coded++;
      firstCoded ??= row;
      if (k.style && !k.problem) {
        const list = styled.get(k.style);
        if (list) list.push(row);
        else styled.set(k.style, [row]);
      }
      if (!k.problem) continue;
      out.push(malformed(t, row, REASONS[k.problem]?.[t.options.lang] ?? k.problem));
    }
    for (const [style, rows] of styled) {
      const sheetWide = style !== "unpadded" || (rows.length >= STYLE_MIN_CODES && rows.length >= coded * UNPADDED_STYLE_SHARE);
      if (!sheetWide) {
        for (const row of rows) out.push(malformed(t, row, REASONS.unpadded?.[t.options.lang] ?? style));
        continue;
      }
      // Said once for the sheet, on its first code; the example is the first code written in the style.
      const first = rows[0] as TableRow;
      const words = STYLE_WORDS[style][t.options.lang](rows.length);
      const expected = first.kode?.canonical ? displayCode(first.kode.canonical) : "";
      out.push(t.finding("kode-malformed", "info", { row: (firstCoded ?? first).index, col }, { actual: first.kode?.raw ?? "", reason: words, style: words, expected }, values(expected, first.kode?.raw ?? "")));
    }
    return out;
  },
};

function malformed(t: CheckedTable, row: TableRow, reason: string): Finding {
  const k = row.kode;
  const expected = k?.canonical ? displayCode(k.canonical) : undefined;
  return t.finding("kode-malformed", "error", { row: row.index, col: kodeColumn(t) }, { actual: k?.raw ?? "", reason, expected: expected ?? "" }, values(expected, k?.raw ?? ""));
}

function values(expected: string | undefined, actual: string): { expected?: string; actual: string; expectedValue?: string; actualValue: string } {
  return expected === undefined || expected === "" ? { actual, actualValue: actual } : { expected, actual, expectedValue: expected, actualValue: actual };
}
