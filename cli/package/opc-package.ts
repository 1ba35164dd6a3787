// The .xlsx zip as a set of parts: reads and replaces parts as text, follows relationships, keeps every untouched part's bytes.
import JSZip from "jszip";
import { Refusal } from "./refusal.js";
import { attr, beforeLast, escapeXml, findElements, reEscape } from "./xml-text.js";

/** One relationship of a part, with its target resolved to a part path inside the zip (no leading slash). */
export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  path: string;
}

export const REL = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vml: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
};

const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** The folder of a part path ("xl/worksheets/sheet1.xml" → "xl/worksheets"). */
const folder = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf("/")));

/** A target relative to a part's folder (or absolute from the package root) as a part path. */
export function resolveTarget(from: string, target: string): string {
  const parts = target.startsWith("/") ? [] : folder(from).split("/").filter(Boolean);
  for (const p of decodeURIComponent(target).split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return parts.join("/");
}

/** A path relative from a part's folder to another part ("xl/worksheets/sheet1.xml", "xl/comments1.xml" → "../comments1.xml"). */
export function relativeTarget(from: string, to: string): string {
  const a = folder(from).split("/").filter(Boolean);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** The .xlsx package being edited. Parts read as text are written back only when set. */
export class OpcPackage {
  private readonly changed = new Map<string, string | null>();

  private constructor(private readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<OpcPackage> {
    return new OpcPackage(await JSZip.loadAsync(bytes, { createFolders: false }));
  }

  has(path: string): boolean {
    if (this.changed.has(path)) return this.changed.get(path) !== null;
    return this.zip.file(path) !== null;
  }

  /** The part as text; null when missing. */
  async text(path: string): Promise<string | null> {
    if (this.changed.has(path)) return this.changed.get(path) ?? null;
    const f = this.zip.file(path);
    return f ? f.async("string") : null;
  }

  /** The part as text; throws when missing (callers check `has` for optional parts). */
  async need(path: string): Promise<string> {
    const t = await this.text(path);
    if (t === null) throw new Refusal(path, "missing");
    return t;
  }

  set(path: string, text: string): void {
    this.changed.set(path, text);
  }

  remove(path: string): void {
    this.changed.set(path, null);
  }

  /** Every part path, including parts added since opening. */
  paths(): string[] {
    const all = new Set(Object.keys(this.zip.files).filter((p) => !this.zip.files[p]?.dir));
    for (const [p, t] of this.changed) {
      if (t === null) all.delete(p);
      else all.add(p);
    }
    return [...all];
  }

  /** The relationships part of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"). */
  static relsPath(part: string): string {
    const f = folder(part);
    return `${f ? `${f}/` : ""}_rels/${part.slice(f ? f.length + 1 : 0)}.rels`;
  }

  async rels(part: string): Promise<Rel[]> {
    const xml = await this.text(OpcPackage.relsPath(part));
    if (xml === null) return [];
    return findElements(xml, "Relationship").map((r) => {
      const target = attr(r.tag, "Target") ?? "";
      const external = attr(r.tag, "TargetMode") === "External";
      return { id: attr(r.tag, "Id") ?? "", type: attr(r.tag, "Type") ?? "", target, external, path: external ? target : resolveTarget(part, target) };
    });
  }

  /** Adds a relationship from `part` to `to` and returns its id. */
  async addRel(part: string, type: string, to: string): Promise<string> {
    const path = OpcPackage.relsPath(part);
    const xml = (await this.text(path)) ?? EMPTY_RELS;
    const ids = new Set(findElements(xml, "Relationship").map((r) => attr(r.tag, "Id")));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(part, to))}"/>`;
    this.set(path, beforeLast(xml, "</Relationships>", rel));
    return id;
  }

  /** Removes relationship `id` of `part` (and the rels part when none is left). */
  async removeRel(part: string, id: string): Promise<void> {
    const path = OpcPackage.relsPath(part);
    const xml = await this.text(path);
    if (xml === null) return;
    const next = xml.replace(new RegExp(`<Relationship\\s[^>]*Id="${reEscape(id)}"[^>]*/>`), "");
    if (findElements(next, "Relationship").length === 0) this.remove(path);
    else this.set(path, next);
  }

  /** Adds `<Override PartName="/path">` to [Content_Types].xml unless present. */
  async addOverride(path: string, contentType: string): Promise<void> {
    const xml = await this.need("[Content_Types].xml");
    if (xml.includes(`PartName="/${path}"`)) return;
    this.set("[Content_Types].xml", beforeLast(xml, "</Types>", `<Override PartName="/${escapeXml(path)}" ContentType="${contentType}"/>`));
  }

  async removeOverride(path: string): Promise<void> {
    const xml = await this.need("[Content_Types].xml");
    this.set("[Content_Types].xml", xml.replace(new RegExp(`<Override\\s[^>]*PartName="/${reEscape(path)}"[^>]*/>`), ""));
  }

  /** Adds `<Default Extension=…>` unless the extension has one. */
  async addDefault(ext: string, contentType: string): Promise<void> {
    const xml = await this.need("[Content_Types].xml");
    if (new RegExp(`<Default\\s[^>]*Extension="${ext}"`, "i").test(xml)) return;
    const at = xml.search(/<(Default|Override)\s/);
    const el = `<Default Extension="${ext}" ContentType="${contentType}"/>`;
    this.set("[Content_Types].xml", at < 0 ? beforeLast(xml, "</Types>", el) : xml.slice(0, at) + el + xml.slice(at));
  }

  async hasDefault(ext: string): Promise<boolean> {
    return new RegExp(`<Default\\s[^>]*Extension="${reEscape(ext)}"`, "i").test(await this.need("[Content_Types].xml"));
  }

  /** Removes `<Default Extension=…>`. */
  async removeDefault(ext: string): Promise<void> {
    const xml = await this.need("[Content_Types].xml");
    this.set("[Content_Types].xml", xml.replace(new RegExp(`<Default\\s[^>]*Extension="${reEscape(ext)}"[^>]*/>`, "i"), ""));
  }

  /** A part path `prefix{N}suffix` not taken yet. */
  freePath(prefix: string, suffix: string): string {
    const taken = new Set(this.paths().map((p) => p.toLowerCase()));
    let n = 1;
    while (taken.has(`${prefix}${n}${suffix}`.toLowerCase())) n++;
    return `${prefix}${n}${suffix}`;
  }

  /** The package as zip bytes: untouched parts keep their compressed bytes, changed and new parts are deflated. */
  async bytes(): Promise<Buffer> {
    for (const [p, t] of this.changed) {
      if (t === null) this.zip.remove(p);
      else this.zip.file(p, t, { compression: "DEFLATE" });
    }
    this.changed.clear();
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}
