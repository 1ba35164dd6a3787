// Reads satuan.xlsx (SIPD's units with their other names) into the unit alias table of the built-in catalogue.
import { cellText } from "../core/grid.js";
import { unitGroupsText } from "../core/nomenclature/units.js";
import { readGrids } from "./read-file.js";

/**
 * The alias groups of a satuan workbook (first sheet; columns Value, item, Keterangan, Sebutan lain) as text.
 * @example (await readUnitAliases("data/nomenklatur/satuan.xlsx")).split("\n")[0] // "%|persen"
 */
export async function readUnitAliases(path: string): Promise<string> {
  const [grid] = await readGrids(path);
  const rows = (grid?.rows ?? []).slice(1).map((r) => [0, 1, 2, 3].map((c) => cellText(r[c] ?? null) || null));
  return unitGroupsText(rows);
}
