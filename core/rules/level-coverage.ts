// Which levels of a table carry a field: a field is only "missing" on a level whose rows mostly have it.
import type { KodeLevel, Node } from "../model.js";

/**
 * Levels on which at least half of the rows have the field, so a row without it stands out.
 * @example levelsThatCarry(nodes, (n) => n.row.indicator !== "") // Set {3, 4, 5}
 */
export function levelsThatCarry(nodes: Node[], has: (n: Node) => boolean): Set<KodeLevel> {
  const total = new Map<KodeLevel, number>();
  const withIt = new Map<KodeLevel, number>();
  for (const n of nodes) {
    total.set(n.level, (total.get(n.level) ?? 0) + 1);
    if (has(n)) withIt.set(n.level, (withIt.get(n.level) ?? 0) + 1);
  }
  const out = new Set<KodeLevel>();
  for (const [level, n] of total) if ((withIt.get(level) ?? 0) * 2 >= n) out.add(level);
  return out;
}
