// Entry of the `renja` command: picks the subcommand and returns its exit status.
import { parseCliArgs } from "./args.js";
import { runCheck } from "./commands/check.js";
import { runClear } from "./commands/clear.js";
import { runFix } from "./commands/fix.js";
import { runTemplate } from "./commands/template.js";
import { runNomenclature } from "./commands/nomenclature.js";
import type { Io } from "./commands/io.js";
import { removeAll } from "./cleanup.js";

/** Subcommands by their first word; each parses its own arguments. */
const COMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  check: runCheck,
  nomenclature: runNomenclature,
  fix: runFix,
  clear: runClear,
  template: runTemplate,
};

const writeStdout = (s: string): void => {
  process.stdout.write(s);
};

/** Runs the CLI and returns the exit status (the process wrapper sets process.exitCode with it). */
export async function main(argv: string[], out: (s: string) => void = writeStdout, err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const io: Io = { out, err, ...(out === writeStdout ? { outIsTerminal: process.stdout.isTTY === true } : {}) };
  const command = argv[0] !== undefined ? COMMANDS[argv[0]] : undefined;
  if (command) {
    try {
      return await command(argv, io);
    } finally {
      // Lock and temporary files of the run go, whatever happened (signals: cli/cleanup.ts).
      await removeAll();
    }
  }
  // No or an unknown subcommand: the usage (as help, or as an error).
  const parsed = parseCliArgs(argv);
  const message = parsed.ok ? "unknown command" : parsed.message;
  const help = !parsed.ok && parsed.help === true;
  (help ? out : err)(`${message}\n`);
  return help ? 0 : 2;
}
