// The common start of the commands that change a workbook (fix, clear): arguments, output path, loading.
import { resolve } from "node:path";
import type ExcelJS from "exceljs";
import type { z } from "zod";
import { parseFixCommand } from "../fix-args.js";
import { ReadError } from "../read-file.js";
import { claimOutput, WriteRefused, type OutputTarget } from "../safe-write.js";
import { fixableFile, loadWorkbook } from "../workbook.js";
import type { Io } from "./io.js";

interface ChangeArgs {
  file: string;
  output?: string | undefined;
  "in-place"?: boolean | undefined;
  overwrite?: boolean | undefined;
  lang: "id" | "en";
}

/**
 * Parses the arguments, refuses to overwrite the input without --in-place, claims the output (safe-write.ts)
 * and loads the workbook.
 * Returns the exit status instead when any of that fails (the message is already written).
 * @example const opened = await openForChange(argv, clearArgsSchema, "renja: the output is the input file", io);
 */
export async function openForChange<T extends ChangeArgs>(argv: string[], schema: z.ZodType<T>, sameFileMessage: (args: T) => string, io: Io): Promise<{ args: T; output: string; target: OutputTarget; wb: ExcelJS.Workbook } | number> {
  const parsed = parseFixCommand(argv, schema, "file");
  if (!parsed.ok) {
    (parsed.help ? io.out : io.err)(`${parsed.message}\n`);
    return parsed.help ? 0 : 2;
  }
  const args = parsed.args;
  const output = args["in-place"] ? args.file : (args.output as string);
  if (!args["in-place"] && resolve(output) === resolve(args.file)) {
    io.err(`${sameFileMessage(args)}\n`);
    return 2;
  }
  try {
    fixableFile(args.file);
    // The output is claimed before the input is read: an in-place change locks and stamps the input first.
    const target = await claimOutput(output, { overwrite: args.overwrite === true, inPlace: args["in-place"] === true, lang: args.lang });
    return { args, output, target, wb: await loadWorkbook(args.file) };
  } catch (e) {
    if (!(e instanceof ReadError) && !(e instanceof WriteRefused)) throw e;
    io.err(`${e instanceof ReadError ? `renja: ${e.message}` : e.message}\n`);
    return 2;
  }
}
