// fast-check generators shared by the kode tests: canonical codes and the ways sheets write them.
import fc from "fast-check";
import type { CellValue } from "../../../core/grid.js";
import type { KodeLevel } from "../../../core/kode/index.js";

/** The numbers of a code; `level` says how many of them count. */
export interface KodeParts {
  level: KodeLevel;
  urusan: number;
  bidang: number;
  program: number;
  lead: number;
  kegiatan: number;
  sub: number;
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0");

/** Any code of any level, with ordinals from 1 (0 never exists). */
export const kodeParts: fc.Arbitrary<KodeParts> = fc.record({
  level: fc.constantFrom<KodeLevel>(1, 2, 3, 4, 5),
  urusan: fc.integer({ min: 1, max: 9 }),
  bidang: fc.integer({ min: 1, max: 99 }),
  program: fc.integer({ min: 1, max: 99 }),
  lead: fc.integer({ min: 1, max: 9 }),
  kegiatan: fc.integer({ min: 1, max: 99 }),
  sub: fc.oneof(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 })),
});

/** The canonical segments of a code (kegiatan as one segment `d.dd`). */
export function segmentsOf(p: KodeParts): string[] {
  const all = [String(p.urusan), pad(p.bidang, 2), pad(p.program, 2), `${p.lead}.${pad(p.kegiatan, 2)}`, pad(p.sub, 4)];
  return all.slice(0, p.level);
}

/** The canonical code `U.BB.PP.K.KK.SSSS` cut at its level. */
export function canonicalOf(p: KodeParts): string {
  return segmentsOf(p).join(".");
}

/** Numbers of a code for natural ordering, one per dot-piece. */
export function numbersOf(p: KodeParts): number[] {
  return [p.urusan, p.bidang, p.program, p.lead, p.kegiatan, p.sub].slice(0, p.level <= 3 ? p.level : p.level + 1);
}

/** Inserts a PDF break (a space) inside a text of two or more characters. */
function pdfBreak(s: string, at: number): string {
  if (s.length < 2) return s;
  const i = 1 + (at % (s.length - 1));
  return s.slice(0, i) + " " + s.slice(i);
}

/** A two-digit-or-less segment (bidang, program) as a split cell: padded, unpadded, Excel number, PDF break, trailing dot. */
function twoDigitCell(n: number): fc.Arbitrary<CellValue> {
  return fc.oneof(
    fc.constant(pad(n, 2)),
    fc.constant(String(n)),
    fc.constant(n),
    fc.nat().map((at) => pdfBreak(pad(n, 2), at)),
    fc.constant(`${pad(n, 2)}.`),
    fc.constant(`${String(n)}.`),
  );
}

/** The kegiatan as a split cell: `2.01`, `2,01`, Excel's number, trailing dot, PDF break. */
function kegiatanCell(lead: number, kegiatan: number): fc.Arbitrary<CellValue> {
  const text = `${lead}.${pad(kegiatan, 2)}`;
  return fc.oneof(
    fc.constant(text),
    fc.constant(`${lead},${pad(kegiatan, 2)}`),
    fc.constant(Number(text)),
    fc.constant(`${text}.`),
    fc.nat().map((at) => `${pdfBreak(text, at)}.`),
  );
}

/** The sub kegiatan as a split cell: 4 digits, 2 digits (older form), unpadded, Excel's number, PDF break. */
function subCell(sub: number): fc.Arbitrary<CellValue> {
  const forms: fc.Arbitrary<CellValue>[] = [
    fc.constant(pad(sub, 4)),
    fc.constant(String(sub)),
    fc.constant(sub),
    fc.nat().map((at) => pdfBreak(pad(sub, 4), at)),
  ];
  if (sub <= 99) forms.push(fc.constant(pad(sub, 2)), fc.nat().map((at) => pdfBreak(pad(sub, 2), at)));
  return fc.oneof(...forms);
}

/** Cells a split kode leaves empty after the code's level. */
const blankCell: fc.Arbitrary<CellValue> = fc.constantFrom<CellValue>(null, "", "  ", ".", "..");

/** The code written over split cells (one per level), the way sheets and PDFs give them, then blank cells. */
export function splitCells(p: KodeParts): fc.Arbitrary<CellValue[]> {
  const cells: fc.Arbitrary<CellValue>[] = [fc.constantFrom<CellValue>(String(p.urusan), p.urusan, `${p.urusan}.`)];
  if (p.level >= 2) cells.push(twoDigitCell(p.bidang));
  if (p.level >= 3) cells.push(twoDigitCell(p.program));
  if (p.level >= 4) cells.push(kegiatanCell(p.lead, p.kegiatan));
  if (p.level >= 5) cells.push(subCell(p.sub));
  const trailing = fc.array(blankCell, { maxLength: 5 - p.level });
  return fc.tuple(fc.tuple(...cells), trailing).map(([code, blanks]) => [...code, ...blanks]);
}

/** The code written in one cell: canonical, with the older two-digit sub kegiatan, or as Excel's number (`1.06`). */
export function oneCell(p: KodeParts): fc.Arbitrary<CellValue> {
  const text = canonicalOf(p);
  const forms: fc.Arbitrary<CellValue>[] = [fc.constant(text), fc.constant(` ${text} `)];
  if (p.level === 5 && p.sub <= 99) forms.push(fc.constant(text.slice(0, -4) + pad(p.sub, 2)));
  if (p.level <= 2) forms.push(fc.constant(Number(text)));
  return fc.oneof(...forms);
}
