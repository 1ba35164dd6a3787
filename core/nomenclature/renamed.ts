// Where a code the table's version does not list went: the entry that names it as its previous code in the
// table's version, else the entry another version lists it as, when that version maps it (SUBKEGIATAN SEBELUMNYA).
import type { IndexedEntry } from "./lookup.js";
import type { Chosen } from "./source.js";

/** The version and entry a renamed code is found in. */
export interface Renamed {
  version: string;
  entry: IndexedEntry;
  /** True when the entry is the code itself in the other version (renumbered there from `entry.previousCode`). */
  same: boolean;
}

/**
 * What became of a code the chosen version does not list, or null when no version maps it.
 * @example renamedOf(chosen, "1.02.02.2.02.0028")?.entry.entry.code // "1.02.02.2.02.0053"
 */
export function renamedOf(chosen: Chosen, code: string): Renamed | null {
  const here = chosen.index.successor(code);
  if (here) return { version: chosen.index.catalogue.version, entry: here, same: false };
  for (const other of chosen.others()) {
    const later = other.successor(code);
    if (later) return { version: other.catalogue.version, entry: later, same: false };
    const e = other.lookup(code);
    if (e?.entry.previousCode !== undefined) return { version: other.catalogue.version, entry: e, same: true };
  }
  return null;
}
