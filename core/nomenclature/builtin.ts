// The built-in catalogue: every official code of the Kepmendagri 900.1.15.5-1317/2023 lampiran (kabupaten/kota)
// and of SIPD's 2027 list (provinsi and kabupaten/kota), generated into builtin-data.ts by `npm run catalogue`.
// Nothing is decoded when the module loads: a set is read the first time a check asks for it.
import { BUILTIN_DATA, BUILTIN_SETS, BUILTIN_UNIT_GROUPS } from "./builtin-data.js";
import { decodeEntries, textDecoder, type EntrySetInfo } from "./compact.js";
import type { Catalogue, Pemda } from "./types.js";
import { parseUnitGroups } from "./units.js";

export type { EntrySetInfo } from "./compact.js";

let text: ((n: number) => string) | null = null;
const sets = new Map<number, Catalogue>();
let unitGroups: Map<string, number> | null = null;

/** The entry sets of the built-in catalogue (version, pemda, years, counts), read without decoding anything. */
export function builtinSets(): readonly EntrySetInfo[] {
  return BUILTIN_SETS;
}

/**
 * One entry set of the built-in catalogue, decoded on first use and kept; by default the 1317/2023 kabupaten/kota list.
 * @example builtinCatalogue("SIPD 2027", "prov").entries.length // 5218
 */
export function builtinCatalogue(version: string = BUILTIN_SETS[0]?.version ?? "", pemda: Pemda = "kabkota"): Catalogue {
  const i = BUILTIN_SETS.findIndex((s) => s.version === version && s.pemda === pemda);
  const info = BUILTIN_SETS[i];
  const block = BUILTIN_DATA.sets[i];
  if (!info || block === undefined) throw new Error(`the built-in catalogue has no ${version} list for ${pemda}`);
  let c = sets.get(i);
  if (!c) {
    text ??= textDecoder(BUILTIN_DATA);
    c = { version: info.version, pemda: info.pemda, note: `${info.source}; for budget years ${info.from}${info.to ? `–${info.to}` : " onward"}`, entries: decodeEntries(block, text) };
    sets.set(i, c);
  }
  return c;
}

/** The built-in unit alias table (satuan.xlsx's other names), read on first use. */
export function builtinUnitGroups(): Map<string, number> {
  unitGroups ??= parseUnitGroups(BUILTIN_UNIT_GROUPS);
  return unitGroups;
}

/** Entries of every built-in set, without decoding (for status lines: "7,581 codes"). */
export function builtinEntryCount(): number {
  return BUILTIN_SETS.reduce((n, s) => n + s.counts.reduce((a, b) => a + b, 0), 0);
}
