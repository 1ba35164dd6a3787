// `renja clear`: removes the flags and notes of `renja fix --flags` and restores the fills, fonts and notes they replaced.
import { restoreFlags } from "../apply-patch.js";
import { clearArgsSchema } from "../fix-args.js";
import { readFlagState, readStyleCounts, removeFlagState } from "../flag-state.js";
import { saveChanges, sheetPlan } from "../package/save-changes.js";
import { writeFailure } from "../safe-write.js";
import type { Io } from "./io.js";
import { openForChange } from "./open-for-change.js";

const SAY = {
  id: {
    cleared: (cells: number, sheets: number) => `${cells} sel dipulihkan di ${sheets} lembar.`,
    nothing: "Tidak ada tanda dari renja fix --flags di berkas ini.",
    saved: (f: string) => `Disimpan: ${f}`,
    same: "renja: berkas keluaran sama dengan masukan; pakai --in-place untuk mengubah berkas itu sendiri.",
  },
  en: {
    cleared: (cells: number, sheets: number) => `${cells} cells restored on ${sheets} sheets.`,
    nothing: "No flags of renja fix --flags in this file.",
    saved: (f: string) => `Saved: ${f}`,
    same: "renja: the output is the input file; use --in-place to change the file itself.",
  },
};

/** Runs `renja clear …` (argv includes the word "clear") and returns the exit status. */
export async function runClear(argv: string[], io: Io): Promise<number> {
  const opened = await openForChange(argv, clearArgsSchema, (a) => SAY[a.lang].same, io);
  if (typeof opened === "number") return opened;
  const { args, output, wb } = opened;
  const say = SAY[args.lang];
  const kept = readFlagState(wb);
  const counts = readStyleCounts(wb);
  const sheets = new Set(kept.map((k) => k.sheet));
  const plans = [];
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    restoreFlags(ws, kept.filter((k) => k.sheet === name));
    plans.push(sheetPlan(ws, kept.filter((k) => k.sheet === name), null));
  }
  removeFlagState(wb);
  try {
    // Only the flagged cells and the flag record change; every other part of the file stays as it was.
    const refused = await saveChanges(args.file, opened.target, wb, plans, { kind: "remove", counts }, { forceLossy: args["force-lossy"], lang: args.lang });
    if (refused !== null) {
      io.err(`${refused}\n`);
      return 2;
    }
  } catch (e) {
    io.err(`${writeFailure(e, output)}\n`);
    return 2;
  }
  io.out(`${kept.length > 0 ? say.cleared(kept.length, sheets.size) : say.nothing}\n${say.saved(output)}\n`);
  return 0;
}
