// Benchmark of the Sheets add-on on a 20,000-row sheet: per user action, the server calls it takes, the batch
// calls each makes on ranges (the Apps Script cost that counts) and the cells they move, plus the time the
// built Code.js spends in a Node vm with the recording fake SpreadsheetApp (the server's own work; the real
// Sheets adds its latency per batch call on top).
import { brokenEvaluasi } from "../test/support/broken-evaluasi.js";
import { buildSheets, FakeSpreadsheet, loadBundle } from "../test/addin-sheets/fake-apps-script.js";

const SUB_KEGIATAN = Number(process.env.BENCH_SUB ?? 20_000);

buildSheets();
const { grid, gen } = brokenEvaluasi(SUB_KEGIATAN);
const ss = new FakeSpreadsheet();
const sheet = ss.addSheet("Evaluasi", grid);
const { call } = loadBundle(ss);
const width = Math.max(...grid.rows.map((r) => r.length));

interface Row {
  action: string;
  perCall: number[];
  cellCalls: number;
  cells: number;
  /** getProtections calls (metadata, before writing) and document locks taken, over the action's server calls. */
  protections: number;
  locks: number;
  ms: number;
}
const rows: Row[] = [];

/** Runs a user action as the sidebar does: a call, and the call that goes on when the first one only checked. */
function action(label: string, name: string, ...args: unknown[]): void {
  const from = ss.log.length;
  const locks = ss.lock.taken;
  const perCall: number[] = [];
  const t0 = performance.now();
  let at = ss.log.length;
  const result = call<{ stage?: string }>(name, ...args);
  perCall.push(ss.log.slice(at).filter((c) => c.kind === "batch").length);
  if (result?.stage === "checked") {
    at = ss.log.length;
    call(name, ...args, true);
    perCall.push(ss.log.slice(at).filter((c) => c.kind === "batch").length);
  }
  const ms = performance.now() - t0;
  const log = ss.log.slice(from);
  rows.push({
    action: label,
    perCall,
    cellCalls: log.filter((c) => c.kind === "cell").length,
    cells: log.reduce((n, c) => n + c.cells, 0),
    protections: log.filter((c) => c.method === "getProtections").length,
    locks: ss.lock.taken - locks,
    ms,
  });
}

action("Periksa", "checkSheet");
action("Tandai (after Periksa)", "applyFlags");
action("Tandai again", "applyFlags");
action("Hapus tanda", "clearFlags");
const leaf = gen.leaves[11] as { row: number };
sheet.cell(leaf.row, gen.paguColumn).value = 7;
action("Tandai (a value typed since)", "applyFlags");
ss.cache.clear();
action("Tandai (cache emptied)", "applyFlags");
ss.cache.clear();
action("Hapus tanda (cache emptied)", "clearFlags");
action("Jumlahkan otomatis (safe)", "applyTotals", false);
action("Jumlahkan otomatis (force)", "applyTotals", true);
action("Periksa (after totals)", "checkSheet");

console.log(`Sheets add-on on ${grid.rows.length} rows × ${width} columns (${SUB_KEGIATAN} sub kegiatan), budget 6 batch calls per server call`);
console.log("action                          server calls  batch calls per call  per-cell calls  cells moved  getProtections  locks   vm ms");
for (const r of rows) {
  console.log(
    `${r.action.padEnd(32)}${String(r.perCall.length).padStart(12)}  ${r.perCall.join(" + ").padStart(20)}  ${String(r.cellCalls).padStart(14)}  ${String(r.cells).padStart(11)}  ${String(r.protections).padStart(14)}  ${String(r.locks).padStart(5)}  ${r.ms.toFixed(0).padStart(6)}`,
  );
}
const worst = Math.max(...rows.flatMap((r) => r.perCall));
console.log(`most batch calls in one server call: ${worst} (budget 6)`);
// The layout memo keeps only the formulas that refer to #REF! (formula-broken); all of them would weigh this much.
const memo = [...ss.cache].filter(([k]) => k.startsWith("renja.layout.")).reduce((n, [, v]) => n + v.length, 0);
const formulas = sheet.cells.flatMap((r, row) => (r ?? []).flatMap((c, col) => (c?.formula ? [[row, col, c.formula]] : [])));
console.log(`layout memo after the last Periksa: ${memo} chars in the cache; all ${formulas.length} formulas, kept as [row, col, formula], would add ${JSON.stringify(formulas).length}`);
