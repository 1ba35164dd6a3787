// The catalogue as a lookup built once: code → entry (X.XX entries stand for any bidang), normalised
// official names, and a cache of normalised sheet names, so matching costs a few Map reads per row.
import type { Node, Tree } from "../model.js";
import { UNKNOWN_BIDANG } from "../tree/build-tree.js";
import { CROSS_CUTTING, isCrossCutting } from "./code.js";
import { nameKey } from "./normalize.js";
import type { Catalogue, CatalogueEntry } from "./types.js";

/** An entry with its comparison keys computed once. */
export interface IndexedEntry {
  entry: CatalogueEntry;
  /** `nameKey` of the official name. */
  key: string;
  /** Folded unit (`unitKey`), null when the catalogue knows none. */
  unit: string | null;
  /** First word of the unit (`unitHead`), null when the catalogue knows none. */
  unitHead: string | null;
}

/** What the catalogue says about one node of a sheet. */
export interface NodeMatch {
  node: Node;
  /** The entry for the node's code (directly or through `X.XX`), null when the catalogue does not list it. */
  entry: IndexedEntry | null;
  /** The code was written well-formed (not a repaired or stand-in code). */
  wellFormed: boolean;
  /** The catalogue claims the code's area (its bidang, or the cross-cutting program), so a miss means something. */
  covered: boolean;
}

export interface NomenclatureIndex {
  catalogue: Catalogue;
  /** Number of entries. */
  size: number;
  /** The entry of a sheet's canonical code, trying `X.XX` + the code without its bidang when the code itself is not listed. */
  lookup(code: string): IndexedEntry | null;
  /** True when the catalogue speaks for the code's urusan, bidang or (through `X.XX`) its program. */
  covers(code: string): boolean;
  /** True when a name as written is the official one, ignoring case, spacing, punctuation and Kabupaten/Kota wording. */
  sameName(written: string, e: IndexedEntry): boolean;
  /**
   * True when a unit as written is the entry's unit, ignoring case, spacing and punctuation; a compound
   * unit agrees with its first word (`Orang / Kali` and `Orang/Bulan` with `Orang`).
   */
  sameUnit(written: string, e: IndexedEntry): boolean;
  /** Every coded node of a tree with what the catalogue says about it; computed once per tree. */
  matchTree(tree: Tree): NodeMatch[];
}

/** Folded unit: letters and `%` only, lower case (`Orang / Bulan` = `orang/bulan`). */
export function unitKey(unit: string): string {
  return unit.toLowerCase().replace(/[^a-z%]/g, "");
}

/**
 * First word of a unit, lower case (`Orang / Kali` → `orang`).
 * @example unitHead("Orang/Bulan") // "orang"
 */
export function unitHead(unit: string): string {
  const m = /[a-z%]+/.exec(unit.toLowerCase());
  return m ? m[0] : "";
}

/** Name caches stop growing here (a check of 50,000 rows holds far fewer distinct names). */
const CACHE_LIMIT = 200_000;

/**
 * Builds the lookup of a catalogue; build it once and share it between checks.
 * @example const index = buildIndex(builtinCatalogue()); index.lookup("1.06.01.2.02.0001")?.entry.name // "Penyediaan Gaji dan Tunjangan ASN"
 */
export function buildIndex(catalogue: Catalogue): NomenclatureIndex {
  const byCode = new Map<string, IndexedEntry>();
  const urusans = new Set<string>();
  const bidangs = new Set<string>();
  const crossPrograms = new Set<string>();
  for (const entry of catalogue.entries) {
    byCode.set(entry.code, { entry, key: nameKey(entry.name), unit: entry.unit ? unitKey(entry.unit) : null, unitHead: entry.unit ? unitHead(entry.unit) : null });
    if (isCrossCutting(entry.code)) {
      crossPrograms.add(entry.code.slice(CROSS_CUTTING.length + 1, CROSS_CUTTING.length + 3));
    } else {
      urusans.add(entry.code.slice(0, 1));
      if (entry.code.length >= 4) bidangs.add(entry.code.slice(0, 4));
    }
  }
  const names = new Map<string, string>();
  const units = new Map<string, [string, string]>();
  const matches = new WeakMap<Tree, NodeMatch[]>();

  const lookup = (code: string): IndexedEntry | null => {
    const direct = byCode.get(code);
    if (direct) return direct;
    // U.BB.PP…: the cross-cutting entry is X.XX.PP…
    if (code.length >= 7 && code.charCodeAt(1) === 46 && code.charCodeAt(4) === 46) return byCode.get(CROSS_CUTTING + code.slice(4)) ?? null;
    return null;
  };
  const covers = (code: string): boolean => {
    if (code.length === 1) return urusans.has(code);
    if (code.length === 4) return bidangs.has(code) && !code.startsWith(UNKNOWN_BIDANG);
    if (code.length < 7) return false;
    if (!code.startsWith(UNKNOWN_BIDANG) && bidangs.has(code.slice(0, 4))) return true;
    return crossPrograms.has(code.slice(5, 7));
  };
  const sameName = (written: string, e: IndexedEntry): boolean => {
    if (written === e.entry.name) return true;
    let key = names.get(written);
    if (key === undefined) {
      key = nameKey(written);
      if (names.size >= CACHE_LIMIT) names.clear();
      names.set(written, key);
    }
    return key === e.key;
  };
  const sameUnit = (written: string, e: IndexedEntry): boolean => {
    if (e.unit === null) return true;
    let keys = units.get(written);
    if (keys === undefined) {
      keys = [unitKey(written), unitHead(written)];
      if (units.size >= CACHE_LIMIT) units.clear();
      units.set(written, keys);
    }
    return keys[0] === e.unit || keys[1] === e.unitHead;
  };
  const matchTree = (tree: Tree): NodeMatch[] => {
    const cached = matches.get(tree);
    if (cached) return cached;
    const out: NodeMatch[] = [];
    for (const node of tree.nodes) {
      const code = node.code;
      const kode = node.row.kode;
      // Only codes the row itself wrote (repaired ones included); a stand-in code is the tree's guess.
      if (code === null || kode === null || node.placement === "stand-in" || kode.canonical !== code) continue;
      out.push({ node, entry: lookup(code), wellFormed: kode.problem === null, covered: covers(code) });
    }
    matches.set(tree, out);
    return out;
  };
  return { catalogue, size: byCode.size, lookup, covers, sameName, sameUnit, matchTree };
}
