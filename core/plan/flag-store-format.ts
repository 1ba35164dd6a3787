// The flag state kept in a workbook (hidden sheet `_renja_flags`), one format for the CLI, the Excel pane and the
// Sheets add-on: A1 `renja-flags`, B1 the version, then one JSON line per cell — so clearing works in a later
// session, and a workbook flagged by `renja fix --flags` can be cleared in Excel (and the other way round).
import { z } from "zod";
import { columnIndex, columnLetter } from "../grid.js";
import { FLAG_PALETTE } from "./flags.js";
import type { FillWrite, NoteWrite } from "./patch.js";

/** Where a host put the message of a flag: a note, a threaded comment, or a findings column. */
export type NoteMode = "note" | "comment" | "column";

export const STORE_SHEET = "_renja_flags";
export const STORE_MARKER = "renja-flags";
export const STORE_VERSION = 1;
const STORE_NOTE = "Kept by the Renja checker (Excel add-in / renja fix --flags): the fills and notes the flags replaced. Hapus tanda / renja clear restores them.";

/** The flags of one sheet as applied. */
export interface KeptSheetFlags {
  sheetId: string;
  /** Sheet name when flagged (ids are the key; the name finds flags made by the CLI or on another machine). */
  sheet: string;
  mode: NoteMode;
  /** 0-based findings column (mode `column`). */
  column: number | null;
  /** ISO time of flagging. */
  at: string;
  fills: FillWrite[];
  /** Our notes (mode `note`), comments (mode `comment`, with `commentId`) or findings-column cells (mode `column`). */
  notes: (NoteWrite & { commentId?: string })[];
}

const argbColour = z.object({ argb: z.string().optional() }).passthrough();
/** One kept cell: the CLI's fields (exceljs fill, font and note before flagging; what we set), plus the add-in's. */
export const keptCellSchema = z.object({
  sheet: z.string(),
  address: z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/),
  fill: z.object({ fgColor: argbColour.optional() }).passthrough().optional(),
  font: z.object({ color: argbColour.optional() }).passthrough().optional(),
  note: z.union([z.string(), z.object({ texts: z.array(z.object({ text: z.string() }).passthrough()).optional() }).passthrough()]).optional(),
  ourFill: z.string().optional(),
  ourNote: z.string().optional(),
  // The add-in's own fields (the CLI ignores them).
  sheetId: z.string().optional(),
  at: z.string().optional(),
  ourFont: z.string().optional(),
  setFont: z.boolean().optional(),
  mode: z.enum(["note", "comment", "column"]).optional(),
  ourText: z.string().optional(),
  commentId: z.string().optional(),
});
type KeptCell = z.infer<typeof keptCellSchema>;

const hex = (argb: string | undefined): string | null => (argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null);
const argb = (c: string): string => `FF${c.replace(/^#/, "").toUpperCase()}`;

/**
 * The store's cells: the marker row, then one JSON line per flagged cell (column A, kept as text).
 * @example encodeStore([kept])[0] // ["renja-flags", 1, "Kept by …"]
 */
export function encodeStore(all: readonly KeptSheetFlags[]): (string | number)[][] {
  const out: (string | number)[][] = [[STORE_MARKER, STORE_VERSION, STORE_NOTE]];
  for (const k of all) {
    const cells = new Map<string, KeptCell>();
    const cell = (row: number, col: number): KeptCell => {
      const address = `${columnLetter(col)}${row + 1}`;
      let c = cells.get(address);
      if (!c) {
        c = { sheet: k.sheet, address, sheetId: k.sheetId, at: k.at };
        cells.set(address, c);
      }
      return c;
    };
    for (const f of k.fills) {
      if (f.fill === null) continue;
      const c = cell(f.row, f.col);
      c.ourFill = f.fill;
      if (f.previousFill !== null) c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.previousFill) } };
      if (f.previousFont !== null) c.font = { color: { argb: argb(f.previousFont) } };
      if (f.font !== null) c.ourFont = f.font;
      if (f.setFont) c.setFont = true;
    }
    for (const n of k.notes) {
      if (n.note === null) continue;
      const c = cell(n.row, n.col);
      c.mode = k.mode;
      if (k.mode === "note") {
        c.ourNote = n.note;
        if (n.previous !== null) c.note = n.previous;
      } else c.ourText = n.note;
      if (n.commentId !== undefined) c.commentId = n.commentId;
    }
    for (const c of cells.values()) out.push([JSON.stringify(c)]);
  }
  return out;
}

/**
 * The kept flags from the store's cells. Lines that do not parse are skipped and counted in `damaged` (someone
 * unhid and edited the sheet), so that one bad line does not lose the others.
 * @example decodeStore(encodeStore([kept])).sheets // [kept]
 */
export function decodeStore(values: readonly (readonly unknown[])[]): { sheets: KeptSheetFlags[]; damaged: number } {
  const bySheet = new Map<string, KeptSheetFlags>();
  let damaged = 0;
  if (values[0]?.[0] !== STORE_MARKER) return { sheets: [], damaged: values.length > 0 ? 1 : 0 };
  for (const line of values.slice(1)) {
    const text = line[0];
    if (typeof text !== "string" || text === "") continue;
    let parsed: ReturnType<typeof keptCellSchema.safeParse>;
    try {
      parsed = keptCellSchema.safeParse(JSON.parse(text));
    } catch {
      damaged++;
      continue;
    }
    if (!parsed.success) {
      damaged++;
      continue;
    }
    const c = parsed.data;
    const id = c.sheetId ?? "";
    const k0 = `${id}\u0000${c.sheet}`;
    let k = bySheet.get(k0);
    if (!k) {
      k = { sheetId: id, sheet: c.sheet, mode: c.mode ?? "note", column: null, at: c.at ?? "", fills: [], notes: [] };
      bySheet.set(k0, k);
    }
    const m = /^([A-Z]+)(\d+)$/.exec(c.address);
    if (!m) continue;
    const row = Number(m[2]) - 1;
    const col = columnIndex(m[1] ?? "A");
    if (c.ourFill !== undefined) {
      // Flags set by the CLI carry no font of ours: the palette's font for that fill.
      const font = c.ourFont ?? paletteFont(c.ourFill);
      const f: FillWrite = { row, col, fill: c.ourFill, font, previousFill: hex(c.fill?.fgColor?.argb), previousFont: hex(c.font?.color?.argb) };
      if (c.setFont) f.setFont = true;
      k.fills.push(f);
    }
    const mode = c.mode ?? (c.ourNote !== undefined ? "note" : undefined);
    if (mode) k.mode = mode;
    if (mode === "note" && c.ourNote !== undefined) k.notes.push({ row, col, note: c.ourNote, previous: noteText(c.note) });
    else if ((mode === "comment" || mode === "column") && c.ourText !== undefined) {
      const n: KeptSheetFlags["notes"][number] = { row, col, note: c.ourText, previous: null };
      if (c.commentId !== undefined) n.commentId = c.commentId;
      k.notes.push(n);
      if (mode === "column") k.column = col;
    }
  }
  return { sheets: [...bySheet.values()], damaged };
}

function noteText(note: KeptCell["note"]): string | null {
  if (note === undefined) return null;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

function paletteFont(fill: string): string | null {
  for (const p of Object.values(FLAG_PALETTE)) if (p && p.fill.toUpperCase() === fill.toUpperCase()) return p.font;
  return null;
}

/** True for the kept flags that belong to the sheet `id`/`name`: its id, else its name (flags made by the CLI carry no id). */
function belongs(s: KeptSheetFlags, sheets: readonly KeptSheetFlags[], id: string, name: string): boolean {
  if (s.sheetId === id) return true;
  if (s.sheet !== name) return false;
  // By name: lines without an id (the CLI's), or lines whose id Excel no longer knows (another machine).
  return s.sheetId === "" || !sheets.some((o) => o.sheetId === id);
}

/** The kept flags of a sheet (lines by the CLI and by the add-in merged into one set). */
export function keptFor(sheets: readonly KeptSheetFlags[], id: string, name: string): KeptSheetFlags | undefined {
  const mine = sheets.filter((s) => belongs(s, sheets, id, name));
  const first = mine[0];
  if (!first || mine.length === 1) return first;
  const withMode = mine.find((s) => s.notes.length > 0) ?? first;
  return { ...first, mode: withMode.mode, column: withMode.column, fills: mine.flatMap((s) => s.fills), notes: mine.flatMap((s) => s.notes) };
}

/** The store with one sheet's flags replaced (or removed when `kept` is null). */
export function withSheet(sheets: readonly KeptSheetFlags[], id: string, name: string, kept: KeptSheetFlags | null): KeptSheetFlags[] {
  const others = sheets.filter((s) => !belongs(s, sheets, id, name));
  return kept ? [...others, kept] : others;
}
