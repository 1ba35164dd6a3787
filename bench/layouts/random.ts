// A seeded pseudo-random source (mulberry32) and Indonesian number text for the bench sheets: same sheet on every run.
import type { CellValue } from "../../core/grid.js";

/** A bench sheet: its rows as a spreadsheet would hold them, and how many data rows carry a planted mistake. */
export interface BenchSheet {
  name: string;
  rows: CellValue[][];
  mistakes: number;
}

/**
 * A deterministic random number generator in [0, 1).
 * @example const r = seeded(1); r() === seeded(1)() // true
 */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [lo, hi]. */
export function int(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** Element i of a list, cycled. */
export function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

/** Two-digit code part. */
export const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * A scaled integer (coef / 10^decimals, coef ≥ 0) as Indonesian text: "." groups thousands, "," marks decimals.
 * @example idText(128350, 2) // "1.283,50"
 */
export function idText(coef: number, decimals: number): string {
  const s = String(coef).padStart(decimals + 1, "0");
  const int = s.slice(0, s.length - decimals).replace(/\B(?=(\d{3})+$)/g, ".");
  return decimals === 0 ? int : `${int},${s.slice(s.length - decimals)}`;
}

/**
 * n / d rounded half up to an integer (n, d ≥ 0, d > 0, safe integers): the figure a sheet states.
 * @example roundDiv(7, 2) // 4
 */
export function roundDiv(n: number, d: number): number {
  return Number((2n * BigInt(n) + BigInt(d)) / (2n * BigInt(d)));
}
