// Periksa, Jumlahkan otomatis, selecting a finding's cell and Sisipkan templat, each as one Excel.run.
import type { CellWrite, Patch } from "../../core/plan/patch.js";
import type { TemplateTable } from "../../core/plan/template.js";
import type { CatalogueResult } from "../../core/nomenclature/index.js";
import type { Capabilities } from "./capabilities.js";
import { finishCatalogue, queueCatalogueHead, queueCatalogueProbe, type CatalogueHead } from "./catalogue-sheet.js";
import type { XlCell, XlContext } from "./excel-api.js";
import { StaleSheetError } from "./flag-actions.js";
import { keptFor, type KeptSheetFlags } from "../../core/plan/flag-store-format.js";
import { finishStore, NO_STORE, queueStoreProbe, queueStoreRead, readStore, type StoreHead, type StoreState } from "./flag-store.js";
import { cellWriteOps } from "./patch-ops.js";
import type { OnProgress } from "./progress.js";
import { queueSheetHead, readActiveSheet, type SheetRead, type SheetSource } from "./read-sheet.js";
import { runOps } from "./write-ops.js";

/** What a check reads: the sheet, the flags kept for it, and the workbook's own nomenclature catalogue. */
export interface CheckRead {
  read: SheetRead;
  kept: KeptSheetFlags | undefined;
  /** The catalogue kept in the workbook (or why it cannot be used); null when the workbook keeps none. */
  catalogue: CatalogueResult | null;
  syncs: number;
}

/**
 * Reads the active sheet for a check, with the flags kept for it (so the pane can offer *Hapus tanda*) and the
 * workbook's own nomenclature catalogue. Syncs: one for the used range, one per block; the flag store and a
 * catalogue of up to about 1 MB come with the first block, larger ones take syncs of their own.
 * @example const { read, kept, catalogue } = await readForCheck(context, caps, onProgress);
 */
export async function readForCheck(context: XlContext, caps: Capabilities, onProgress?: OnProgress): Promise<CheckRead> {
  const collectHead = queueSheetHead(context);
  const probe = queueStoreProbe(context);
  const probeCatalogue = queueCatalogueProbe(context);
  await context.sync();
  const head = collectHead();
  const storeWs = probe();
  const catalogueWs = probeCatalogue();
  // Small extra reads come with the first block; an empty sheet has no block.
  let collectStore: (() => StoreHead) | null = null;
  let collectCatalogue: (() => CatalogueHead) | null = null;
  const queueExtras = () => {
    if (storeWs) collectStore = queueStoreRead(storeWs);
    if (catalogueWs) collectCatalogue = queueCatalogueHead(catalogueWs);
  };
  const withFirstBlock = storeWs || catalogueWs ? queueExtras : undefined;
  const read = await readActiveSheet(context, { merges: caps.merges, ...(onProgress ? { onProgress } : {}), ...(withFirstBlock ? { withFirstBlock } : {}) }, head);
  let store: StoreState = NO_STORE;
  let syncs = 1 + read.blocks;
  if (!read.extrasRead) {
    // No block to ride along with (or Excel refused the first one with them as too large): on their own.
    if (storeWs) {
      store = await readStore(context, storeWs);
      syncs++;
    }
    if (catalogueWs) {
      collectCatalogue = queueCatalogueHead(catalogueWs);
      await context.sync();
      syncs++;
    }
  } else if (collectStore) {
    // A large store (tens of thousands of flagged cells) is read on in parts of its own.
    const done = await finishStore(context, (collectStore as () => StoreHead)());
    store = done.state;
    syncs += done.syncs;
  }
  let catalogue: CatalogueResult | null = null;
  if (catalogueWs && collectCatalogue) {
    const done = await finishCatalogue(context, catalogueWs, (collectCatalogue as () => CatalogueHead)());
    catalogue = done.result;
    syncs += done.syncs;
  }
  return { read, kept: keptFor(store.sheets, head.source.id, head.source.name), catalogue, syncs };
}

/**
 * Writes auto-total's cells (formulas, and values where a formula cannot be used) into the sheet last checked.
 * @example await writeCells(context, lastRead.source, [...patch.writes, ...(confirmed ? patch.held : [])])
 */
export async function writeCells(context: XlContext, expected: SheetSource, writes: readonly CellWrite[], onProgress?: OnProgress): Promise<{ written: number; syncs: number; address: string }> {
  const collectHead = queueSheetHead(context);
  await context.sync();
  const { sheet, source } = collectHead();
  if (source.id !== expected.id || source.address !== expected.address) throw new StaleSheetError(expected, source);
  const used = { range: null as ReturnType<typeof sheet.getUsedRangeOrNullObject> | null };
  const run = await runOps(context, cellWriteOps(sheet, writes), {
    ...(onProgress ? { onProgress } : {}),
    totalRows: source.top + source.rows,
    last: () => {
      used.range = sheet.getUsedRangeOrNullObject(true);
      used.range.load("address");
    },
  });
  const address = used.range && !used.range.isNullObject ? used.range.address : source.address;
  return { written: writes.length, syncs: 1 + run.syncs, address };
}

/**
 * Selects a finding's cell (the row across the table for row-level findings) on the sheet it was found on.
 * @example await selectCell(context, source.id, 44, 17, 17)
 */
export async function selectCell(context: XlContext, sheetId: string, row: number, firstCol: number, lastCol: number): Promise<void> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheetId);
  ws.load("name");
  await context.sync();
  if (ws.isNullObject) throw Object.assign(new Error("sheet not found"), { code: "ItemNotFound" });
  ws.activate();
  ws.getRangeByIndexes(row, firstCol, 1, lastCol - firstCol + 1).select();
  await context.sync();
}

/** The first name not taken: `Rencana`, `Rencana (2)`, … */
export function freeName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** Points per character of column width (Excel's default 8.43 characters is 48 points). */
const POINTS_PER_CHAR = 5.7;
const HEADER_FILL = "#D9E1F2";

/**
 * Puts a template table on a new sheet: its cells, merged header, widths, formats and auto-total's formulas.
 * Two syncs: the sheet names, then everything else.
 * @example const t = templateTable("rencana"); await insertTemplate(context, t, templatePatch(t));
 */
export async function insertTemplate(context: XlContext, t: TemplateTable, patch: Patch): Promise<{ name: string; syncs: number }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const name = freeName(t.grid.name ?? "Renja", sheets.items.map((s) => s.name));
  const ws = sheets.add(name);
  const width = t.widths.length;
  const rows = t.grid.rows;
  const values: XlCell[][] = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  const all = ws.getRangeByIndexes(0, 0, rows.length, width);
  // Text cells stay text: Excel would read `100%` as 1 and `(9) = (8) - (7)` is only a label.
  all.numberFormat = values.map((r) => r.map((v) => (typeof v === "string" ? "@" : null)));
  all.values = values;
  ws.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
  t.widths.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * POINTS_PER_CHAR;
  });
  const top = Math.min(...t.headerRows);
  const headerEnd = Math.max(...t.headerRows);
  const header = ws.getRangeByIndexes(top, 0, headerEnd - top + 1, width);
  header.format.font.bold = true;
  header.format.wrapText = true;
  header.format.horizontalAlignment = "Center";
  header.format.verticalAlignment = "Center";
  header.format.fill.color = HEADER_FILL;
  for (const m of t.grid.merges) ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  const bodyTop = Math.min(...t.exampleRows);
  const bodyEnd = Math.max(...t.exampleRows);
  const body = ws.getRangeByIndexes(bodyTop, 0, bodyEnd - bodyTop + 1, width);
  body.format.verticalAlignment = "Top";
  ws.getRangeByIndexes(bodyTop, 0, bodyEnd - bodyTop + 1, 3).format.wrapText = true;
  for (const r of [t.exampleRows[0], t.exampleRows[1], bodyEnd]) if (r !== undefined) ws.getRangeByIndexes(r, 0, 1, width).format.font.bold = true;
  const table = ws.getRangeByIndexes(top, 0, bodyEnd - top + 1, width);
  for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) table.format.borders.getItem(edge).style = "Continuous";
  const format = (cols: readonly number[], fmt: string) => {
    for (const c of cols) ws.getRangeByIndexes(bodyTop, c, bodyEnd - bodyTop + 1, 1).numberFormat = Array.from({ length: bodyEnd - bodyTop + 1 }, () => [fmt]);
  };
  format(t.moneyColumns, "#,##0");
  format(t.percentColumns, "0.00");
  for (const op of cellWriteOps(ws, patch.writes)) op.queue(context);
  ws.freezePanes.freezeRows(headerEnd + 1);
  ws.activate();
  await context.sync();
  return { name, syncs: 2 };
}
