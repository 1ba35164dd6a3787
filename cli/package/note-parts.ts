// The notes of one worksheet: the comments part (text, authors) and the legacy VML drawing Excel needs to show them.
import { address } from "./cell-address.js";
import { commentText, CommentList, NEW_COMMENTS } from "./comment-list.js";
import { REL, type OpcPackage } from "./opc-package.js";
import { Refusal } from "./refusal.js";
import { VmlShapes } from "./vml-shapes.js";
import { reEscape } from "./xml-text.js";

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";
/** Parts of a worksheet that come before legacyDrawing (CT_Worksheet order); some may hold an extLst of their own. */
const BEFORE_LEGACY = ["sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing"];
/** The shape id blocks new drawings took, per package being written. */
const BLOCKS_TAKEN = new WeakMap<OpcPackage, number>();

export { commentText };

export class SheetNotes {
  private comments: CommentList | null = null;
  private vml: VmlShapes | null = null;
  private commentsPath: string | null = null;
  private vmlPath: string | null = null;
  private vmlRelId: string | null = null;
  private vmlText: string | null = null;
  /** The shape id block a new drawing takes: above every block (o:idmap) the package's drawings use. */
  private freeBlock = 1;
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
      const text = await pkg.text(c.path);
      if (text === null) throw new Refusal(c.path, "missing");
      n.commentsPath = c.path;
      n.comments = new CommentList(text, c.path);
    }
    const legacy = /<(?:\w+:)?legacyDrawing\s[^>]*>/.exec(sheetXml)?.[0];
    const legacyId = legacy ? /\s\w+:id="([^"]*)"/.exec(legacy)?.[1] : undefined;
    const v = rels.find((r) => r.id === legacyId && r.type === REL.vml && !r.external);
    if (v) {
      n.vmlPath = v.path;
      n.vmlRelId = v.id;
      n.vmlText = await pkg.text(v.path);
    } else {
      for (const path of pkg.paths().filter((p) => p.toLowerCase().endsWith(".vml"))) {
        const ids = /<o:idmap[^>]*data="([^"]*)"/.exec((await pkg.text(path)) ?? "")?.[1] ?? "";
        for (const id of ids.split(/[\s,]+/).filter(Boolean)) n.freeBlock = Math.max(n.freeBlock, Number(id) + 1 || 1);
      }
    }
    return n;
  }

  private shapes(): VmlShapes {
    if (!this.vml) {
      // Two sheets given new drawings in one run take different blocks.
      const block = this.vmlText === null ? Math.max(this.freeBlock, (BLOCKS_TAKEN.get(this.pkg) ?? 0) + 1) : this.freeBlock;
      if (this.vmlText === null) BLOCKS_TAKEN.set(this.pkg, block);
      this.vml = new VmlShapes(this.vmlText, block);
    }
    return this.vml;
  }

  /** The note text of a cell, null when it has none. */
  text(r: number, c: number): string | null {
    const xml = this.comments?.get(address(r, c)) ?? null;
    return xml === null ? null : commentText(xml);
  }

  /** Sets the note of a cell to `text` and returns the `<comment>` it had (null: none). */
  set(r: number, c: number, text: string): string | null {
    this.comments ??= new CommentList(NEW_COMMENTS, "notes");
    const old = this.comments.get(address(r, c));
    this.comments.setText(address(r, c), text);
    if (old === null) this.shapes().add(r, c);
    this.changed = true;
    return old;
  }

  /** Puts back the `<comment>` a cell had (null: removes the note and its shape). */
  restore(r: number, c: number, previous: string | null): void {
    if (!this.comments) return;
    this.comments.put(address(r, c), previous);
    if (previous === null) this.shapes().remove(r, c);
    this.changed = true;
  }

  /** Writes the notes parts back (new ones created, emptied ones removed) and returns the worksheet XML to save. */
  async finish(sheetXml: string): Promise<string> {
    if (!this.changed || !this.comments) return sheetXml;
    const pkg = this.pkg;
    let xml = sheetXml;
    if (this.comments.size === 0) {
      // No note left: the parts go (a drawing that still holds other shapes, such as form controls, stays).
      if (this.commentsPath) {
        pkg.remove(this.commentsPath);
        await pkg.removeOverride(this.commentsPath);
        const rel = (await pkg.rels(this.sheetPath)).find((x) => x.type === REL.comments);
        if (rel) await pkg.removeRel(this.sheetPath, rel.id);
      }
      if (this.vmlPath && this.vml?.isEmpty()) {
        pkg.remove(this.vmlPath);
        if (this.vmlRelId) await pkg.removeRel(this.sheetPath, this.vmlRelId);
        xml = xml.replace(/<(\w+:)?legacyDrawing\s[^>]*\/>/, "");
      } else if (this.vmlPath && this.vml) pkg.set(this.vmlPath, this.vml.toString());
      return xml;
    }
    if (!this.commentsPath) {
      this.commentsPath = pkg.freePath("xl/comments", ".xml");
      await pkg.addRel(this.sheetPath, REL.comments, this.commentsPath);
      await pkg.addOverride(this.commentsPath, COMMENTS_TYPE);
    }
    pkg.set(this.commentsPath, this.comments.text());
    if (!this.vmlPath) {
      this.vmlPath = pkg.freePath("xl/drawings/vmlDrawing", ".vml");
      const id = await pkg.addRel(this.sheetPath, REL.vml, this.vmlPath);
      await pkg.addDefault("vml", VML_TYPE);
      xml = insertLegacyDrawing(xml, id);
    }
    if (this.vml) pkg.set(this.vmlPath, this.vml.toString());
    return xml;
  }
}

/** The worksheet with `<legacyDrawing r:id=…/>` in its place (CT_Worksheet order). */
function insertLegacyDrawing(xml: string, id: string): string {
  const p = /<(\w+:)?worksheet[\s>]/.exec(xml)?.[1] ?? "";
  const rp = new RegExp(`xmlns:(\\w+)="${reEscape(R_NS)}"`).exec(xml)?.[1];
  const el = rp ? `<${p}legacyDrawing ${rp}:id="${id}"/>` : `<${p}legacyDrawing xmlns:r="${R_NS}" r:id="${id}"/>`;
  // Right after the last element that must come before it.
  let at = -1;
  for (const name of BEFORE_LEGACY) {
    const m = [...xml.matchAll(new RegExp(`<${reEscape(p + name)}(?=[\\s/>])[^>]*>`, "g"))].pop();
    if (!m) continue;
    const end = m[0].endsWith("/>") ? m.index + m[0].length : xml.indexOf(`</${p}${name}>`, m.index) + `</${p}${name}>`.length;
    at = Math.max(at, end);
  }
  if (at < 0) throw new Refusal("worksheet sheetData", "list");
  return xml.slice(0, at) + el + xml.slice(at);
}
