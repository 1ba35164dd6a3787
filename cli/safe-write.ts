// Safe output files: checked before the work starts (exists, read-only, unwritable folder, another run), written through a temp file with the target's mode, refused when the input changed meanwhile.
import { createHash } from "node:crypto";
import { access, chmod, constants, lstat, open, readFile, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Lang } from "../core/model.js";
import { removeLater, removeNow } from "./cleanup.js";

/** A refusal with its one sentence (in the run's language); nothing was written. */
export class WriteRefused extends Error {}

/** What an input file was when it was read: a later write refuses when any of it changed. */
interface Stamp {
  size: number;
  mtimeMs: number;
  hash: string;
}

/** Where a command writes, claimed before it reads: the real file (a symlink followed), its mode, the lock. */
export interface OutputTarget {
  /** The path as the user gave it (for messages). */
  shown: string;
  /** The file actually written (a symlink's target). */
  real: string;
  /** Permission bits to keep (an existing file's), or null for a new file (the umask decides). */
  mode: number | null;
  /** For --in-place: the input as read, compared again just before the rename. */
  input: Stamp | null;
  lang: Lang;
}

const SAY = {
  id: {
    exists: (f: string) => `renja: ${f} sudah ada; tambahkan --overwrite untuk menimpanya (tidak ada yang ditulis).`,
    readOnly: (f: string) => `renja: ${f} hanya-baca; tidak ada yang ditulis.`,
    folder: (f: string, why: string) => `renja: tidak dapat menulis ke ${f} (${why}); tidak ada yang diperiksa atau ditulis.`,
    notFile: (f: string) => `renja: ${f} bukan berkas biasa; tidak ada yang ditulis.`,
    busy: (f: string, lock: string) => `renja: ${f} sedang diubah oleh proses renja lain (berkas kunci ${lock}); coba lagi setelah selesai, atau hapus berkas kunci itu bila tidak ada proses yang berjalan.`,
    changed: (f: string) => `renja: ${f} berubah selama renja bekerja; tidak ada yang ditulis, jalankan lagi.`,
  },
  en: {
    exists: (f: string) => `renja: ${f} already exists; add --overwrite to replace it (nothing written).`,
    readOnly: (f: string) => `renja: ${f} is read-only; nothing written.`,
    folder: (f: string, why: string) => `renja: cannot write to ${f} (${why}); nothing checked or written.`,
    notFile: (f: string) => `renja: ${f} is not a regular file; nothing written.`,
    busy: (f: string, lock: string) => `renja: ${f} is being changed by another renja run (lock file ${lock}); try again when it has finished, or delete the lock file if no run is going on.`,
    changed: (f: string) => `renja: ${f} changed while renja was working on it; nothing written, run again.`,
  },
};

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/**
 * Claims an output before any work: follows a symlink (for --in-place the real file is changed), refuses an
 * existing file without `overwrite`, a read-only file, a folder that cannot be written, and (with `lockInput`) a
 * file another renja run is changing; stamps the input of an in-place change.
 * @example const target = await claimOutput("tabel.xlsx", { overwrite: true, inPlace: true, lang: "id" });
 */
export async function claimOutput(path: string, opts: { overwrite: boolean; inPlace: boolean; lang: Lang }): Promise<OutputTarget> {
  const say = SAY[opts.lang];
  const existing = await lstat(path).catch(() => null);
  if (existing && !opts.overwrite && !opts.inPlace) throw new WriteRefused(say.exists(path));
  const real = existing ? await realpath(path).catch(() => path) : path;
  const info = existing ? await stat(real).catch(() => null) : null;
  if (existing && !info?.isFile()) throw new WriteRefused(say.notFile(path));
  // Mode bits, not access(): root may write a 0444 file, but its owner said it is not to be changed.
  if (info && (info.mode & 0o222) === 0) throw new WriteRefused(say.readOnly(path));
  try {
    await access(dirname(real), constants.W_OK);
    if (info) await access(real, constants.W_OK);
  } catch (e) {
    throw new WriteRefused(say.folder(path, code(e)));
  }
  const target: OutputTarget = { shown: path, real, mode: info ? info.mode & 0o7777 : null, input: null, lang: opts.lang };
  if (opts.inPlace) {
    await lock(target);
    target.input = await stampOf(real);
  }
  return target;
}

/**
 * An exclusive lock file next to the target, removed when the run ends (or is killed by a signal). A lock whose
 * process is gone (a run killed with SIGKILL) is taken over once.
 */
async function lock(target: OutputTarget, retry = true): Promise<void> {
  const lockPath = `${target.real}.renja-lock`;
  try {
    const handle = await open(lockPath, "wx");
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new WriteRefused(SAY[target.lang].folder(target.shown, code(e)));
    if (retry && !(await holderAlive(lockPath))) {
      await unlink(lockPath).catch(() => undefined);
      return lock(target, false);
    }
    throw new WriteRefused(SAY[target.lang].busy(target.shown, lockPath));
  }
  removeLater(lockPath);
}

/** Whether the process named in a lock file still runs (a lock without a readable pid counts as held). */
async function holderAlive(lockPath: string): Promise<boolean> {
  const pid = Number((await readFile(lockPath, "utf8").catch(() => "")).trim());
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function stampOf(path: string): Promise<Stamp> {
  const info = await stat(path);
  const hash = createHash("sha256").update(await readFile(path)).digest("hex");
  return { size: info.size, mtimeMs: info.mtimeMs, hash };
}

/**
 * Writes the bytes to a temporary file next to the target (with the target's mode) and renames it over the
 * target, so a failed or killed write never leaves half a file. For an in-place change, refuses when the input
 * is no longer what was read. The temporary file is removed on every failure.
 * @example await writeOutput(target, bytes);
 */
export async function writeOutput(target: OutputTarget, bytes: Uint8Array | string): Promise<void> {
  const tmp = `${target.real}.${process.pid}.tmp`;
  removeLater(tmp);
  try {
    await writeFile(tmp, bytes, target.mode === null ? {} : { mode: target.mode });
    if (target.mode !== null) await chmod(tmp, target.mode);
    if (target.input) {
      const now = await stampOf(target.real).catch(() => null);
      const before = target.input;
      if (!now || now.size !== before.size || now.mtimeMs !== before.mtimeMs || now.hash !== before.hash) throw new WriteRefused(SAY[target.lang].changed(target.shown));
    }
    await rename(tmp, target.real);
  } finally {
    await removeNow(tmp);
  }
}

/**
 * The one sentence for a failed write: the refusal's own, or the system's code (EACCES, ENOSPC …).
 * @example io.err(`${writeFailure(e, "out.xlsx")}\n`)
 */
export function writeFailure(e: unknown, path: string): string {
  return e instanceof WriteRefused ? e.message : `renja: cannot write ${path}: ${code(e)}`;
}
