// Header wording swapped for other wording of the same role, drawn from the checker's own header vocabulary (core/layout/header-words.ts).
import { HEADER_VOCABULARY, type HeaderCondition } from "../../../core/layout/header-words.js";
import { ROLE_DEFS } from "../../../core/layout/roles.js";
import type { RoleId } from "../../../core/model.js";
import { cloneSheet } from "./edit-rows.js";
import { headerTextRows, widthOf, type Sheet } from "./sheet.js";

/** The plain words of an alternation (`catatan|keterangan|…`); anchored or non-literal branches are left out. */
export function literalAlternatives(re: RegExp | undefined): string[] {
  if (!re) return [];
  return re.source
    .split("|")
    .map((a) => a.replace(/\\b/g, ""))
    .filter((a) => /^[a-z][a-z ]*$/.test(a));
}

function wordsOf(role: RoleId, field: keyof Pick<HeaderCondition, "leaf" | "path">): string[] {
  const word = HEADER_VOCABULARY.words.find((w) => w.role === role);
  return literalAlternatives(word?.when[0]?.[field] as RegExp | undefined);
}

/** Words that name a hierarchy level: a name column relabelled must not use them alone. */
const LEVEL_WORDS = new Set(["urusan", "bidang", "program", "kegiatan"]);

/** Synonym groups, each with the roles of the columns whose labels it may touch. */
function groups(): { words: string[]; only: RoleId[]; whole: boolean }[] {
  return [
    { words: wordsOf("name", "leaf").filter((w) => !LEVEL_WORDS.has(w)), only: ["name"], whole: true },
    { words: wordsOf("kode", "path"), only: ["kode", "kode-part"], whole: false },
    { words: wordsOf("indicator", "leaf"), only: ["indicator"], whole: false },
    { words: wordsOf("catatan", "path"), only: ["catatan"], whole: false },
    // `dana` also names the funding source (`Sumber Dana`), `keuangan` the financial realisation: not swapped.
    { words: literalAlternatives(HEADER_VOCABULARY.measure.money).filter((w) => !["rp", "dana", "keuangan"].includes(w)), only: MONEY_ROLES, whole: false },
  ];
}

const MONEY_ROLES = (Object.keys(ROLE_DEFS) as RoleId[]).filter((r) => ROLE_DEFS[r].measure === "money");

const capitalise = (w: string) => w.replace(/\b\p{L}/gu, (ch) => ch.toUpperCase());

/** The label with the first word of the group it holds replaced by the next word of that group. */
function swap(label: string, words: readonly string[]): string | null {
  const lower = label.toLowerCase();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const at = new RegExp(`\\b${w}\\b`).exec(lower);
    if (!at) continue;
    const next = words.slice(i + 1).concat(words.slice(0, i)).find((x) => !lower.includes(x));
    if (!next) return null;
    return label.slice(0, at.index) + capitalise(next) + label.slice(at.index + w.length);
  }
  return null;
}

/**
 * Every header label that the vocabulary gives other words for, reworded (`Pagu Indikatif` → `Anggaran Indikatif`,
 * `Indikator Kinerja` → `Tolok Ukur Kinerja`, the name column → `Uraian`).
 */
export function headerSynonyms(s: Sheet): Sheet | null {
  const out = cloneSheet(s);
  const width = widthOf(s);
  let changed = 0;
  for (const block of s.headerBlocks) {
    for (const r of headerTextRows(s, block)) {
      for (let c = 0; c < width; c++) {
        const v = s.rows[r]?.[c];
        if (typeof v !== "string" || v.trim() === "") continue;
        const m = s.merges.find((x) => x.top === r && x.left === c);
        const covered = Array.from({ length: (m?.right ?? c) - c + 1 }, (_, i) => s.roles[c + i] ?? null);
        for (const g of groups()) {
          if (!covered.every((role) => role !== null && g.only.includes(role))) continue;
          const first: string | undefined = g.words.find((w) => !v.toLowerCase().includes(w));
          const next: string | null = g.whole ? (first ? capitalise(first) : null) : swap(v, g.words);
          if (next === null || next === v) continue;
          (out.rows[r] as (string | null)[])[c] = next;
          changed++;
          break;
        }
      }
    }
  }
  return changed === 0 ? null : out;
}
