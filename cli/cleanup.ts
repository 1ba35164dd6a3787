// Files a run leaves only while it works (temporary outputs, lock files): removed when the run ends, fails or is killed by a signal.
import { unlinkSync } from "node:fs";
import { unlink } from "node:fs/promises";

const pending = new Set<string>();

/** Remembers a file to remove when the run ends (or is interrupted). */
export function removeLater(path: string): void {
  pending.add(path);
}

/** Removes one remembered file now (a missing file is fine). */
export async function removeNow(path: string): Promise<void> {
  pending.delete(path);
  await unlink(path).catch(() => undefined);
}

/** Removes every remembered file; called when a command returns or throws. */
export async function removeAll(): Promise<void> {
  for (const path of [...pending]) await removeNow(path);
}

/** Synchronous removal, for a signal handler (nothing async runs after it). */
function removeAllSync(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}

const SIGNAL_EXIT: Record<"SIGINT" | "SIGTERM" | "SIGHUP", number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * On Ctrl-C, SIGTERM or a closed terminal: remove the temporary and lock files, then exit as the signal would.
 * @example installSignalCleanup(); // once, in the process wrapper
 */
export function installSignalCleanup(): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.once(signal, () => {
      removeAllSync();
      process.exit(code);
    });
  }
}
