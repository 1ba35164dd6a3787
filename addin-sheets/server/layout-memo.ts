// The number formats, merges and broken formulas a check read, kept for the next action on the same sheet: *Tandai*
// right after *Periksa* then reads the values only. Kept with a fingerprint of the values; any change of a value
// (typing, inserting a row) makes the next action read them again.
import type { MergeRange } from "../../core/grid.js";
import type { BrokenFormula } from "./broken-formulas.js";
import { isHeld, recall, remember } from "./doc-cache.js";

interface LayoutMemo {
  fingerprint: string;
  /** Per column, the formats top to bottom as [format, run length]. */
  formats: [string, number][][];
  merges: MergeRange[];
  /** Only the cells whose formula refers to `#REF!` (a memo kept before they were kept has none: read them). */
  broken?: BrokenFormula[];
}

/** What a memo gives back for exactly the values it was kept with. */
export interface KeptLayout {
  formats: string[][];
  merges: MergeRange[];
  /** null when the memo does not have them (then the formulas are read). */
  broken: BrokenFormula[] | null;
}

const key = (sheetId: string) => `renja.layout.${sheetId}`;

/**
 * A fingerprint of the values `getValues` gave: size and a 32-bit FNV-1a hash of their JSON.
 * @example valuesFingerprint([[1, "a"]]) // "1x2:…"
 */
export function valuesFingerprint(raw: readonly (readonly unknown[])[]): string {
  const text = JSON.stringify(raw);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${raw.length}x${raw[0]?.length ?? 0}:${(h >>> 0).toString(16)}`;
}

/** Keeps the formats, merges and broken formulas read with these values (a memo too large for the cache is not kept). */
export function rememberLayout(sheetId: string, raw: readonly (readonly unknown[])[], formats: readonly (readonly string[])[], merges: readonly MergeRange[], broken: readonly BrokenFormula[]): void {
  const cols = raw[0]?.length ?? 0;
  const runs: [string, number][][] = [];
  for (let c = 0; c < cols; c++) {
    const col: [string, number][] = [];
    for (const row of formats) {
      const f = row[c] ?? "";
      const last = col[col.length - 1];
      if (last && last[0] === f) last[1]++;
      else col.push([f, 1]);
    }
    runs.push(col);
  }
  const memo: LayoutMemo = { fingerprint: valuesFingerprint(raw), formats: runs, merges: [...merges], broken: [...broken] };
  remember(key(sheetId), memo);
}

/** The formats, merges and broken formulas kept for exactly these values, or null (none kept, expired, or the values changed). */
export function recallLayout(sheetId: string, raw: readonly (readonly unknown[])[]): KeptLayout | null {
  const memo = recall<LayoutMemo>(key(sheetId));
  if (!memo || memo.fingerprint !== valuesFingerprint(raw)) return null;
  const formats: string[][] = raw.map(() => []);
  memo.formats.forEach((col, c) => {
    let r = 0;
    for (const [f, n] of col) for (let i = 0; i < n && r < formats.length; i++) (formats[r++] as string[])[c] = f;
  });
  return { formats, merges: memo.merges, broken: memo.broken ?? null };
}

/** True when a memo for the sheet is in the cache (for whichever values it was kept). */
export function layoutHeld(sheetId: string): boolean {
  return isHeld(key(sheetId));
}
