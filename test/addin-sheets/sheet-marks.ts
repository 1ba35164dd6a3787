// A fake sheet's layers as text, to compare a sheet before and after an action.
import type { FakeSheet } from "./fake-sheet.js";

/** Every cell's fill and note, to compare before and after. */
export function marks(sheet: FakeSheet): string {
  const out: string[] = [];
  sheet.cells.forEach((row, r) => row?.forEach((c, col) => c && (c.background !== null || c.note !== null) && out.push(`${r}:${col} ${c.background ?? "-"} ${JSON.stringify(c.note)}`)));
  return out.join("\n");
}

/** Every cell's value, formula and number format, densely (cells the fake created empty read as empty). */
export function values(sheet: FakeSheet): string {
  const out: string[] = [];
  sheet.cells.forEach((row, r) => row?.forEach((c, col) => c && (c.value !== null || c.formula !== null || c.format !== null) && out.push(`${r}:${col} ${JSON.stringify([c.value, c.formula, c.format])}`)));
  return out.join("\n");
}
