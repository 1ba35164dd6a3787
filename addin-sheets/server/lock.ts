// One editor at a time: flagging, clearing and auto-total read, change and write back whole rectangles and the
// shared `_renja_flags` record, so two editors pressing a button together must not interleave; a check that
// refreshes the cached copy of a record takes it too, so that it never puts back a copy older than another
// editor's write.
const WAIT_MS = 30_000;
/** How long a check waits to refresh a cached copy before going on without keeping it. */
const TRY_MS = 5_000;

/** How deep this execution is inside the lock (the lock is taken once, at the outermost call). */
let depth = 0;

function documentLock(): GoogleAppsScript.Lock.Lock | null {
  return typeof LockService === "undefined" ? null : LockService.getDocumentLock();
}

function holding<T>(lock: GoogleAppsScript.Lock.Lock, work: () => T): T {
  depth++;
  try {
    return work();
  } finally {
    depth--;
    lock.releaseLock();
  }
}

/**
 * Runs `work` holding the document lock (LockService needs no extra scope); without a document (a test
 * run from the script editor), or already inside the lock, it runs as it is.
 * @example withDocumentLock(() => flagActiveSheet(settings))
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = depth > 0 ? null : documentLock();
  if (!lock) return work();
  lock.waitLock(WAIT_MS);
  return holding(lock, work);
}

/**
 * Runs `work` holding the document lock if it comes within a few seconds, else returns null without running it
 * (for work that may be skipped: refreshing a cached copy). Inside the lock already, it just runs.
 * @example tryDocumentLock(() => flagStoreCells(ss, calls))
 */
export function tryDocumentLock<T>(work: () => T): T | null {
  const lock = depth > 0 ? null : documentLock();
  if (!lock) return work();
  return lock.tryLock(TRY_MS) ? holding(lock, work) : null;
}
