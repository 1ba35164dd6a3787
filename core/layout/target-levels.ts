// Which target columns speak for a row's own level (domain §10 "targets at several levels").
import type { Column, KodeLevel, RoleId } from "../model.js";
import type { CheckedTable } from "../table.js";

/** Target columns, the evaluated year's first. */
export const TARGET_ROLES: readonly RoleId[] = ["target", "target-after", "target-before", "target-renstra", "target-forward"];

/** A header segment that is only a level word. */
const LEVEL_SEGMENT: [RegExp, KodeLevel][] = [
  [/^sub\s*-?\s*kegiatan$/, 5],
  [/^kegiatan$/, 4],
  [/^program$/, 3],
];

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
 * The target columns that hold a row's own target at `level`, in TARGET_ROLES order: a column made
 * for another level (the program's outcome target carried on every row) is left out.
 * @example ownTargetColumns(table, 5).map((c) => c.letter) // ["H"]
 */
export function ownTargetColumns(t: CheckedTable, level: KodeLevel): Column[] {
  return TARGET_ROLES.flatMap((r) => t.columnsOf(r)).filter((c) => {
    const l = targetColumnLevel(c.header);
    return l === null || l === level;
  });
}
