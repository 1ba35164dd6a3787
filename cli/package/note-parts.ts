// The notes of one worksheet: the comments part (text, authors) and the legacy VML drawing Excel needs to show them.
import { address } from "./cell-address.js";
import { REL, type OpcPackage } from "./opc-package.js";
import { Refusal } from "./refusal.js";
import { attr, beforeLast, escapeXml, findElement, findElements, reEscape, splice, unescapeXml, xmlSafe } from "./xml-text.js";

const AUTHOR = "Renja";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const NEW_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
const NEW_VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="ID"/></o:shapelayout></xml>';
const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
/** Parts of a worksheet that come after legacyDrawing (CT_Worksheet order). */
const AFTER_LEGACY = ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** The text of a `<comment>` (its runs' `<t>`, without phonetic runs). */
export function commentText(comment: string): string {
  const plain = comment.replace(/<(\w+:)?rPh[\s>][\s\S]*?<\/(\w+:)?rPh>/g, "");
  return [...plain.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => unescapeXml(m[1] ?? "")).join("");
}

export class SheetNotes {
  private comments: string | null = null;
  private vml: string | null = null;
  private commentsPath: string | null = null;
  private vmlPath: string | null = null;
  private vmlRelId: string | null = null;
  private changed = false;

  private constructor(
    private readonly pkg: OpcPackage,
    private readonly sheetPath: string,
  ) {}

  static async open(pkg: OpcPackage, sheetPath: string, sheetXml: string): Promise<SheetNotes> {
    const n = new SheetNotes(pkg, sheetPath);
    const rels = await pkg.rels(sheetPath);
    const c = rels.find((r) => r.type === REL.comments && !r.external);
    if (c) {
      n.commentsPath = c.path;
      n.comments = await pkg.text(c.path);
      if (n.comments === null) throw new Refusal(`${c.path} (the notes part is missing)`);
    }
    const legacy = /<(?:\w+:)?legacyDrawing\s[^>]*>/.exec(sheetXml)?.[0];
    const legacyId = legacy ? /\s\w+:id="([^"]*)"/.exec(legacy)?.[1] : undefined;
    const v = rels.find((r) => r.id === legacyId && r.type === REL.vml && !r.external);
    if (v) {
      n.vmlPath = v.path;
      n.vmlRelId = v.id;
      n.vml = await pkg.text(v.path);
    }
    return n;
  }

  private list(): { ref: string; xml: string; start: number; end: number }[] {
    if (this.comments === null) return [];
    const p = /<(\w+:)?comments[\s>]/.exec(this.comments)?.[1] ?? "";
    const cl = findElement(this.comments, `${p}commentList`);
    if (!cl || cl.inner === null) return [];
    return findElements(cl.inner, `${p}comment`).map((f) => ({ ref: attr(f.tag, "ref") ?? "", xml: cl.inner!.slice(f.start, f.end), start: f.start + cl.innerStart, end: f.end + cl.innerStart }));
  }

  /** The note text of a cell, null when it has none. */
  text(r: number, c: number): string | null {
    const found = this.list().find((x) => x.ref === address(r, c));
    return found ? commentText(found.xml) : null;
  }

  /** Sets the note of a cell to `text` and returns the `<comment>` it had (null: none). */
  set(r: number, c: number, text: string): string | null {
    const old = this.list().find((x) => x.ref === address(r, c)) ?? null;
    const p = /<(\w+:)?comments[\s>]/.exec(this.comments ?? "")?.[1] ?? "";
    this.comments ??= NEW_COMMENTS;
    const authorId = this.author(p);
    const el = `<${p}comment ref="${address(r, c)}" authorId="${authorId}"><${p}text><${p}r><${p}t xml:space="preserve">${escapeXml(xmlSafe(text))}</${p}t></${p}r></${p}text></${p}comment>`;
    this.put(r, c, el);
    if (!old) this.addShape(r, c);
    this.changed = true;
    return old?.xml ?? null;
  }

  /** Puts back the `<comment>` a cell had (null: removes the note and its shape). */
  restore(r: number, c: number, previous: string | null): void {
    if (previous === null) {
      this.put(r, c, null);
      this.removeShape(r, c);
      this.dropUnusedAuthor();
    } else this.put(r, c, previous);
    this.changed = true;
  }

  private put(r: number, c: number, el: string | null): void {
    const old = this.list().find((x) => x.ref === address(r, c));
    const text = this.comments ?? NEW_COMMENTS;
    if (old) this.comments = splice(text, old.start, old.end, el ?? "");
    else if (el !== null) {
      const p = /<(\w+:)?comments[\s>]/.exec(text)?.[1] ?? "";
      const cl = findElement(text, `${p}commentList`);
      if (!cl) throw new Refusal(`${this.commentsPath ?? "notes"} (no comment list)`);
      this.comments = cl.inner === null ? splice(text, cl.start, cl.end, `<${p}commentList>${el}</${p}commentList>`) : splice(text, cl.end - `</${p}commentList>`.length, cl.end - `</${p}commentList>`.length, el);
    }
  }

  private author(p: string): number {
    const text = this.comments ?? NEW_COMMENTS;
    const a = findElement(text, `${p}authors`);
    if (!a) throw new Refusal(`${this.commentsPath ?? "notes"} (no author list)`);
    const authors = findElements(a.inner ?? "", `${p}author`).map((x) => unescapeXml(x.inner ?? ""));
    const at = authors.indexOf(AUTHOR);
    if (at >= 0) return at;
    const el = `<${p}author>${AUTHOR}</${p}author>`;
    this.comments = a.inner === null ? splice(text, a.start, a.end, `<${p}authors>${el}</${p}authors>`) : splice(text, a.end - `</${p}authors>`.length, a.end - `</${p}authors>`.length, el);
    return authors.length;
  }

  /** Our author goes when no note uses it and it is the last one (so older author numbers stay). */
  private dropUnusedAuthor(): void {
    const text = this.comments;
    if (text === null) return;
    const p = /<(\w+:)?comments[\s>]/.exec(text)?.[1] ?? "";
    const a = findElement(text, `${p}authors`);
    const authors = findElements(a?.inner ?? "", `${p}author`);
    const last = authors[authors.length - 1];
    if (!a || !last || unescapeXml(last.inner ?? "") !== AUTHOR) return;
    const id = String(authors.length - 1);
    if (this.list().some((x) => attr(x.xml, "authorId") === id)) return;
    this.comments = splice(text, a.innerStart + last.start, a.innerStart + last.end, "");
  }

  private addShape(r: number, c: number): void {
    let vml = this.vml ?? NEW_VML.replace("ID", String(this.idBlock()));
    if (!vml.includes('id="_x0000_t202"')) vml = beforeLast(vml, "</xml>", SHAPETYPE);
    const ids = [...vml.matchAll(/id="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
    const block = Number(/<o:idmap[^>]*data="(\d+)/.exec(vml)?.[1] ?? 1);
    const id = Math.max(block * 1024, ...ids) + 1;
    const shape =
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:120pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${r}, 2, ${c + 5}, 15, ${r + 8}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`;
    this.vml = beforeLast(vml, "</xml>", shape);
  }

  private removeShape(r: number, c: number): void {
    if (this.vml === null) return;
    for (const m of this.vml.matchAll(/<v:shape\s[\s\S]*?<\/v:shape>/g)) {
      const s = m[0];
      if (!/ObjectType="Note"/.test(s)) continue;
      if (new RegExp(`<x:Row>\\s*${r}\\s*</x:Row>`).test(s) && new RegExp(`<x:Column>\\s*${c}\\s*</x:Column>`).test(s)) {
        this.vml = this.vml.slice(0, m.index) + this.vml.slice(m.index + s.length);
        return;
      }
    }
  }

  /** A VML shape id block (o:idmap) no other drawing uses. */
  private idBlock(): number {
    return 1 + this.pkg.paths().filter((p) => p.toLowerCase().endsWith(".vml")).length;
  }

  /** Writes the notes parts back (new ones created, emptied ones removed) and returns the worksheet XML to save. */
  async finish(sheetXml: string): Promise<string> {
    if (!this.changed) return sheetXml;
    const pkg = this.pkg;
    let xml = sheetXml;
    const empty = this.list().length === 0;
    if (empty) {
      // No note left: the parts go (the shapes of a VML shared with form controls stay).
      if (this.commentsPath) {
        pkg.remove(this.commentsPath);
        await pkg.removeOverride(this.commentsPath);
        const rel = (await pkg.rels(this.sheetPath)).find((x) => x.type === REL.comments);
        if (rel) await pkg.removeRel(this.sheetPath, rel.id);
      }
      if (this.vmlPath && this.vml !== null && !/<v:shape\s/.test(this.vml)) {
        pkg.remove(this.vmlPath);
        if (this.vmlRelId) await pkg.removeRel(this.sheetPath, this.vmlRelId);
        xml = xml.replace(/<(\w+:)?legacyDrawing\s[^>]*\/>/, "");
      } else if (this.vmlPath && this.vml !== null) pkg.set(this.vmlPath, this.vml);
      return xml;
    }
    if (!this.commentsPath) {
      this.commentsPath = pkg.freePath("xl/comments", ".xml");
      await pkg.addRel(this.sheetPath, REL.comments, this.commentsPath);
      await pkg.addOverride(this.commentsPath, COMMENTS_TYPE);
    }
    pkg.set(this.commentsPath, this.comments ?? NEW_COMMENTS);
    if (!this.vmlPath) {
      this.vmlPath = pkg.freePath("xl/drawings/vmlDrawing", ".vml");
      const id = await pkg.addRel(this.sheetPath, REL.vml, this.vmlPath);
      await pkg.addDefault("vml", VML_TYPE);
      xml = insertLegacyDrawing(xml, id);
    }
    if (this.vml !== null) pkg.set(this.vmlPath, this.vml);
    return xml;
  }
}

/** The worksheet with `<legacyDrawing r:id=…/>` in its place (CT_Worksheet order). */
function insertLegacyDrawing(xml: string, id: string): string {
  const p = /<(\w+:)?worksheet[\s>]/.exec(xml)?.[1] ?? "";
  const rp = new RegExp(`xmlns:(\\w+)="${reEscape(R_NS)}"`).exec(xml)?.[1];
  const el = rp ? `<${p}legacyDrawing ${rp}:id="${id}"/>` : `<${p}legacyDrawing xmlns:r="${R_NS}" r:id="${id}"/>`;
  let at = xml.lastIndexOf(`</${p}worksheet>`);
  for (const name of AFTER_LEGACY) {
    const f = findElement(xml, `${p}${name}`);
    if (f && f.start < at) at = f.start;
  }
  return xml.slice(0, at) + el + xml.slice(at);
}
