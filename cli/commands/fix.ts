// `renja fix`: auto-total as live formulas and/or reversible flags, written to a new workbook (or in place).
import type ExcelJS from "exceljs";
import { checkGrid, type SheetCheck } from "../../core/check.js";
import type { Lang } from "../../core/model.js";
import { applyPatchToGrid } from "../../core/plan/apply-to-grid.js";
import { planAutoTotal } from "../../core/plan/auto-total.js";
import { planFlags } from "../../core/plan/flags.js";
import type { Patch, WritePurpose } from "../../core/plan/patch.js";
import type { Rule } from "../../core/table.js";
import { applyFlags, applyWrites, restoreFlags, type KeptCell } from "../apply-patch.js";
import { fixArgsSchema, type FixArgs } from "../fix-args.js";
import { readFlagState, readStyleCounts, writeFlagState } from "../flag-state.js";
import { nomenclatureRulesOrExit, rulesForWorkbook, usesKeptCatalogue } from "../nomenclature-command.js";
import { keptCatalogue } from "../read-file.js";
import { capNotes } from "../report-caps.js";
import { writeFailure } from "../safe-write.js";
import { SKIPPED_SHEET } from "../skipped-words.js";
import { saveChanges, sheetPlan } from "../package/save-changes.js";
import type { SheetPlan } from "../package/write-package.js";
import { sheetGrid, userSheets } from "../workbook.js";
import type { Io } from "./io.js";
import { openForChange } from "./open-for-change.js";

const PURPOSE: Record<Lang, Record<WritePurpose, string>> = {
  id: { total: "total induk", "grand-total": "baris TOTAL", change: "perubahan", "quarter-total": "total triwulan", ratio: "rasio", "written-formula": "rumus baris penomoran", predikat: "predikat", "convert-text-number": "angka-teks diubah jadi angka" },
  en: { total: "parent totals", "grand-total": "TOTAL rows", change: "changes", "quarter-total": "quarter totals", ratio: "ratios", "written-formula": "numbering-row formulas", predikat: "predikat", "convert-text-number": "text numbers converted" },
};

const SAY = {
  id: {
    sheet: (n: string) => `Lembar "${n}":`,
    written: (n: number, parts: string) => `  ${n} sel ditulis${parts ? ` (${parts})` : ""}.`,
    held: (n: number) => `  ${n} nilai yang diketik dibiarkan; tambahkan --force untuk menggantinya dengan rumus.`,
    forced: (n: number) => `  ${n} nilai yang diketik diganti (--force).`,
    text: (n: number, values: number) => `  ${n} angka tersimpan sebagai teks (=SUM akan menghitungnya 0): ${values} sel diisi nilai, bukan rumus; tambahkan --convert-text-numbers agar rumusnya hidup.`,
    converted: (n: number) => `  ${n} angka tersimpan sebagai teks diubah menjadi angka (--convert-text-numbers).`,
    skipped: (n: number) => `  ${n} sel tidak dihitung: masukannya teks yang bukan angka (mis. "36 Dokumen") atau tidak terbaca.`,
    flags: (fills: number, notes: number) => `  Tanda: ${fills} sel diwarnai, ${notes} catatan.`,
    left: (e: number, w: number, i: number) => `  Temuan tersisa: ${e} kesalahan, ${w} peringatan, ${i} info.`,
    none: (f: string) => `renja: tidak ada tabel Renja di ${f}; tidak ada yang ditulis.`,
    noSheet: (s: string, all: string) => `renja: tidak ada lembar "${s}" (lembar: ${all})`,
    saved: (f: string) => `Disimpan: ${f}`,
    same: "renja: berkas keluaran sama dengan masukan; pakai --in-place untuk mengubah berkas itu sendiri.",
  },
  en: {
    sheet: (n: string) => `Sheet "${n}":`,
    written: (n: number, parts: string) => `  ${n} cells written${parts ? ` (${parts})` : ""}.`,
    held: (n: number) => `  ${n} typed values left alone; add --force to replace them with formulas.`,
    forced: (n: number) => `  ${n} typed values replaced (--force).`,
    text: (n: number, values: number) => `  ${n} numbers stored as text (a =SUM would count them as 0): ${values} cells got values, not formulas; add --convert-text-numbers to keep them live.`,
    converted: (n: number) => `  ${n} numbers stored as text converted to numbers (--convert-text-numbers).`,
    skipped: (n: number) => `  ${n} cells not computed: an input is text that is not a number (e.g. "36 Dokumen") or unreadable.`,
    flags: (fills: number, notes: number) => `  Flags: ${fills} cells coloured, ${notes} notes.`,
    left: (e: number, w: number, i: number) => `  Findings left: ${e} errors, ${w} warnings, ${i} info.`,
    none: (f: string) => `renja: no Renja table in ${f}; nothing written.`,
    noSheet: (s: string, all: string) => `renja: no sheet named "${s}" (sheets: ${all})`,
    saved: (f: string) => `Saved: ${f}`,
    same: "renja: the output is the input file; use --in-place to change the file itself.",
  },
};

/** Runs `renja fix …` (argv includes the word "fix") and returns the exit status. */
export async function runFix(argv: string[], io: Io): Promise<number> {
  const opened = await openForChange(argv, fixArgsSchema, (a) => SAY[a.lang].same, io);
  if (typeof opened === "number") return opened;
  const { args, output, wb } = opened;
  const say = SAY[args.lang];
  const given = await nomenclatureRulesOrExit(args, io.err);
  if (given === 2) return 2;
  // A catalogue an add-in kept in the workbook applies here too, unless the command names one.
  const chosen = rulesForWorkbook(keptCatalogue(wb), given, usesKeptCatalogue(args));
  if (chosen.warning) io.err(`renja: ${chosen.warning}\n`);
  const extraRules = chosen.rules;
  let sheets = userSheets(wb);
  if (args.sheet !== undefined) {
    const named = sheets.filter((ws) => ws.name === args.sheet);
    if (named.length === 0) {
      io.err(`${say.noSheet(args.sheet, sheets.map((ws) => ws.name).join(", "))}\n`);
      return 2;
    }
    sheets = named;
  }
  const doTotals = args.totals || !args.flags;
  const doFlags = args.flags || !args.totals;
  const kept = readFlagState(wb);
  const styleCounts = readStyleCounts(wb);
  const plans: SheetPlan[] = [];
  const keptElsewhere = kept.filter((k) => !sheets.some((ws) => ws.name === k.sheet));
  const newKept: KeptCell[] = [];
  let errors = 0;
  let found = 0;
  const lines: string[] = [];
  for (const ws of sheets) {
    // Flags of an earlier run come off first, so that they are not kept as the "previous" fills.
    const restoring = doFlags ? kept.filter((k) => k.sheet === ws.name) : [];
    restoreFlags(ws, restoring);
    const result = fixSheet(ws, args, extraRules, doTotals, doFlags, (why) => lines.push(SKIPPED_SHEET[args.lang](ws.name, why)));
    plans.push(sheetPlan(ws, restoring, result && { writes: result.totals?.writes ?? [], fills: result.flags?.fills ?? [], notes: result.flags?.notes ?? [], kept: result.kept }));
    if (!result) continue;
    found++;
    for (const k of result.kept) newKept.push(k);
    errors += result.check.report.issues.filter((i) => i.severity === "error").length;
    for (const line of describe(ws.name, result, args)) lines.push(line);
  }
  if (found === 0) {
    io.err(`${[...lines, say.none(args.file)].join("\n")}\n`);
    return 1;
  }
  if (doFlags) writeFlagState(wb, [...keptElsewhere, ...newKept]);
  try {
    // Only the cells, styles and notes of the patch change; every other part of the file stays as it was.
    const store = doFlags ? { kind: "put" as const, lines: () => [...keptElsewhere, ...newKept], counts: styleCounts } : { kind: "keep" as const };
    const refused = await saveChanges(args.file, opened.target, wb, plans, store, { forceLossy: args["force-lossy"], lang: args.lang });
    if (refused !== null) {
      io.err(`${refused}\n`);
      return 2;
    }
  } catch (e) {
    io.err(`${writeFailure(e, output)}\n`);
    return 2;
  }
  io.out(`${[...lines, say.saved(output)].join("\n")}\n`);
  return errors > 0 ? 1 : 0;
}

interface SheetResult {
  totals: Patch | null;
  flags: Patch | null;
  kept: KeptCell[];
  /** The check of the sheet as written (after the totals). */
  check: SheetCheck;
}

function fixSheet(ws: ExcelJS.Worksheet, args: FixArgs, extraRules: Rule[], doTotals: boolean, doFlags: boolean, onSkip: (why: string) => void): SheetResult | null {
  const options = { lang: args.lang, ...(args.bidang ? { bidang: args.bidang } : {}) };
  const grid = sheetGrid(ws);
  let check = checkGrid(grid, options, extraRules);
  // Only Renja tables are written (core/layout/is-renja-table.ts); the others are named with why.
  if (!check.table) {
    onSkip(check.skipped ?? "");
    return null;
  }
  let totals: Patch | null = null;
  if (doTotals) {
    totals = planAutoTotal(check.table, { force: args.force, convertTextNumbers: args["convert-text-numbers"] });
    applyWrites(ws, totals.writes);
    // The formulas carry their results, so the sheet can be checked again as it will read.
    check = checkGrid(applyPatchToGrid(grid, totals), options, extraRules);
  }
  let flags: Patch | null = null;
  let kept: KeptCell[] = [];
  if (doFlags && check.table) {
    flags = planFlags(check.table, check.report.issues, { lang: args.lang, predikatColours: args["predikat-colours"] });
    capNotes(flags);
    kept = applyFlags(ws, flags);
  }
  return { totals, flags, kept, check };
}

function describe(name: string, r: SheetResult, args: FixArgs): string[] {
  const say = SAY[args.lang];
  const out = [say.sheet(name)];
  const t = r.totals;
  if (t) {
    const by = new Map<WritePurpose, number>();
    for (const w of t.writes) by.set(w.purpose, (by.get(w.purpose) ?? 0) + 1);
    out.push(say.written(t.writes.length, [...by].map(([p, n]) => `${n} ${PURPOSE[args.lang][p]}`).join(", ")));
    if (t.held.length > 0) out.push(say.held(t.held.length));
    if (args.force && t.replacedTypedValues > 0) out.push(say.forced(t.replacedTypedValues));
    const asValues = t.writes.filter((w) => w.valueBecause === "numbers-as-text").length;
    if (t.numbersAsText.length > 0) out.push(args["convert-text-numbers"] ? say.converted(by.get("convert-text-number") ?? 0) : say.text(t.numbersAsText.length, asValues));
    if (t.skipped.length > 0) out.push(say.skipped(new Set(t.skipped.map((s) => `${s.row}:${s.col}`)).size));
  }
  if (r.flags) out.push(say.flags(r.flags.fills.length, r.flags.notes.length));
  const count = (s: string) => r.check.report.issues.filter((i) => i.severity === s).length;
  out.push(say.left(count("error"), count("warning"), count("info")));
  return out;
}
