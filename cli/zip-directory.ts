// The central directory of a zip file (an .xlsx package): each part's name, method, sizes and where its data starts, read without unzipping anything.
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** General purpose flags (bit 0: encrypted). */
  flags: number;
  compressedSize: number;
  /** The unzipped size the directory declares. */
  size: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

/** Raised when the bytes are no zip, or a damaged one. */
export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of a zip's central directory.
 * @example zipEntries(await readFile("tabel.xlsx")).map((e) => [e.name, e.size])
 */
export function zipEntries(buf: Buffer): ZipEntry[] {
  const end = findEnd(buf);
  let count = buf.readUInt16LE(end + 10);
  let offset = buf.readUInt32LE(end + 16);
  // Zip64: the real count and offset sit in the zip64 end record the locator points to.
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && buf.readUInt32LE(end - 20) === EOCD64_LOCATOR) {
    const at = Number(buf.readBigUInt64LE(end - 12));
    if (at + 56 > buf.length) throw new ZipFormatError("zip64 end record out of range");
    count = Number(buf.readBigUInt64LE(at + 32));
    offset = Number(buf.readBigUInt64LE(at + 48));
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("central directory damaged");
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: buf.toString("utf8", p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      flags: buf.readUInt16LE(p + 8),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    readZip64Extra(buf, p + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of an entry's (compressed) data, located through its local header. */
export function entryData(buf: Buffer, e: ZipEntry): Buffer {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw new ZipFormatError(`local header of ${e.name} damaged`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + e.compressedSize > buf.length) throw new ZipFormatError(`${e.name} runs past the end of the file`);
  return buf.subarray(start, start + e.compressedSize);
}

function findEnd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= stop; p--) if (buf.readUInt32LE(p) === EOCD) return p;
  throw new ZipFormatError("no zip end record");
}

/** Sizes and offset that do not fit 32 bits are in the zip64 extra field (id 1), in this order, only those that overflowed. */
function readZip64Extra(buf: Buffer, from: number, length: number, e: ZipEntry): void {
  let p = from;
  while (p + 4 <= from + length) {
    const id = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        const v = Number(buf.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = next();
      if (e.compressedSize === 0xffffffff) e.compressedSize = next();
      if (e.localOffset === 0xffffffff) e.localOffset = next();
      return;
    }
    p += 4 + size;
  }
}
