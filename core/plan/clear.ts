// Clear: the inverse of a flag patch, from the fills and notes it kept — every cell gets back its fill, font colour and note.
import { EN_US_SYNTAX } from "./formula-syntax.js";
import { emptyPatch, type FillWrite, type NoteWrite, type Patch } from "./patch.js";

/** What a host keeps after applying a flag patch (inside the workbook, so clearing works in a later session). */
export interface KeptFlags {
  sheet: string;
  fills: readonly FillWrite[];
  notes: readonly NoteWrite[];
}

/**
 * The patch that undoes `kept`: each fill and font colour set back to the previous one (an automatic font
 * colour included), each note back to the previous note or removed. Applied after the flag patch, the
 * sheet is as it was.
 * @example planClear({ sheet: "Tabel 3.1", fills: flagPatch.fills, notes: flagPatch.notes })
 */
export function planClear(kept: KeptFlags): Patch {
  const patch = emptyPatch(kept.sheet, EN_US_SYNTAX);
  for (const f of kept.fills) {
    const undo: FillWrite = { row: f.row, col: f.col, fill: f.previousFill, font: f.previousFont, previousFill: f.fill, previousFont: f.font };
    // A flag that left the font alone is undone by leaving it alone; one that coloured it restores the colour (or automatic).
    if (f.font !== null || f.setFont) undo.setFont = true;
    patch.fills.push(undo);
  }
  for (const n of kept.notes) patch.notes.push({ row: n.row, col: n.col, note: n.previous, previous: n.note });
  return patch;
}
