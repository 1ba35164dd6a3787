// Rewrites absolute relationship targets (`/xl/comments/comment1.xml`, as openpyxl and pandas write them) to the relative form exceljs follows.
import { posix } from "node:path";
import JSZip from "jszip";

const RELATIONSHIP = /<Relationship\b[^>]*>/g;
const ABSOLUTE_TARGET = /\bTarget="\/([^"]*)"/;

/**
 * The package with every internal absolute target made relative to its source part (OPC allows both; exceljs
 * only follows relative ones, so a note, chart or image would make it fail). Returns the same buffer when no
 * target is absolute; every other byte of every part is kept.
 * @example const bytes = await relativeTargets(await readFile("from-pandas.xlsx"));
 */
export async function relativeTargets(buf: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  let changed = false;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !file.name.endsWith(".rels")) continue;
    const xml = await file.async("string");
    if (!xml.includes('Target="/')) continue;
    const from = sourceFolder(file.name);
    zip.file(file.name, xml.replace(RELATIONSHIP, (element) => (/TargetMode="External"/.test(element) ? element : element.replace(ABSOLUTE_TARGET, (_m, path: string) => `Target="${posix.relative(from, path)}"`))));
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) : buf;
}

/** `xl/worksheets/_rels/sheet1.xml.rels` describes `xl/worksheets/sheet1.xml`: targets are relative to `xl/worksheets`; `_rels/.rels` to the root. */
function sourceFolder(relsName: string): string {
  const name = relsName.replace(/^\//, "");
  return posix.dirname(posix.dirname(name)).replace(/^\.$/, "");
}
