// A comments part (xl/commentsN.xml) parsed once: notes by cell, authors; serialised with untouched notes as their bytes.
import { Refusal } from "./refusal.js";
import { attr, escapeXml, findElement, findElements, splice, unescapeXml, xmlSafe } from "./xml-text.js";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NEW_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
const AUTHOR = "Renja";

/** The text of a `<comment>` (its runs' `<t>`, without phonetic runs). */
export function commentText(comment: string): string {
  const plain = comment.replace(/<(\w+:)?rPh[\s>][\s\S]*?<\/(\w+:)?rPh>/g, "");
  return [...plain.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => unescapeXml(m[1] ?? "")).join("");
}

export class CommentList {
  private head: string;
  private tail: string;
  private readonly p: string;
  /** Notes by cell in document order; `gap` is the text before each (kept for byte-identical output). */
  private readonly items = new Map<string, { gap: string; xml: string }>();

  constructor(text: string, where: string) {
    this.p = /<(\w+:)?comments[\s>]/.exec(text)?.[1] ?? "";
    const cl = findElement(text, `${this.p}commentList`);
    if (!cl) throw new Refusal(where, "list");
    if (cl.inner === null) {
      this.head = `${text.slice(0, cl.start)}${cl.tag.replace(/\s*\/>$/, ">")}`;
      this.tail = `</${this.p}commentList>${text.slice(cl.end)}`;
      return;
    }
    this.head = text.slice(0, cl.innerStart);
    let at = 0;
    for (const f of findElements(cl.inner, `${this.p}comment`)) {
      this.items.set(attr(f.tag, "ref") ?? "", { gap: cl.inner.slice(at, f.start), xml: cl.inner.slice(f.start, f.end) });
      at = f.end;
    }
    this.tail = text.slice(cl.innerStart + at);
    if (!findElement(this.head, `${this.p}authors`)) throw new Refusal(where, "list");
  }

  get size(): number {
    return this.items.size;
  }

  /** The `<comment>` of a cell ("B3"), null when it has none. */
  get(ref: string): string | null {
    return this.items.get(ref)?.xml ?? null;
  }

  /** Sets a cell's note to `text` under our author. */
  setText(ref: string, text: string): void {
    const p = this.p;
    const el = `<${p}comment ref="${ref}" authorId="${this.author()}"><${p}text><${p}r><${p}t xml:space="preserve">${escapeXml(xmlSafe(text))}</${p}t></${p}r></${p}text></${p}comment>`;
    this.put(ref, el);
  }

  /** Puts a `<comment>` element on a cell (null removes the cell's note). */
  put(ref: string, xml: string | null): void {
    const have = this.items.get(ref);
    if (xml === null) this.items.delete(ref);
    else if (have) have.xml = xml;
    else this.items.set(ref, { gap: "", xml });
  }

  private author(): number {
    const p = this.p;
    const a = findElement(this.head, `${p}authors`);
    if (!a) throw new Refusal("xl/comments", "list");
    const authors = findElements(a.inner ?? "", `${p}author`).map((x) => unescapeXml(x.inner ?? ""));
    const at = authors.indexOf(AUTHOR);
    if (at >= 0) return at;
    const el = `<${p}author>${AUTHOR}</${p}author>`;
    this.head = a.inner === null ? splice(this.head, a.start, a.end, `<${p}authors>${el}</${p}authors>`) : splice(this.head, a.end - `</${p}authors>`.length, a.end - `</${p}authors>`.length, el);
    return authors.length;
  }

  /** Our author goes when no note uses it and it is the last one (so the other authors keep their numbers). */
  private dropUnusedAuthor(): void {
    const p = this.p;
    const a = findElement(this.head, `${p}authors`);
    const authors = findElements(a?.inner ?? "", `${p}author`);
    const last = authors[authors.length - 1];
    if (!a || !last || unescapeXml(last.inner ?? "") !== AUTHOR) return;
    const id = String(authors.length - 1);
    for (const { xml } of this.items.values()) if (attr(xml, "authorId") === id) return;
    this.head = splice(this.head, a.innerStart + last.start, a.innerStart + last.end, "");
  }

  text(): string {
    this.dropUnusedAuthor();
    let inner = "";
    for (const { gap, xml } of this.items.values()) inner += gap + xml;
    return this.head + inner + this.tail;
  }
}
