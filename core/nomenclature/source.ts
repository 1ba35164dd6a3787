// Which catalogue a table is checked against: one given catalogue (a file, one kept in the document), or the
// built-in lists by version — the version of the table's year (or the one set by the user) and its pemda.
import type { CheckedTable } from "../table.js";
import { builtinCatalogue, builtinSets, type EntrySetInfo } from "./builtin.js";
import { buildIndex, type NomenclatureIndex } from "./lookup.js";
import { tablePemda, tableYear } from "./table-year.js";
import type { Catalogue, NomenclatureUse, Pemda } from "./types.js";

/** What a table is checked against: the index of its version, the other versions' (for renamed codes), and why. */
export interface Chosen {
  index: NomenclatureIndex;
  /** Indexes of the other versions for the same pemda, latest first (built-in lists only; built when first asked). */
  others(): NomenclatureIndex[];
  use: NomenclatureUse;
}

/** Chooses, per checked table, the catalogue it is checked against. */
export interface NomenclatureSource {
  choose(t: CheckedTable): Chosen;
}

/**
 * A source that checks every table against one catalogue (a `--nomenclature` file, the one kept in a document).
 * @example nomenclatureRules(catalogueSource(catalogue))
 */
export function catalogueSource(catalogue: Catalogue | NomenclatureIndex): NomenclatureSource {
  const index = "entries" in catalogue ? buildIndex(catalogue) : catalogue;
  const use: NomenclatureUse = { version: index.catalogue.version, chosenBy: "catalogue" };
  if (index.catalogue.pemda) use.pemda = index.catalogue.pemda;
  const chosen: Chosen = { index, others: () => [], use };
  return { choose: () => chosen };
}

/**
 * The built-in version a user named, matched loosely (`2027`, `sipd 2027`, `1317`, the full name); null when
 * none or several match.
 * @example findBuiltinVersion("1317") // "Kepmendagri 900.1.15.5-1317/2023"
 */
export function findBuiltinVersion(text: string): string | null {
  const t = text.trim().toLowerCase();
  const versions = [...new Set(builtinSets().map((s) => s.version))];
  const exact = versions.find((v) => v.toLowerCase() === t);
  if (exact) return exact;
  const found = t === "" ? [] : versions.filter((v) => v.toLowerCase().includes(t));
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** The built-in versions, for messages and settings. */
export function builtinVersions(): string[] {
  return [...new Set(builtinSets().map((s) => s.version))];
}

/**
 * The list of a version for a pemda; when the version has none for it (the 1317 lampiran has no provinsi list),
 * the pemda's list of the nearest later version, else of any version.
 */
function setFor(version: string, pemda: Pemda): EntrySetInfo | undefined {
  const sets = builtinSets();
  const own = sets.find((s) => s.version === version && s.pemda === pemda);
  if (own) return own;
  const from = sets.find((s) => s.version === version)?.from ?? 0;
  const same = sets.filter((s) => s.pemda === pemda).sort((a, b) => a.from - b.from);
  return same.find((s) => s.from >= from) ?? same[same.length - 1] ?? sets.find((s) => s.version === version);
}

/** The version for a budget year: the one whose years hold it, else the nearest (the earliest before, the latest after). */
function versionOfYear(year: number): string {
  const sets = builtinSets();
  const holding = sets.find((s) => year >= s.from && (s.to === undefined || year <= s.to));
  if (holding) return holding.version;
  const first = sets.reduce((a, b) => (b.from < a.from ? b : a));
  return year < first.from ? first.version : sets.reduce((a, b) => (b.from > a.from ? b : a)).version;
}

/**
 * The built-in lists: each table against the version of its year (title, else headers; the latest version when
 * neither says one) and its pemda, or against `options.version` for every table. Indexes are built on first use.
 * @example nomenclatureRules(builtinSource({ version: "SIPD 2027" }))
 */
export function builtinSource(options: { version?: string | undefined } = {}): NomenclatureSource {
  const indexes = new Map<EntrySetInfo, NomenclatureIndex>();
  const indexOf = (s: EntrySetInfo): NomenclatureIndex => {
    let index = indexes.get(s);
    if (!index) {
      index = buildIndex(builtinCatalogue(s.version, s.pemda));
      indexes.set(s, index);
    }
    return index;
  };
  const latest = builtinSets().reduce((a, b) => (b.from > a.from ? b : a)).version;
  return {
    choose(t) {
      const pemda = tablePemda(t);
      const year = tableYear(t);
      const version = options.version ?? (year ? versionOfYear(year.year) : latest);
      const set = setFor(version, pemda);
      if (!set) throw new Error(`the built-in catalogue has no version ${version}`);
      const use: NomenclatureUse = { version: set.version, pemda: set.pemda, chosenBy: options.version ? "setting" : year ? "year" : "default" };
      if (year && !options.version) use.year = year.year;
      const others = () =>
        builtinSets()
          .filter((s) => s.version !== set.version && s.pemda === set.pemda)
          .sort((a, b) => b.from - a.from)
          .map(indexOf);
      return { index: indexOf(set), others, use };
    },
  };
}
