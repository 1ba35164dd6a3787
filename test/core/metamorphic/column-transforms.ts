// Transformations that move, join, split or add columns (meaning kept: the same table with another column layout).
import type { CellValue } from "../../../core/grid.js";
import { splitKodeCells } from "../../support/renja-grid.js";
import { cloneSheet } from "./edit-rows.js";
import { rebuildColumns, type ColSpec, type HeaderMerge } from "./edit-columns.js";
import { headerTextRows, widthOf, type Sheet } from "./sheet.js";

/** Columns that must move together: linked by a merge at or below the header (title merges left out). */
export function columnGroups(s: Sheet): number[][] {
  const width = widthOf(s);
  const top = s.headerBlocks[0]?.[0] ?? 0;
  const parent = Array.from({ length: width }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x] as number)));
  for (const m of s.merges) {
    if (m.bottom < top) continue;
    for (let c = m.left + 1; c <= m.right && c < width; c++) parent[find(c)] = find(m.left);
  }
  const kode = s.cols.flatMap((k, c) => (k === "kode" ? [c] : []));
  for (const c of kode.slice(1)) parent[find(c)] = find(kode[0] as number);
  // Groups are runs of columns; a link that jumps over columns pulls those in too.
  const groups: number[][] = [];
  let c = 0;
  while (c < width) {
    const root = find(c);
    let end = c;
    for (let x = c; x < width; x++) if (find(x) === root) end = x;
    for (let x = c; x <= end; x++) for (let y = x; y < width; y++) if (find(y) === find(x) && y > end) end = y;
    groups.push(Array.from({ length: end - c + 1 }, (_, i) => c + i));
    c = end + 1;
  }
  return groups;
}

const keep = (c: number): ColSpec => ({ sources: [c] });
const isKodeGroup = (s: Sheet, g: readonly number[]) => g.some((c) => s.cols[c] === "kode");

/** The column groups that are not code reversed, the code group left where it is. */
export function reorderColumns(s: Sheet): Sheet | null {
  const groups = columnGroups(s);
  const moving = groups.filter((g) => !isKodeGroup(s, g)).reverse();
  if (moving.length < 2) return null;
  let i = 0;
  const order = groups.map((g) => (isKodeGroup(s, g) ? g : (moving[i++] as number[])));
  return rebuildColumns(s, order.flat().map(keep));
}

/** A code cell piece as one-cell codes write it: PDF breaks joined, `,` read as `.`, bidang and program two digits, kegiatan `d.dd`. */
function codePiece(v: CellValue, part: number): string {
  const t = v === null ? "" : String(v).replace(/\s+/g, "").replace(/,/g, ".").replace(/\.+$/, "");
  if (!/^\d+(\.\d+)?$/.test(t)) return v === null ? "" : String(v).trim();
  if (part === 1 || part === 2 || part === 4) return t.padStart(2, "0");
  if (part === 3) {
    const [lead = "", rest = ""] = t.split(".");
    return rest === "" ? t : `${lead}.${rest.padStart(2, "0")}`;
  }
  return t;
}

/** Header merges that cover code cells and other columns give their label to the other columns alone (the code gets its own). */
function unmergeFromKode(s: Sheet, kode: readonly number[]): Sheet {
  const out = cloneSheet(s);
  const headerRows = new Set(s.headerBlocks.flat());
  out.merges = [];
  for (const m of s.merges) {
    const cols = Array.from({ length: m.right - m.left + 1 }, (_, i) => m.left + i);
    const others = cols.filter((c) => !kode.includes(c));
    if (!headerRows.has(m.top) || others.length === 0 || others.length === cols.length) {
      out.merges.push(m);
      continue;
    }
    const label = s.rows[m.top]?.[m.left] ?? null;
    const first = others[0] as number;
    for (let r = m.top; r <= m.bottom; r++) for (const c of cols) (out.rows[r] as CellValue[])[c] = r === m.top && c === first ? label : c === first ? null : (out.rows[r]?.[c] ?? null);
    if (others.length > 1 || m.bottom > m.top) out.merges.push({ ...m, left: first, right: others[others.length - 1] as number });
  }
  return out;
}

/** A split code (`1 | 06 | 01 | 2.01 | 0001`) written in one cell (`1.06.01.2.01.0001`). */
export function joinKode(sheet: Sheet): Sheet | null {
  const kode = sheet.cols.flatMap((k, c) => (k === "kode" ? [c] : []));
  if (kode.length < 2) return null;
  const s = unmergeFromKode(sheet, kode);
  const texts = headerTextRows(s, s.headerBlocks[0] ?? []).length;
  const joined: ColSpec = {
    sources: kode,
    kind: "kode",
    role: "kode",
    header: ["Kode", ...new Array<CellValue>(texts - 1).fill(null)],
    cell: (row) =>
      kode
        .map((c, i) => codePiece(row[c] ?? null, s.kodeParts[c] ?? i))
        .filter((p) => p !== "")
        .join(".") || null,
  };
  const specs: ColSpec[] = [];
  for (let c = 0; c < widthOf(s); c++) {
    if (c === kode[0]) specs.push(joined);
    else if (!kode.includes(c)) specs.push(keep(c));
  }
  const at = specs.indexOf(joined);
  return rebuildColumns(s, specs, texts > 1 ? [{ top: 0, bottom: texts - 1, left: at, right: at }] : []);
}

const SPLIT_LABELS = ["Urusan", "Bidang Urusan", "Program", "Kegiatan", "Sub Kegiatan"];
const CODE_TEXT = /^[\dxX]{1,2}(\.[\dxX]{1,4})*\.?$/;

/** A one-cell code over five cells `Urusan | Bidang Urusan | Program | Kegiatan | Sub Kegiatan`. */
export function splitKode(s: Sheet): Sheet | null {
  const kode = s.cols.flatMap((k, c) => (k === "kode" ? [c] : []));
  if (kode.length !== 1) return null;
  const k = kode[0] as number;
  const texts = headerTextRows(s, s.headerBlocks[0] ?? []).length;
  // Codes written from the program on (`01.2.01.06`, urusan and bidang left out) start at the third cell.
  const fromProgram = (t: string) => /^\d{2}\.\d\.\d{2}/.test(t);
  let full = 0;
  let partial = 0;
  for (let r = s.dataStart; r < s.rows.length; r++) {
    const t = String(s.rows[r]?.[k] ?? "").trim();
    if (fromProgram(t)) partial++;
    else if (/^\d\.\d{1,2}(\.|$)/.test(t)) full++;
  }
  const parts = (v: CellValue): CellValue[] => {
    const t = v === null ? "" : String(v).trim();
    if (!CODE_TEXT.test(t)) return [v, null, null, null, null];
    const code = t.replace(/\.$/, "");
    return partial > full ? [null, null, ...splitKodeCells(`0.00.${code}`).slice(2)] : splitKodeCells(code);
  };
  const part = (i: number): ColSpec => ({
    sources: [k],
    kind: "kode",
    role: "kode-part",
    header: texts === 1 ? [`Kode ${SPLIT_LABELS[i] ?? ""}`] : [i === 0 ? "Kode" : null, ...new Array<CellValue>(texts - 2).fill(null), SPLIT_LABELS[i] ?? null],
    cell: (row) => parts(row[k] ?? null)[i] ?? null,
  });
  const specs: ColSpec[] = [];
  for (let c = 0; c < widthOf(s); c++) specs.push(...(c === k ? [0, 1, 2, 3, 4].map(part) : [keep(c)]));
  const merges: HeaderMerge[] = texts > 1 ? [{ top: 0, bottom: texts - 2, left: k, right: k + 4 }] : [];
  return rebuildColumns(s, specs, merges);
}

/** A new column right after the group holding column `after`, its label over all header rows. */
function insertAfter(s: Sheet, after: number, label: string, cell: (r: number) => CellValue, kind: ColSpec["kind"]): Sheet {
  const group = columnGroups(s).find((g) => g.includes(after)) ?? [after];
  const end = group[group.length - 1] as number;
  const texts = headerTextRows(s, s.headerBlocks[0] ?? []).length;
  const specs: ColSpec[] = [];
  for (let c = 0; c < widthOf(s); c++) {
    specs.push(keep(c));
    if (c === end) specs.push({ sources: [], kind, role: null, header: [label, ...new Array<CellValue>(texts - 1).fill(null)], cell: (_row, r) => cell(r) });
  }
  return rebuildColumns(s, specs, texts > 1 ? [{ top: 0, bottom: texts - 1, left: end + 1, right: end + 1 }] : []);
}

/** An unrelated text column after the names and an unrelated column of small integers after the indicators. */
export function insertUnrelated(s: Sheet): Sheet | null {
  const name = s.cols.indexOf("name");
  const indicator = s.cols.indexOf("indicator");
  if (name < 0) return null;
  const node = (x: Sheet, r: number) => x.levels[r] !== null && x.levels[r] !== undefined && x.kinds[r] !== "repeat";
  const withText = insertAfter(s, name, "Keterangan Tambahan", (r) => (node(s, r) ? "Prioritas daerah" : null), "text");
  let n = 0;
  const at = indicator < 0 ? withText.cols.indexOf("name") : (withText.colMap[indicator] ?? 0);
  return insertAfter(withText, at, "Nomor Urut Prioritas", (r) => (node(withText, r) ? (n++ % 5) + 1 : null), "none");
}

/** A `No` column on the left numbering the programs 1, 2, 3 … */
export function numberPrograms(s: Sheet): Sheet | null {
  const texts = headerTextRows(s, s.headerBlocks[0] ?? []).length;
  // A program printed again (SIPD context rows) keeps its number.
  const numbers = new Map<string, number>();
  const numberOf = (r: number): number | null => {
    if (s.levels[r] !== 3) return null;
    const key = s.codes[r] ?? `row ${r}`;
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return numbers.get(key) ?? null;
  };
  const no: ColSpec = { sources: [], kind: "text", role: "no", header: ["No", ...new Array<CellValue>(texts - 1).fill(null)], cell: (_row, r) => numberOf(r) };
  const specs = [no, ...Array.from({ length: widthOf(s) }, (_, c) => keep(c))];
  return rebuildColumns(s, specs, texts > 1 ? [{ top: 0, bottom: texts - 1, left: 0, right: 0 }] : []);
}

/** The numbering row gives a split code one number over its merged cells (`1` over `Urusan … Sub Kegiatan`, then `2` for the name …; domain §10). */
export function numberingOverKode(s: Sheet): Sheet | null {
  const kode = s.cols.flatMap((k, c) => (k === "kode" ? [c] : []));
  if (!s.numbered || kode.length < 2) return null;
  const out = cloneSheet(s);
  const first = kode[0] as number;
  const last = kode[kode.length - 1] as number;
  for (const block of s.headerBlocks) {
    const r = block[block.length - 1] as number;
    const old = s.rows[r] ?? [];
    const map = new Map<number, number>();
    let n = 0;
    old.forEach((v, c) => {
      const m = /\d+/.exec(typeof v === "number" || typeof v === "string" ? String(v) : "");
      if (!m) return;
      if (c <= first || c > last) n++;
      map.set(Number(m[0]), n);
    });
    out.rows[r] = old.map((v, c) => {
      if (c > first && c <= last) return null;
      if (typeof v === "number") return map.get(v) ?? v;
      return typeof v === "string" ? v.replace(/\d+/g, (d) => String(map.get(Number(d)) ?? d)) : v;
    });
    out.merges.push({ top: r, bottom: r, left: first, right: last });
  }
  return out;
}

/**
 * A `Target Capaian Program` column (domain §10, targets at several levels) after the indicators, carrying each program's own
 * target on every row of its block: the program's outcome, never a kegiatan's or sub kegiatan's own target.
 */
export function programTargetColumn(s: Sheet): Sheet | null {
  const target = s.cols.indexOf("target");
  const indicator = s.cols.lastIndexOf("indicator");
  if (target < 0 || indicator < 0) return null;
  const carried: CellValue[] = [];
  let current: CellValue = null;
  for (let r = 0; r < s.rows.length; r++) {
    const level = s.levels[r];
    if (level !== null && level !== undefined && level <= 2) current = null;
    if (level === 3) current = s.rows[r]?.[target] ?? null;
    // A page-break repeat stays without figures.
    carried.push(level !== null && level !== undefined && level >= 3 && s.kinds[r] !== "repeat" ? current : null);
  }
  if (!carried.some((v) => v !== null)) return null;
  return insertAfter(s, indicator, "Target Capaian Program", (r) => carried[r] ?? null, "target");
}
