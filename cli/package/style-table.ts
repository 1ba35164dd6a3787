// xl/styles.xml edited by appending: new cell formats (xf), fills and fonts for flags and number formats, never renumbering old ones.
import { Refusal } from "./refusal.js";
import { attr, findElement, findElements, setAttr, splice } from "./xml-text.js";

/** How many entries each list of styles.xml has; clear cuts the lists back to these when nothing uses the rest. */
export interface StyleCounts {
  xfs: number;
  fills: number;
  fonts: number;
  numFmts: number;
  /** Whether [Content_Types].xml had a Default for .vml before (clear removes one only renja added). */
  vmlDefault?: boolean;
}

/** An exceljs-like colour as kept in the flag record: `{ argb }`, `{ theme, tint }` or `{ indexed }`. */
export interface KeptColour {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };

/** The colour element `<color …/>` (or another name such as fgColor) of a kept colour; null when it names none. */
export function colourXml(p: string, name: string, c: KeptColour | undefined): string | null {
  if (!c) return null;
  if (c.argb) return `<${p}${name} rgb="${c.argb}"/>`;
  if (c.theme !== undefined) return `<${p}${name} theme="${c.theme}"${c.tint !== undefined ? ` tint="${c.tint}"` : ""}/>`;
  if (c.indexed !== undefined) return `<${p}${name} indexed="${c.indexed}"/>`;
  return null;
}

/** A solid fill of `#RRGGBB`, the way Excel writes one. */
export const solidFillXml = (p: string, hex: string): string =>
  `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${hex.replace(/^#/, "").toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;

/** The `<fill>` of an exceljs pattern fill kept in a flag record; null when it is none or of another kind. */
export function keptFillXml(p: string, fill: { type?: string; pattern?: string; fgColor?: KeptColour; bgColor?: KeptColour } | undefined): string | null {
  if (!fill || fill.type !== "pattern" || !fill.pattern || fill.pattern === "none") return null;
  const fg = colourXml(p, "fgColor", fill.fgColor) ?? "";
  const bg = colourXml(p, "bgColor", fill.bgColor) ?? "";
  return `<${p}fill><${p}patternFill patternType="${fill.pattern}">${fg}${bg}</${p}patternFill></${p}fill>`;
}

/** The children of a font that come before its colour (CT_Font order), so a new colour goes after them. */
const BEFORE_COLOUR = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz"];

/** styles.xml with its lists of cell formats, fills, fonts and number formats. */
export class StyleTable {
  constructor(
    private xml: string,
    readonly p: string,
  ) {}

  text(): string {
    return this.xml;
  }

  /** The parsed lists, until the next change. */
  private readonly lists = new Map<string, string[]>();

  private list(container: string, item: string): string[] {
    const have = this.lists.get(container);
    if (have) return have;
    const c = findElement(this.xml, `${this.p}${container}`);
    const inner = c?.inner ?? "";
    const out = findElements(inner, `${this.p}${item}`).map((f) => inner.slice(f.start, f.end));
    this.lists.set(container, out);
    return out;
  }

  private setXml(xml: string): void {
    this.xml = xml;
    this.lists.clear();
  }

  private append(container: string, item: string, element: string): number {
    const existing = this.list(container, item);
    const same = existing.indexOf(element);
    if (same >= 0) return same;
    const c = findElement(this.xml, `${this.p}${container}`);
    if (!c) throw new Refusal(`xl/styles.xml ${container}`, "list");
    const count = existing.length + 1;
    const tag = setAttr(c.tag.replace(/\s*\/>$/, ">"), "count", String(count));
    const inner = c.inner ?? "";
    this.setXml(splice(this.xml, c.start, c.end, `${tag}${inner}${element}</${this.p}${container}>`));
    return count - 1;
  }

  counts(): StyleCounts {
    return { xfs: this.list("cellXfs", "xf").length, fills: this.list("fills", "fill").length, fonts: this.list("fonts", "font").length, numFmts: this.list("numFmts", "numFmt").length };
  }

  /** The cell format `s` (Excel reads a missing one as the first). */
  xf(s: number): string {
    const all = this.list("cellXfs", "xf");
    return all[s] ?? all[0] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
  }

  /** `#RRGGBB` of the solid fill of cell format `s`, null when it has none or another kind. */
  fillHex(s: number): string | null {
    const fill = this.list("fills", "fill")[Number(attr(this.xf(s), "fillId") ?? 0)] ?? "";
    const fg = findElement(fill, `${this.p}fgColor`);
    const rgb = fg ? attr(fg.tag, "rgb") : undefined;
    return rgb && /^[0-9A-Fa-f]{8}$/.test(rgb) ? `#${rgb.slice(2).toUpperCase()}` : null;
  }

  /** True when cell format `s` has no number format of its own (General). */
  isGeneral(s: number): boolean {
    return Number(attr(this.xf(s), "numFmtId") ?? 0) === 0;
  }

  /** The cell format like `s` with another fill (XML of a `<fill>`; null = none) and, unless undefined, another font colour. */
  withFill(s: number, fill: string | null, fontColour: string | KeptColour | null | undefined): number {
    let xf = this.xf(s);
    const fillId = fill === null ? 0 : this.append("fills", "fill", fill);
    xf = setAttr(setAttr(xf, "fillId", String(fillId)), "applyFill", "1");
    if (fontColour !== undefined) {
      const font = this.list("fonts", "font")[Number(attr(xf, "fontId") ?? 0)] ?? `<${this.p}font/>`;
      xf = setAttr(setAttr(xf, "fontId", String(this.append("fonts", "font", this.fontWithColour(font, fontColour)))), "applyFont", "1");
    }
    return this.append("cellXfs", "xf", xf);
  }

  /** The cell format like `s` with number format `code`. */
  withNumberFormat(s: number, code: string): number {
    let id = BUILTIN_FORMATS[code];
    if (id === undefined) {
      const known = this.list("numFmts", "numFmt").find((n) => attr(n, "formatCode") === code);
      id = known ? Number(attr(known, "numFmtId")) : this.addNumFmt(code);
    }
    return this.append("cellXfs", "xf", setAttr(setAttr(this.xf(s), "numFmtId", String(id)), "applyNumberFormat", "1"));
  }

  private addNumFmt(code: string): number {
    const ids = this.list("numFmts", "numFmt").map((n) => Number(attr(n, "numFmtId") ?? 0));
    const id = Math.max(163, ...ids) + 1;
    const el = setAttr(setAttr(`<${this.p}numFmt/>`, "numFmtId", String(id)), "formatCode", code);
    if (!findElement(this.xml, `${this.p}numFmts`)) {
      const root = /<(?![?!])[^>]*>/.exec(this.xml);
      if (!root) throw new Refusal("xl/styles.xml", "unreadable");
      const at = root.index + root[0].length;
      this.setXml(splice(this.xml, at, at, `<${this.p}numFmts count="0"></${this.p}numFmts>`));
    }
    this.append("numFmts", "numFmt", el);
    return id;
  }

  /** A font element with its colour replaced (`#RRGGBB`, a kept colour, or null = automatic). */
  fontWithColour(font: string, colour: string | KeptColour | null): string {
    const p = this.p;
    let f = font.endsWith("/>") ? `${font.slice(0, -2).trimEnd()}></${p}font>` : font;
    const old = findElement(f, `${p}color`);
    if (old) f = splice(f, old.start, old.end, "");
    const el = typeof colour === "string" ? `<${p}color rgb="FF${colour.replace(/^#/, "").toUpperCase()}"/>` : colourXml(p, "color", colour ?? undefined);
    if (el === null) return f;
    const open = /^<[^>]*>/.exec(f)?.[0] ?? "";
    let at = open.length;
    for (const name of BEFORE_COLOUR) {
      const e = findElement(f, `${p}${name}`);
      if (e) at = Math.max(at, e.end);
    }
    return splice(f, at, at, el);
  }

  /**
   * Cuts the lists back to `to` (entries past it were added by renja), each only as far as nothing uses the entries
   * removed: cell formats above `usedXf` stay, and fills, fonts and number formats an xf left still names stay.
   */
  truncate(to: StyleCounts, usedXf: number): void {
    const cut = (container: string, item: string, n: number) => {
      const c = findElement(this.xml, `${this.p}${container}`);
      if (!c || c.inner === null) return;
      const items = findElements(c.inner, `${this.p}${item}`);
      if (items.length <= n) return;
      const keepEnd = n === 0 ? (items[0]?.start ?? 0) : (items[n - 1]?.end ?? 0);
      const inner = c.inner.slice(0, keepEnd) + c.inner.slice(items[items.length - 1]?.end ?? 0);
      this.setXml(splice(this.xml, c.start, c.end, `${setAttr(c.tag, "count", String(n))}${inner}</${this.p}${container}>`));
    };
    if (usedXf >= to.xfs) return;
    cut("cellXfs", "xf", to.xfs);
    const xfs = [...this.list("cellXfs", "xf"), ...this.list("cellStyleXfs", "xf")];
    const max = (a: string) => Math.max(-1, ...xfs.map((x) => Number(attr(x, a) ?? 0)));
    if (max("fillId") < to.fills) cut("fills", "fill", to.fills);
    if (max("fontId") < to.fonts) cut("fonts", "font", to.fonts);
    const ids = this.list("numFmts", "numFmt").slice(to.numFmts).map((n) => attr(n, "numFmtId"));
    const dxfs = findElement(this.xml, `${this.p}dxfs`)?.inner ?? "";
    if (!xfs.some((x) => ids.includes(attr(x, "numFmtId"))) && !ids.some((id) => dxfs.includes(`numFmtId="${id}"`))) cut("numFmts", "numFmt", to.numFmts);
  }
}
