// The document's script cache (CacheService, no scope needed), for what saves a batch call when it is still
// there: every read must cope with a miss, so nothing is kept only here.
const TTL_SECONDS = 21_600;
/** CacheService refuses values over 100 KB: larger JSON is cut into pieces under keys of their own. */
const PIECE = 90_000;
/** At most this many pieces (4.5 MB); a larger value is not kept. */
const MAX_PIECES = 50;
/** The value under the main key when the JSON is in pieces: `#` and the number of pieces. */
const PIECES_MARK = "#";

function cache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return CacheService.getDocumentCache();
  } catch {
    return null;
  }
}

const pieceKeys = (key: string, n: number) => Array.from({ length: n }, (_, i) => `${key}${PIECES_MARK}${i}`);

/** The JSON kept under `key`, or null (never kept, expired, evicted in part, or no cache here). */
export function recall<T>(key: string): T | null {
  const c = cache();
  const head = c?.get(key);
  if (!c || !head) return null;
  let text = head;
  if (head.startsWith(PIECES_MARK)) {
    const keys = pieceKeys(key, Number(head.slice(1)));
    const pieces = c.getAll(keys);
    if (keys.some((k) => typeof pieces[k] !== "string")) return null;
    text = keys.map((k) => pieces[k]).join("");
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** Keeps `value` as JSON under `key` for six hours (in pieces when large); a value over 4.5 MB is forgotten instead. */
export function remember(key: string, value: unknown): void {
  const c = cache();
  if (!c) return;
  const text = JSON.stringify(value);
  if (text.length <= PIECE) {
    c.put(key, text, TTL_SECONDS);
    return;
  }
  const n = Math.ceil(text.length / PIECE);
  if (n > MAX_PIECES) {
    c.remove(key);
    return;
  }
  const pieces: Record<string, string> = {};
  pieceKeys(key, n).forEach((k, i) => (pieces[k] = text.slice(i * PIECE, (i + 1) * PIECE)));
  c.putAll(pieces, TTL_SECONDS);
  c.put(key, `${PIECES_MARK}${n}`, TTL_SECONDS);
}

/**
 * The value kept under `key`, else `read()`'s, kept there for the next call.
 * @example const cells = recallOrRead("renja.flags.cells", () => sheet.getDataRange().getValues())
 */
export function recallOrRead<T>(key: string, read: () => T): T {
  const kept = recall<T>(key);
  if (kept !== null) return kept;
  const value = read();
  remember(key, value);
  return value;
}

/** True when something is kept under `key` now (the pieces of a large value are not looked at). */
export function isHeld(key: string): boolean {
  const c = cache();
  return c !== null && typeof c.get(key) === "string";
}

/** Forgets `key`. */
export function forget(key: string): void {
  cache()?.remove(key);
}
