// The formulas that refer to a deleted cell (`#REF!`), the only ones a check needs (core's formula-broken): a
// short list of cells that the layout memo keeps, so that Tandai after Periksa need not read every formula again.
import { refersToDeletedCell } from "../../core/rules/broken-formula-cells.js";

/** A cell whose formula holds `#REF!`: 0-based row, 0-based column, the formula as `getFormulas` gave it. */
export type BrokenFormula = [row: number, col: number, formula: string];


/**
 * The cells of a `getFormulas` result whose formula refers to a deleted cell, top to bottom.
 * @example brokenFormulasOf([["", "=SUM(#REF!)"]]) // [[0, 1, "=SUM(#REF!)"]]
 */
export function brokenFormulasOf(formulas: readonly (readonly string[])[]): BrokenFormula[] {
  const out: BrokenFormula[] = [];
  formulas.forEach((line, r) => line.forEach((f, c) => f !== "" && refersToDeletedCell(f) && out.push([r, c, f])));
  return out;
}

/**
 * A grid's formula layer holding only these cells (null elsewhere): what the check sees of the formulas when
 * they come from the memo. The core's check reads formulas only for `#REF!`, so its report is the same.
 * @example formulaLayerOf([[2, 4, "=SUM(#REF!)"]])[2][4] // "=SUM(#REF!)"
 */
export function formulaLayerOf(broken: readonly BrokenFormula[]): ((string | null)[] | undefined)[] {
  const layer: ((string | null)[] | undefined)[] = [];
  for (const [r, c, f] of broken) {
    const line = (layer[r] ??= []);
    while (line.length < c) line.push(null);
    line[c] = f;
  }
  return layer;
}
