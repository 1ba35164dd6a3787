// The in-place .xlsx writer: applies fix/clear edits to the original package and leaves every other part byte for byte.
import { STORE_SHEET } from "../../core/plan/flag-store-format.js";
import type { KeptCell } from "../apply-patch.js";
import { storeRows } from "../flag-state.js";
import { OpcPackage, REL } from "./opc-package.js";
import { Refusal } from "./refusal.js";
import { SheetEdit, type SheetPlan } from "./sheet-edit.js";
import { StyleTable, type StyleCounts } from "./style-table.js";
import { dropCalcChain, putHiddenSheet, removeSheet, setFullCalcOnLoad, textSheetXml, workbookParts } from "./workbook-part.js";
import { rootPrefix } from "./xml-text.js";

export type { SheetPlan } from "./sheet-edit.js";

/** What becomes of the flag record: left as it is, removed (clear), or replaced by these lines. */
export type StorePlan = { kind: "keep" } | { kind: "remove"; counts: StyleCounts | undefined } | { kind: "put"; lines: () => readonly KeptCell[]; counts: StyleCounts | undefined };

/**
 * The package with the sheet plans and the flag record applied. Raises a Refusal naming what cannot be written
 * without loss (nothing is written then).
 * @example const bytes = await writePackage(await readFile(input), [plan], { kind: "keep" });
 */
export async function writePackage(original: Uint8Array, plans: readonly SheetPlan[], store: StorePlan): Promise<Buffer> {
  let pkg: OpcPackage;
  try {
    pkg = await OpcPackage.open(original);
  } catch {
    throw new Refusal("zip", "unreadable");
  }
  const wb = await workbookParts(pkg);
  const stylesRel = (await pkg.rels(wb.path)).find((r) => r.type === REL.styles);
  const stylesXml = stylesRel ? await pkg.text(stylesRel.path) : null;
  if (!stylesRel || stylesXml === null) throw new Refusal(`${wb.path} styles`, "missing");
  const styles = new StyleTable(stylesXml, rootPrefix(stylesXml));
  const vmlDefault = await pkg.hasDefault("vml");
  const edits: SheetEdit[] = [];
  for (const plan of plans) {
    const part = wb.sheets.find((s) => s.name === plan.name);
    if (!part?.path) throw new Refusal(`"${plan.name}"`, "missing");
    edits.push(await SheetEdit.open(pkg, part.path, plan, styles));
  }
  let formulas = false;
  let formulaRemoved = false;
  for (const e of edits) {
    e.restore();
    const effects = e.write();
    formulas ||= effects.formulas;
    formulaRemoved ||= effects.formulaRemoved;
  }
  // The style lists as they are without flags: clear cuts them back to this.
  const before: StyleCounts = { ...styles.counts(), vmlDefault };
  for (const e of edits) e.flag();
  for (const e of edits) pkg.set(e.path, await e.finish());
  if (formulas) await setFullCalcOnLoad(pkg, wb.path);
  if (formulaRemoved) await dropCalcChain(pkg, wb.path);
  if (store.kind === "put") {
    const lines = store.lines();
    if (lines.length > 0) await putHiddenSheet(pkg, STORE_SHEET, textSheetXml(storeRows(lines, store.counts ?? before)));
    else await removeSheet(pkg, STORE_SHEET);
  }
  if (store.kind === "remove") await removeSheet(pkg, STORE_SHEET);
  const cleared = store.kind === "remove" || (store.kind === "put" && store.lines().length === 0);
  if (cleared && store.counts) styles.truncate(store.counts, await highestXfUsed(pkg));
  // A .vml Default renja added goes with the last drawing (one the file had stays, used or not).
  if (cleared && store.counts?.vmlDefault === false && !pkg.paths().some((p) => p.toLowerCase().endsWith(".vml"))) await pkg.removeDefault("vml");
  if (styles.text() !== stylesXml) pkg.set(stylesRel.path, styles.text());
  return pkg.bytes();
}

/** The highest cell format index any worksheet's cells, rows or columns use. */
async function highestXfUsed(pkg: OpcPackage): Promise<number> {
  const wb = await workbookParts(pkg);
  let max = 0;
  for (const s of wb.sheets) {
    const xml = s.path ? await pkg.text(s.path) : null;
    if (xml === null) continue;
    for (const m of xml.matchAll(/<(?:\w+:)?(?:c|row)\s[^>]*?\ss="(\d+)"/g)) max = Math.max(max, Number(m[1]));
    for (const m of xml.matchAll(/<(?:\w+:)?col\s[^>]*?\sstyle="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  }
  return max;
}

export { Refusal };
