// Units that are the same unit under another name (satuan.xlsx's `Sebutan lain`: `%` = `persen`), and the
// official list's one-letter slips (`Dokuman`, `Doumen` for Dokumen), so a target's unit is compared fairly.

/**
 * A unit folded for the alias table: lower case, markup dropped (`m<sup>2</sup>` = `m2`), letters, digits, `%`
 * and `/` kept (`b/h`, buah per hari, is not `Bh`, buah).
 * @example aliasKey("Orang / Hari") // "orang/hari"
 */
export function aliasKey(unit: string): string {
  return unit
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/[^a-z0-9%/]/g, "");
}

/**
 * The alias table from its text form (one group a line, keys separated by `|`, as `renja`'s catalogue build writes
 * it): folded unit → group number.
 * @example parseUnitGroups("%|persen").get("persen") // 0
 */
export function parseUnitGroups(text: string): Map<string, number> {
  const groups = new Map<string, number>();
  text.split("\n").forEach((line, i) => {
    for (const key of line.split("|")) if (key !== "") groups.set(key, i);
  });
  return groups;
}

/**
 * Groups of unit names that mean one unit, from the rows of satuan.xlsx (value, item, description, other names
 * separated by commas); only groups of two or more keys, each sorted, in the text form `parseUnitGroups` reads.
 * @example unitGroupsText([["%", "%", null, "persen"]]) // "%|persen"
 */
export function unitGroupsText(rows: readonly (readonly (string | null)[])[]): string {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let p = parent.get(k) ?? k;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(k, p);
    return p;
  };
  for (const row of rows) {
    const keys = row.flatMap((cell) => (cell ?? "").split(",")).map(aliasKey).filter((k) => k !== "");
    const first = keys[0];
    if (first === undefined) continue;
    for (const k of keys) {
      const a = find(first);
      const b = find(k);
      if (a !== b) parent.set(b, a);
    }
  }
  const groups = new Map<string, Set<string>>();
  for (const k of parent.keys()) {
    const root = find(k);
    const g = groups.get(root) ?? new Set([root]);
    g.add(k);
    groups.set(root, g);
  }
  return [...groups.values()]
    .filter((g) => g.size > 1)
    .map((g) => [...g].sort().join("|"))
    .sort()
    .join("\n");
}

/**
 * True when two folded units differ by at most one letter added, dropped or changed, and both have six letters
 * or more (`dokuman` / `dokumen`, `doumen` / `dokumen`; short units such as `orang` / `organ` never).
 * @example oneSlipApart("dokuman", "dokumen") // true
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
