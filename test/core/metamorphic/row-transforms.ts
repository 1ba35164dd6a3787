// Transformations that add rows: title rows, blank rows between blocks, SIPD context rows, a page-break repeat.
import { copyRow, insertBefore, spliceRows, type NewRow } from "./edit-rows.js";
import { isDataRow, widthOf, type Sheet } from "./sheet.js";

/** Two more title rows right above the header, each merged across the table. */
export function titleRows(s: Sheet): Sheet {
  const at = s.headerBlocks[0]?.[0] ?? 0;
  const out = spliceRows(s, at, 0, [{ cells: ["PEMERINTAH KABUPATEN CONTOH"], bold: [true] }, { cells: ["DINAS CONTOH"], bold: [true] }]);
  const right = widthOf(s) - 1;
  if (right > 0) out.merges.push({ top: at, bottom: at, left: 0, right }, { top: at + 1, bottom: at + 1, left: 0, right });
  return out;
}

/** A blank row before every program and kegiatan row (not before the first data row, nor after a blank). */
export function blankRows(s: Sheet): Sheet | null {
  const before: number[] = [];
  for (let r = s.dataStart + 1; r < s.rows.length; r++) {
    const level = s.levels[r];
    if ((level === 3 || level === 4) && isDataRow(s, r - 1) && s.kinds[r - 1] !== "blank") before.push(r);
  }
  if (before.length === 0) return null;
  return insertBefore(
    s,
    before.map((r) => ({ before: r, rows: [{ cells: [], kind: "blank" }] })),
  );
}

const isPrefix = (parent: string | null | undefined, child: string | null | undefined) => !parent || !child || child.startsWith(`${parent}.`);

/**
 * SIPD's print: before each kegiatan block after a program's first, the urusan, bidang and program rows again (same code,
 * same values); before each program after a bidang's first, the urusan and bidang rows.
 */
export function contextRows(s: Sheet): Sheet | null {
  const inserts: { before: number; rows: NewRow[] }[] = [];
  const stack: (number | null)[] = [null, null, null, null];
  const seenChild = [false, false, false, false];
  for (let r = s.dataStart; r < s.rows.length; r++) {
    const level = s.levels[r];
    if (level === null || level === undefined || !s.codes[r] || !isDataRow(s, r)) continue;
    if (level === 3 || level === 4) {
      const parentLevel = level - 1;
      if (seenChild[parentLevel]) {
        const ctx = [1, 2, 3].filter((l) => l < level).map((l) => stack[l]).filter((x): x is number => x !== null && x !== undefined && isPrefix(s.codes[x], s.codes[r]));
        if (ctx.length > 0) inserts.push({ before: r, rows: ctx.map((x) => copyRow(s, x)) });
      }
      seenChild[parentLevel] = true;
    }
    if (level <= 3) {
      stack[level] = r;
      for (let l = level + 1; l <= 3; l++) stack[l] = null;
      for (let l = level; l <= 3; l++) seenChild[l] = false;
    }
  }
  return inserts.length === 0 ? null : insertBefore(s, inserts);
}

/** Leaves (sub kegiatan rows with a code) of the data. */
function leafRows(s: Sheet): number[] {
  const leaves: number[] = [];
  for (let r = s.dataStart; r < s.rows.length; r++) if (s.levels[r] === 5 && s.codes[r] && isDataRow(s, r)) leaves.push(r);
  return leaves;
}

/** The page-break repeat of row r (same code, the end of its name, no numbers) and where it goes: after r's wrapped lines. */
function breakRepeat(s: Sheet, r: number): { at: number; row: NewRow } {
  const nameCol = s.cols.indexOf("name");
  const src = s.rows[r] ?? [];
  const cells = src.map((v, c) => (s.cols[c] === "kode" ? v : null));
  const words = String(src[nameCol] ?? "").trim().split(/\s+/);
  if (nameCol >= 0) cells[nameCol] = words.slice(Math.floor(words.length / 2)).join(" ") || null;
  let at = r + 1;
  while (s.kinds[at] === "continuation") at++;
  return { at, row: { cells, bold: [...(s.bold[r] ?? [])], level: 5, code: s.codes[r] ?? null, kind: "repeat" } };
}

/** The first and the last sub kegiatan each followed (after its wrapped lines) by its page-break repeat. */
export function pageBreakRepeat(s: Sheet): Sheet | null {
  const leaves = leafRows(s);
  const picked = [...new Set([leaves[0], leaves[leaves.length - 1]])].filter((r): r is number => r !== undefined);
  if (picked.length === 0) return null;
  return insertBefore(
    s,
    picked.map((r) => {
      const { at, row } = breakRepeat(s, r);
      return { before: at, rows: [row] };
    }),
  );
}

/**
 * SIPD's page break inside a sub kegiatan: the next page opens with the kegiatan row again (same code, same values), then
 * the cut sub kegiatan's repeat. Done for a middle sub kegiatan.
 */
export function pageBreakWithKegiatan(s: Sheet): Sheet | null {
  const leaves = leafRows(s);
  const r = leaves[Math.floor(leaves.length / 2)];
  if (r === undefined) return null;
  let parent = r - 1;
  while (parent >= s.dataStart && !(s.levels[parent] === 4 && isPrefix(s.codes[parent], s.codes[r]))) parent--;
  if (parent < s.dataStart) return null;
  const { at, row } = breakRepeat(s, r);
  return insertBefore(s, [{ before: at, rows: [copyRow(s, parent), row] }]);
}
