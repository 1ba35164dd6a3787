// One editor at a time: flagging, clearing and auto-total read, change and write back whole rectangles and the
// shared `_renja_flags` record, so two editors pressing a button together must not interleave.
const WAIT_MS = 30_000;

/**
 * Runs `work` holding the document lock (LockService needs no extra scope); without a document (a test
 * run from the script editor) it runs as it is.
 * @example withDocumentLock(() => flagActiveSheet(settings))
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = typeof LockService === "undefined" ? null : LockService.getDocumentLock();
  if (!lock) return work();
  lock.waitLock(WAIT_MS);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
