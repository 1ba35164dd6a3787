// `renja nomenclature …`: the subcommand entry (argv includes the word "nomenclature").
import { nomenclatureMain } from "../nomenclature-command.js";
import type { Io } from "./io.js";

/** Runs `renja nomenclature import …` and returns the exit status. */
export function runNomenclature(argv: string[], io: Io): Promise<number> {
  return nomenclatureMain(argv.slice(1), io.out, io.err);
}
