// Flat header labels cut into group and leaf parts where neighbouring labels of the same header row stop sharing their leading words.

/** Fewer shared leading words than this are a coincidence (`Target Capaian` / `Target Keluaran`), not a group. */
const MIN_SHARED_WORDS = 2;

function wordsOf(label: string): string[] {
  return label === "" ? [] : label.split(" ");
}

function sharedWords(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function sameAbove(labels: readonly (readonly string[])[], h: number, a: number, b: number): boolean {
  for (let r = 0; r < h; r++) if ((labels[r]?.[a] ?? "") !== (labels[r]?.[b] ?? "")) return false;
  return true;
}

/**
 * Two neighbouring labels of the same length that differ in their last word and in at most one word before it
 * (`… Kinerja dan Anggaran … Triwulan II K` / `… Kinerja dan Biaya … Triwulan II Rp`): one group reworded, the last word the leaf.
 */
function siblingCut(own: readonly string[], other: readonly string[]): boolean {
  const n = own.length;
  if (n !== other.length || own[n - 1] === other[n - 1]) return false;
  let differ = 0;
  for (let i = 0; i < n - 1; i++) if (own[i] !== other[i]) differ++;
  return differ <= 1 && n - 1 - differ >= MIN_SHARED_WORDS;
}

/**
 * Where one label is cut: at every count of leading words it shares with a label of its run (the neighbours to either side
 * under the same labels above, each sharing at least two leading words with the one before it, one unrelated label
 * stepped over); a sibling next to it that only rewords one word of the group cuts before the last word instead.
 */
function cutsOf(labels: readonly (readonly string[])[], h: number, c: number): number[] {
  const row = labels[h] ?? [];
  const own = wordsOf(row[c] ?? "");
  const cuts = new Set<number>();
  if (own.length <= MIN_SHARED_WORDS) return [];
  for (const step of [-1, 1]) {
    let prev = own;
    // A run may step over one label that shares nothing with it: a column inserted into a group (`Nomor Urut` between two triwulan).
    let skipped = false;
    for (let d = c + step; d >= 0 && d < row.length && sameAbove(labels, h, c, d); d += step) {
      const other = wordsOf(row[d] ?? "");
      if (other.join(" ") === prev.join(" ")) continue;
      if (sharedWords(prev, other) < MIN_SHARED_WORDS) {
        if (skipped) break;
        skipped = true;
        continue;
      }
      const sibling = d === c + step && siblingCut(own, other);
      const k = sibling ? own.length - 1 : sharedWords(own, other);
      if (k >= MIN_SHARED_WORDS && k < own.length) cuts.add(k);
      prev = other;
    }
  }
  return [...cuts].sort((a, b) => a - b);
}

/**
 * Every header label as its parts: a label that joins a group's words with its own (`Realisasi Kinerja Pada Triwulan I K`,
 * `Bertambah/Berkurang (Rp) Bertambah`) is cut where its neighbours' wording parts from it, so the words nearest the end
 * are read as the leaf. A label that shares no leading words with a neighbour stays whole.
 * @example cutFlatLabels([["realisasi triwulan i k", "realisasi triwulan i rp", "realisasi triwulan ii k"]])[0][0] // ["realisasi triwulan", "i", "k"]
 */
export function cutFlatLabels(labels: readonly (readonly string[])[]): string[][][] {
  return labels.map((row, h) =>
    row.map((label, c) => {
      const words = wordsOf(label);
      const parts: string[] = [];
      let from = 0;
      for (const k of [...cutsOf(labels, h, c), words.length]) {
        parts.push(words.slice(from, k).join(" "));
        from = k;
      }
      return label === "" ? [""] : parts;
    }),
  );
}
