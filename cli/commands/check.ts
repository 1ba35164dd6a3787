// `renja check`: check files, print text, JSON or an HTML page, exit 0 / 1 / 2.
import { basename } from "node:path";
import { exitStatus } from "../../core/report.js";
import { parseCliArgs } from "../args.js";
import { checkFile, type FileResult } from "../check-files.js";
import { formatHtml } from "../format-html.js";
import { formatText } from "../format-text.js";
import { nomenclatureRulesOrExit, usesKeptCatalogue } from "../nomenclature-command.js";
import { claimOutput, WriteRefused, writeFailure, writeOutput, type OutputTarget } from "../safe-write.js";
import type { Io } from "./io.js";

/** Runs `renja check …` (argv includes the word "check") and returns the exit status. */
export async function runCheck(argv: string[], io: Io): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    (parsed.help ? io.out : io.err)(`${parsed.message}\n`);
    return parsed.help ? 0 : 2;
  }
  const { args } = parsed;
  if (args.format === "html" && !args.output && io.outIsTerminal) {
    // Like gzip with compressed data: a page is not written to a terminal.
    io.err(`renja: --format html writes a page; give -o report.html (or redirect stdout to a file)\n`);
    return 2;
  }
  // An output that cannot be written is said before the check, not after it.
  let target: OutputTarget | null = null;
  try {
    if (args.output) target = await claimOutput(args.output, { overwrite: args.overwrite === true, inPlace: false, lang: args.lang });
  } catch (e) {
    if (!(e instanceof WriteRefused)) throw e;
    io.err(`${e.message}\n`);
    return 2;
  }
  const options = { lang: args.lang, ...(args.bidang ? { bidang: args.bidang } : {}) };
  // Nomenclature rules: the built-in catalogue unless --nomenclature FILE or --no-nomenclature.
  const extraRules = await nomenclatureRulesOrExit(args, io.err);
  if (extraRules === 2) return 2;
  // A catalogue kept in a workbook (loaded in an add-in) is used for that workbook unless one was named here.
  const keptCatalogue = usesKeptCatalogue(args);
  const results: FileResult[] = [];
  const many = args.files.length > 3;
  for (const [i, file] of args.files.entries()) {
    if (many) io.err(`\r[${i + 1}/${args.files.length}] ${basename(file)}`.padEnd(60));
    results.push(await checkFile(file, options, args.sheet, extraRules, keptCatalogue));
  }
  if (many) io.err("\n");
  for (const r of results) if (r.warning) io.err(`renja: ${basename(r.file)}: ${r.warning}\n`);
  const text =
    args.format === "json"
      ? `${JSON.stringify(results.length === 1 ? jsonOf(results[0] as FileResult) : results.map(jsonOf), null, 2)}\n`
      : args.format === "html"
        ? formatHtml(results, args.lang, { generatedAt: new Date() })
        : `${formatText(results, args.lang)}\n`;
  if (target) {
    try {
      await writeOutput(target, text);
    } catch (e) {
      io.err(`${writeFailure(e, target.shown)}\n`);
      return 2;
    }
  } else io.out(text);
  if (results.some((r) => r.error)) {
    for (const r of results) if (r.error) io.err(`renja: ${r.error}\n`);
    return 2;
  }
  return exitStatus(results);
}

function jsonOf(r: FileResult): object {
  if (r.error) return { file: basename(r.file), sheets: [], error: r.error };
  return { file: basename(r.file), sheets: r.sheets, ...(r.nomenclature ? { nomenclature: r.nomenclature } : {}), ...(r.skippedSheets ? { skippedSheets: r.skippedSheets } : {}) };
}
