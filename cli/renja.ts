// Process wrapper of the CLI: runs main and exits with its status; unexpected errors become one sentence.
import { installSignalCleanup } from "./cleanup.js";
import { main } from "./main.js";

installSignalCleanup();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`renja: unexpected error: ${(e as Error).message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
