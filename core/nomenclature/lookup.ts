// The catalogue as a lookup built once: code → entry (X.XX entries stand for any bidang), normalised
// official names, and a cache of normalised sheet names, so matching costs a few Map reads per row.
import type { Node, Tree } from "../model.js";
import { UNKNOWN_BIDANG } from "../tree/build-tree.js";
import { builtinUnitGroups } from "./builtin.js";
import { catalogueLevel, CROSS_CUTTING, isCrossCutting } from "./code.js";
import { nameKey } from "./normalize.js";
import type { Catalogue, CatalogueEntry } from "./types.js";
import { aliasKey, oneSlipApart } from "./units.js";

/** An entry with its comparison keys computed once. */
export interface IndexedEntry {
  entry: CatalogueEntry;
  /** `nameKey` of the official name. */
  key: string;
  /** Folded unit (`unitKey`), null when the catalogue knows none. */
  unit: string | null;
  /** First word of the unit (`unitHead`), null when the catalogue knows none. */
  unitHead: string | null;
  /** Group of the unit in the alias table (`%` and `persen`), -1 when it has no other name. */
  unitGroup: number;
}

/** What the catalogue says about one node of a sheet. */
export interface NodeMatch {
  node: Node;
  /**
   * The entry for the node's code (directly or through `X.XX`); null for a code the catalogue does not
   * list although it covers its area (only such unlisted codes, written well-formed, are matches).
   */
  entry: IndexedEntry | null;
  /** The code was written well-formed (not a repaired or stand-in code). */
  wellFormed: boolean;
  /**
   * For an unlisted code: how many rows below it (by code) are unlisted only because it is, and are not
   * listed as matches of their own (a kegiatan that is not in the nomenclature, with its sub kegiatan).
   */
  under: number;
}

export interface NomenclatureIndex {
  catalogue: Catalogue;
  /** Number of entries. */
  size: number;
  /** Every entry's parent is listed too (a whole lampiran): nothing under an unlisted code can be listed. */
  closed: boolean;
  /** The entry of a sheet's canonical code, trying `X.XX` + the code without its bidang when the code itself is not listed. */
  lookup(code: string): IndexedEntry | null;
  /**
   * The entry that names the code as its previous one (SIPD's `SUBKEGIATAN SEBELUMNYA`), trying `X.XX` like
   * `lookup`; null when no entry was renumbered or renamed from it.
   */
  successor(code: string): IndexedEntry | null;
  /** True when the catalogue speaks for the code's urusan, bidang or (through `X.XX`) its program. */
  covers(code: string): boolean;
  /** True when a name as written is the official one, ignoring case, spacing, punctuation and Kabupaten/Kota wording. */
  sameName(written: string, e: IndexedEntry): boolean;
  /**
   * True when a unit as written is the entry's unit, ignoring case, spacing and punctuation; a compound
   * unit agrees with its first word (`Orang / Kali` and `Orang/Bulan` with `Orang`), another name of the unit
   * (satuan.xlsx: `persen` = `%`) agrees, and so does a slip of one letter in a long unit (`Dokuman`).
   */
  sameUnit(written: string, e: IndexedEntry): boolean;
  /**
   * The coded nodes of a tree the rules need (listed by the catalogue, or well-formed and in an area it
   * covers) with what the catalogue says about them; computed once per tree.
   */
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

/** Parent of a catalogue code (the kegiatan `2.01` is one segment), null for an urusan. */
function catalogueParent(code: string): string | null {
  const last = code.lastIndexOf(".");
  if (last < 0) return null;
  // U.BB.PP.K.KK: the kegiatan `K.KK` is one segment, its parent the program U.BB.PP (the first 7 characters).
  return catalogueLevel(code) === 4 ? code.slice(0, code.indexOf(".", code.indexOf(".", code.indexOf(".") + 1) + 1)) : code.slice(0, last);
}

/** The digit at i (0-9; anything else counts as 0). */
function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : 0;
}

/** Two digits at i as a number 0-99. */
function digits2(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}

/** U.BB as U*100+BB. */
function bidangNumber(code: string): number {
  return digit(code, 0) * 100 + digits2(code, 2);
}

/**
 * Builds the lookup of a catalogue; build it once and share it between checks.
 * @example const index = buildIndex(builtinCatalogue()); index.lookup("1.06.01.2.02.0001")?.entry.name // "Penyediaan Gaji dan Tunjangan ASN"
 */
export function buildIndex(catalogue: Catalogue, unitGroups: ReadonlyMap<string, number> = builtinUnitGroups()): NomenclatureIndex {
  const groupOf = (unit: string): number => unitGroups.get(aliasKey(unit)) ?? -1;
  const byCode = new Map<string, IndexedEntry>();
  // Areas the catalogue speaks for, by number (no strings made per row): urusan 0-9, bidang U.BB as U*100+BB,
  // programs of the cross-cutting X.XX as PP.
  const urusans = new Uint8Array(10);
  const bidangs = new Uint8Array(1000);
  const crossPrograms = new Uint8Array(100);
  for (const entry of catalogue.entries) {
    const unit = entry.unit;
    byCode.set(entry.code, { entry, key: nameKey(entry.name), unit: unit ? unitKey(unit) : null, unitHead: unit ? unitHead(unit) : null, unitGroup: unit ? groupOf(unit) : -1 });
    if (isCrossCutting(entry.code)) {
      crossPrograms[digits2(entry.code, CROSS_CUTTING.length + 1)] = 1;
    } else {
      urusans[digit(entry.code, 0)] = 1;
      if (entry.code.length >= 4) bidangs[bidangNumber(entry.code)] = 1;
    }
  }
  const byPrevious = new Map<string, IndexedEntry>();
  for (const e of byCode.values()) {
    const p = e.entry.previousCode;
    if (p !== undefined && p !== e.entry.code && !byPrevious.has(p)) byPrevious.set(p, e);
  }
  let closed = true;
  for (const entry of catalogue.entries) {
    const parent = catalogueParent(entry.code);
    if (parent !== null && parent !== CROSS_CUTTING && !byCode.has(parent)) closed = false;
  }
  const names = new Map<string, string>();
  const units = new Map<string, [string, string, number]>();
  const matches = new WeakMap<Tree, NodeMatch[]>();

  /** U.BB.PP…: the program number, or -1 when the code is not that shape. */
  const programOf = (code: string): number => (code.length >= 7 && code.charCodeAt(1) === 46 && code.charCodeAt(4) === 46 ? digits2(code, 5) : -1);
  const lookup = (code: string): IndexedEntry | null => {
    const direct = byCode.get(code);
    if (direct) return direct;
    // The cross-cutting entry is X.XX.PP…; a string is made only for the catalogue's cross-cutting programs.
    const program = programOf(code);
    return program >= 0 && crossPrograms[program] === 1 ? (byCode.get(CROSS_CUTTING + code.slice(4)) ?? null) : null;
  };
  const successor = (code: string): IndexedEntry | null => {
    if (byPrevious.size === 0) return null;
    const direct = byPrevious.get(code);
    if (direct) return direct;
    const program = programOf(code);
    return program >= 0 && crossPrograms[program] === 1 ? (byPrevious.get(CROSS_CUTTING + code.slice(4)) ?? null) : null;
  };
  const covers = (code: string): boolean => {
    const unknownBidang = code.startsWith(UNKNOWN_BIDANG);
    if (code.length === 1) return urusans[digit(code, 0)] === 1;
    if (code.length === 4) return !unknownBidang && bidangs[bidangNumber(code)] === 1;
    const program = programOf(code);
    if (program < 0) return false;
    return (!unknownBidang && bidangs[bidangNumber(code)] === 1) || crossPrograms[program] === 1;
  };
  const sameName = (written: string, e: IndexedEntry): boolean => {
    if (written === e.entry.name) return true;
    let key = names.get(written);
    if (key === undefined) {
      key = nameKey(written);
      if (names.size >= CACHE_LIMIT) names.clear();
      names.set(written, key);
    }
    return key === e.key || looselySame(key, e.key);
  };
  const sameUnit = (written: string, e: IndexedEntry): boolean => {
    if (e.unit === null) return true;
    let keys = units.get(written);
    if (keys === undefined) {
      keys = [unitKey(written), unitHead(written), groupOf(written)];
      if (units.size >= CACHE_LIMIT) units.clear();
      units.set(written, keys);
    }
    return keys[0] === e.unit || keys[1] === e.unitHead || (keys[2] >= 0 && keys[2] === e.unitGroup) || oneSlipApart(keys[0], e.unit);
  };
  const matchTree = (tree: Tree): NodeMatch[] => {
    const cached = matches.get(tree);
    if (cached) return cached;
    const out: NodeMatch[] = [];
    // Unlisted nodes by node, to fold the rows under an unlisted code into its match.
    const unlisted = new Map<Node, NodeMatch>();
    for (const node of tree.nodes) {
      const code = node.code;
      const kode = node.row.kode;
      // Only codes the row itself wrote (repaired ones included); a stand-in code is the tree's guess.
      if (code === null || kode === null || node.placement === "stand-in" || kode.canonical !== code) continue;
      // Under its code's parent (placed by code), and that parent is unlisted: in a closed catalogue it is
      // unlisted too, and counted there without a lookup.
      const parent = node.parent;
      const above = parent !== null && (node.placement === "code" || node.placement === "out-of-place") ? unlisted.get(parent) : undefined;
      const entry = above && closed ? null : lookup(code);
      const wellFormed = kode.problem === null;
      if (entry !== null) {
        out.push({ node, entry, wellFormed, under: 0 });
        continue;
      }
      if (above) {
        above.under++;
        if (node.level < 5) unlisted.set(node, above);
        continue;
      }
      // A code the catalogue neither lists nor covers concerns no rule: not kept.
      if (!wellFormed || !covers(code)) continue;
      const m: NodeMatch = { node, entry, wellFormed, under: 0 };
      out.push(m);
      // Sub kegiatan have no rows under them: only parents are remembered.
      if (node.level < 5) unlisted.set(node, m);
    }
    matches.set(tree, out);
    return out;
  };
  return { catalogue, size: byCode.size, closed, lookup, successor, covers, sameName, sameUnit, matchTree };
}

/** The Kabupaten/Kota token at the end of a folded name (`… Kewenangan Kabupaten/Kota`, which 1317/2023 added to many names). */
const TRAILING_KAB_KOTA = /kabkota$/;
/** A folded name at least this long that the official name starts with is the official name cut short (a PDF page, a narrow cell). */
const CUT_NAME_MIN = 40;

/**
 * Names that differ only in ways that are not a naming mistake: the Kabupaten/Kota phrase the 2023 decree added
 * at the end of many names (older tables stop before it), or a long name cut short by a page or cell.
 * @example looselySame("penyediaanpermakanan", "penyediaanpermakanankabkota") // true
 */
export function looselySame(written: string, official: string): boolean {
  const a = written.replace(TRAILING_KAB_KOTA, "");
  const b = official.replace(TRAILING_KAB_KOTA, "");
  if (a === b) return true;
  return a.length >= CUT_NAME_MIN && a.length < b.length && b.startsWith(a);
}
