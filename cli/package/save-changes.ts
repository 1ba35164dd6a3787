// Saves a fix or clear: the in-place package writer by default, the exceljs rewrite only with --force-lossy.
import { readFile } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { Lang } from "../../core/model.js";
import type { KeptCell } from "../apply-patch.js";
import { writeOutput, type OutputTarget } from "../safe-write.js";
import { saveWorkbook } from "../workbook.js";
import { Refusal } from "./refusal.js";
import type { SheetPlan } from "./sheet-edit.js";
import { writePackage, type StorePlan } from "./write-package.js";

const SAY = {
  id: (what: string) =>
    `renja: bagian ini tidak dapat ditulis tanpa kehilangan isi: ${what}; tidak ada yang ditulis. Tambahkan --force-lossy untuk menulis ulang seluruh berkas (bagan, gambar, judul cetak dan validasi dapat hilang).`,
  en: (what: string) => `renja: this cannot be written without losing content: ${what}; nothing written. Add --force-lossy to rewrite the whole file (charts, images, print titles and validations may be lost).`,
};

/**
 * The plan of one sheet from what fix did to its exceljs copy: the flags taken off, the patch's writes, fills and notes.
 * @example plans.push(sheetPlan(ws, restoring, { writes: totals.writes, fills: flags.fills, notes: flags.notes, kept }));
 */
export function sheetPlan(ws: ExcelJS.Worksheet, restore: readonly KeptCell[], done: Pick<SheetPlan, "writes" | "fills" | "notes" | "kept"> | null): SheetPlan {
  return {
    name: ws.name,
    restore,
    writes: done?.writes ?? [],
    fills: done?.fills ?? [],
    notes: done?.notes ?? [],
    kept: done?.kept ?? [],
    formulaOf: (a) => ws.getCell(a).formula ?? null,
  };
}

/**
 * Writes the changes to the claimed output. Returns null when written, or the sentence saying what would be lost
 * (nothing written). With `forceLossy`, the exceljs copy is written whole instead (the old path).
 * @example const refused = await saveChanges(args.file, target, wb, plans, store, { forceLossy: false, lang: "id" });
 */
export async function saveChanges(input: string, target: OutputTarget, wb: ExcelJS.Workbook, plans: readonly SheetPlan[], store: StorePlan, opts: { forceLossy: boolean; lang: Lang }): Promise<string | null> {
  if (opts.forceLossy) {
    await saveWorkbook(wb, target);
    return null;
  }
  let bytes: Buffer;
  try {
    bytes = await writePackage(await readFile(input), plans, store);
  } catch (e) {
    // A part the writer does not understand is refused too; the exceljs rewrite stays the way out.
    return SAY[opts.lang]((e instanceof Refusal ? e : new Refusal((e as Error).message, "unreadable")).describe(opts.lang));
  }
  await writeOutput(target, bytes);
  return null;
}
