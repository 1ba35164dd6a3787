// Builds small .xlsx packages byte by byte for the hostile-input tests: any part, any declared size, deflate streams that repeat (bombs).
import { crc32, deflateRawSync, constants } from "node:zlib";

export interface Part {
  name: string;
  /** The part's bytes (deflated here), unless `deflated` gives the compressed stream directly. */
  data?: Buffer | string;
  deflated?: Buffer;
  /** The unzipped size the central directory states (default: the real one). */
  declaredSize?: number;
}

/**
 * A zip of the parts (deflated, no zip64): local headers, data, central directory, end record.
 * @example zipParts([{ name: "a.xml", data: "<a/>" }])
 */
export function zipParts(parts: Part[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const raw = p.data === undefined ? null : Buffer.from(p.data);
    const data = p.deflated ?? deflateRawSync(raw ?? Buffer.alloc(0), { level: 1 });
    const size = p.declaredSize ?? raw?.length ?? 0;
    const crc = raw ? crc32(raw) : 0;
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}

/**
 * A raw deflate stream that unzips to `mib` MiB of zeros in a few KB: one flushed block of 1 MiB repeated, then
 * an empty final block (after a full flush the stream is byte-aligned and refers to nothing before the block).
 */
export function zerosBomb(mib: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const finalBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([...Array.from({ length: mib }, () => block), finalBlock]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tabel" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
export const SHEET_TAIL = `</sheetData></worksheet>`;
const EMPTY_STRINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>`;

/**
 * A one-sheet workbook: the given sheet part (or a bomb stream for it), shared strings, and the parts around them.
 * @example minimalXlsx({ name: "xl/worksheets/sheet1.xml", data: SHEET_HEAD + SHEET_TAIL })
 */
export function minimalXlsx(sheet: Omit<Part, "name">, sharedStrings: Omit<Part, "name"> = { data: EMPTY_STRINGS }): Buffer {
  return zipParts([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: ROOT_RELS },
    { name: "xl/workbook.xml", data: WORKBOOK },
    { name: "xl/_rels/workbook.xml.rels", data: WORKBOOK_RELS },
    { name: "xl/worksheets/sheet1.xml", ...sheet },
    { name: "xl/sharedStrings.xml", ...sharedStrings },
  ]);
}

/** Row `r` (1-based) of inline-string, number and error cells (`{ e: "#REF!" }`), from column A. */
export function rowXml(r: number, cells: (string | number | { e: string } | null)[]): string {
  const c = cells.map((v, i) => {
    const at = `r="${String.fromCharCode(65 + i)}${r}"`;
    if (v === null) return "";
    if (typeof v === "number") return `<c ${at}><v>${v}</v></c>`;
    if (typeof v === "string") return `<c ${at} t="inlineStr"><is><t>${v.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t></is></c>`;
    return `<c ${at} t="e"><v>${v.e}</v></c>`;
  });
  return `<row r="${r}">${c.join("")}</row>`;
}
