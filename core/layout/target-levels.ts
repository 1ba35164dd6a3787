// Which target columns speak for a row's own level (domain §10 "targets at several levels"): header words, then the data.
import { cellText } from "../grid.js";
import type { Column, KodeLevel, Node, RoleId } from "../model.js";
import type { CheckedTable } from "../table.js";
import { sameFolded } from "./folded-equal.js";

/** Target columns, the evaluated year's first. */
export const TARGET_ROLES: readonly RoleId[] = ["target", "target-after", "target-before", "target-renstra", "target-forward"];

/** A header segment that is only a level word. */
const LEVEL_SEGMENT: [RegExp, KodeLevel][] = [
  [/^sub\s*-?\s*kegiatan$/, 5],
  [/^kegiatan$/, 4],
  [/^program$/, 3],
];

/** Words of a target header that name the program's outcome, and the row's own output (kegiatan, sub kegiatan). */
const PROGRAM_WORDS = /\b(program|outcomes?|hasil)\b/;
const OUTPUT_WORDS = /\b(keluaran|output|kegiatan)\b/;
const PROGRAM_LEVELS: readonly KodeLevel[] = [1, 2, 3];
const OUTPUT_LEVELS: readonly KodeLevel[] = [4, 5];

/**
 * The level a target column is for, when a segment of its header is only a level word (Dumai's
 * `Target Capaian Kinerja > Sub Kegiatan > Sebelum Perubahan`: 5); null otherwise, so it applies to
 * every row (`Target Kinerja Capaian Program (Renstra SKPD)` is the form's name for every level).
 * @example targetColumnLevel("target capaian kinerja > program > sebelum perubahan") // 3
 */
export function targetColumnLevel(header: string): KodeLevel | null {
  for (const segment of header.toLowerCase().split(">")) {
    const s = segment.trim();
    for (const [re, level] of LEVEL_SEGMENT) if (re.test(s)) return level;
  }
  return null;
}

/**
 * The levels a target header names: a level segment (one level); `Program`, `Outcome`, `Hasil` without an
 * output word (program level); `Keluaran`, `Output`, `Kegiatan` without a program word (kegiatan and sub
 * kegiatan); null when it names both or neither (every level).
 * @example headerTargetLevels("target capaian program") // [1, 2, 3]
 * @example headerTargetLevels("target keluaran") // [4, 5]
 */
export function headerTargetLevels(header: string): readonly KodeLevel[] | null {
  const single = targetColumnLevel(header);
  if (single !== null) return [single];
  const h = header.toLowerCase();
  const program = PROGRAM_WORDS.test(h);
  const output = OUTPUT_WORDS.test(h);
  if (program && !output) return PROGRAM_LEVELS;
  if (output && !program) return OUTPUT_LEVELS;
  return null;
}

const cache = new WeakMap<CheckedTable, Map<number, readonly KodeLevel[] | null>>();

/**
 * The levels a target column holds targets for, on this table: the header's word, except that a column worded
 * for the program (no level segment) whose kegiatan and sub kegiatan rows mostly carry values of their own,
 * not a repeat of their program's, is read as every row's (`Target Kinerja Capaian Program (Renstra SKPD)`).
 */
export function columnTargetLevels(t: CheckedTable, col: Column): readonly KodeLevel[] | null {
  let byCol = cache.get(t);
  if (!byCol) cache.set(t, (byCol = new Map()));
  if (byCol.has(col.index)) return byCol.get(col.index) ?? null;
  let levels = headerTargetLevels(col.header);
  if (levels === PROGRAM_LEVELS && holdsOwnValuesBelowPrograms(t, col)) levels = null;
  byCol.set(col.index, levels);
  return levels;
}

/**
 * More rows under a program carry a value of their own in the column than repeat the program's. A block whose rows
 * all hold one and the same value repeats it, even when the program row itself writes it otherwise or not at all.
 */
function holdsOwnValuesBelowPrograms(t: CheckedTable, col: Column): boolean {
  const text = (n: Node): string => cellText(t.grid.rows[n.row.index]?.[col.index] ?? null);
  const blocks = new Map<Node | null, string[]>();
  for (const n of t.tree.nodes) {
    if (n.level < 4) continue;
    const v = text(n);
    if (sameFolded(v, "") || sameFolded(v, "-")) continue;
    let p = n.parent;
    while (p && p.level > 3) p = p.parent;
    const program = p && p.level === 3 ? p : null;
    const values = blocks.get(program);
    if (values) values.push(v);
    else blocks.set(program, [v]);
  }
  let own = 0;
  let repeat = 0;
  for (const [program, values] of blocks) {
    const stated = program ? text(program) : null;
    const first = values[0] ?? "";
    const one = values.every((v) => sameFolded(v, first));
    if (program && one && (values.length >= 2 || (stated !== null && sameFolded(first, stated)))) {
      repeat += values.length;
      continue;
    }
    for (const v of values) {
      if (stated !== null && sameFolded(v, stated)) repeat++;
      else own++;
    }
  }
  return own > repeat;
}

/** A table's own target columns per level (rules ask once per node; the arrays are shared, never changed). */
const ownCache = new WeakMap<CheckedTable, Map<KodeLevel, Column[]>>();

/**
 * The target columns that hold a row's own target at `level`, in TARGET_ROLES order: a column made
 * for another level (the program's outcome target carried on every row) is left out.
 * @example ownTargetColumns(table, 5).map((c) => c.letter) // ["H"]
 */
export function ownTargetColumns(t: CheckedTable, level: KodeLevel): Column[] {
  let byLevel = ownCache.get(t);
  if (!byLevel) ownCache.set(t, (byLevel = new Map()));
  let cols = byLevel.get(level);
  if (!cols) {
    cols = TARGET_ROLES.flatMap((r) => t.columnsOf(r)).filter((c) => {
      const levels = columnTargetLevels(t, c);
      return levels === null || levels.includes(level);
    });
    byLevel.set(level, cols);
  }
  return cols;
}
