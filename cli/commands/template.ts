// `renja template rencana|perubahan|evaluasi -o FILE.xlsx`: an empty standard table with one example program.
import { access } from "node:fs/promises";
import { templatePatch, templateTable } from "../../core/plan/template.js";
import { parseFixCommand, templateArgsSchema } from "../fix-args.js";
import { templateWorkbook } from "../template-workbook.js";
import { claimOutput, writeFailure } from "../safe-write.js";
import { saveWorkbook } from "../workbook.js";
import type { Io } from "./io.js";

const SAY = {
  id: {
    exists: (f: string) => `renja: ${f} sudah ada; hapus dulu atau pilih nama lain.`,
    saved: (f: string, family: string) => `Templat ${family} disimpan: ${f}. Ganti contoh program dengan program Anda; total dan kolom hitungan sudah berupa rumus.`,
  },
  en: {
    exists: (f: string) => `renja: ${f} exists; remove it or choose another name.`,
    saved: (f: string, family: string) => `Template ${family} saved: ${f}. Replace the example program with yours; totals and computed columns are formulas already.`,
  },
};

/** Runs `renja template …` (argv includes the word "template") and returns the exit status. */
export async function runTemplate(argv: string[], io: Io): Promise<number> {
  const parsed = parseFixCommand(argv, templateArgsSchema, "family");
  if (!parsed.ok) {
    (parsed.help ? io.out : io.err)(`${parsed.message}\n`);
    return parsed.help ? 0 : 2;
  }
  const { family, output, lang } = parsed.args;
  const say = SAY[lang];
  if (await exists(output)) {
    io.err(`${say.exists(output)}\n`);
    return 2;
  }
  const t = templateTable(family);
  try {
    const target = await claimOutput(output, { overwrite: false, inPlace: false, lang });
    await saveWorkbook(templateWorkbook(t, templatePatch(t)), target);
  } catch (e) {
    io.err(`${writeFailure(e, output)}\n`);
    return 2;
  }
  io.out(`${say.saved(output, family)}\n`);
  return 0;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
