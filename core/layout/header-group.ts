// How close two columns sit in the header's grouping: columns under the same group label belong together, wherever they stand.
import type { Column } from "../model.js";

const WORD = /[\p{L}\p{N}]+/gu;

function groups(c: Column): string[] {
  const segs = c.header.split(" > ");
  return segs.slice(0, -1);
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(WORD) ?? []);
}

/** Shared leading group labels, then shared words of the whole header. */
function closeness(a: Column, b: Column): [number, number] {
  const ga = groups(a);
  const gb = groups(b);
  let prefix = 0;
  while (prefix < ga.length && prefix < gb.length && ga[prefix] === gb[prefix]) prefix++;
  const wa = words(a.header);
  let shared = 0;
  for (const w of words(b.header)) if (wa.has(w)) shared++;
  return [prefix, shared];
}

/**
 * The candidate that shares most of `col`'s header group (then most header words, then the nearest
 * column): a realisation's target is the one under the same `Tahun 2024` group, not the first target
 * of the sheet, so reordering columns does not change the pairing.
 * @example closestInHeader(realisasiK2024, [targetRenstra, target2024, target2025]) // target2024
 */
export function closestInHeader(col: Column, candidates: readonly Column[]): Column | undefined {
  let best: Column | undefined;
  let bestScore: [number, number, number] = [-1, -1, -Infinity];
  for (const c of candidates) {
    const [p, w] = closeness(col, c);
    const score: [number, number, number] = [p, w, -Math.abs(c.index - col.index)];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && (score[1] > bestScore[1] || (score[1] === bestScore[1] && score[2] > bestScore[2])))) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
