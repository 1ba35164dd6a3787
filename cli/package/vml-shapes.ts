// A legacy VML drawing (xl/drawings/vmlDrawingN.vml) with note shapes added and removed by cell; the rest stays as written.

const NEW_VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="ID"/></o:shapelayout></xml>';
const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

const key = (r: number, c: number) => `${r}:${c}`;

export class VmlShapes {
  private readonly text: string;
  /** Note shapes of the drawing as read, by cell. */
  private readonly notes = new Map<string, { start: number; end: number }>();
  /** Start → end of the shapes read that go. */
  private readonly removed = new Map<number, number>();
  private readonly hasShapetype: boolean;
  private readonly added = new Map<string, string>();
  private nextId: number;
  private otherShapes = 0;

  /** `text` null: a new drawing, with shape ids from block `block`. */
  constructor(text: string | null, block: number) {
    this.text = text ?? NEW_VML.replace("ID", String(block));
    this.hasShapetype = this.text.includes('id="_x0000_t202"');
    let max = Number(/<o:idmap[^>]*data="(\d+)/.exec(this.text)?.[1] ?? block) * 1024;
    for (const m of this.text.matchAll(/<v:shape\s[\s\S]*?<\/v:shape>/g)) {
      const s = m[0];
      const id = /id="_x0000_s(\d+)"/.exec(s)?.[1];
      if (id) max = Math.max(max, Number(id));
      const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(s)?.[1];
      const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(s)?.[1];
      if (/ObjectType="Note"/.test(s) && row !== undefined && col !== undefined) this.notes.set(key(Number(row), Number(col)), { start: m.index, end: m.index + s.length });
      else this.otherShapes++;
    }
    this.nextId = max + 1;
  }

  /** Adds the hidden note box of cell (r, c). */
  add(r: number, c: number): void {
    if (!this.hasShapetype && !this.added.has("shapetype")) this.added.set("shapetype", SHAPETYPE);
    const id = this.nextId++;
    this.added.set(
      key(r, c),
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:120pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${r}, 2, ${c + 5}, 15, ${r + 8}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`,
    );
  }

  /** Removes the note box of cell (r, c), if any. */
  remove(r: number, c: number): void {
    if (this.added.delete(key(r, c))) return;
    const at = this.notes.get(key(r, c));
    if (!at) return;
    this.removed.set(at.start, at.end);
    this.notes.delete(key(r, c));
  }

  /** True when no shape is left (the drawing can go). */
  isEmpty(): boolean {
    return this.otherShapes === 0 && this.notes.size === 0 && [...this.added.keys()].every((k) => k === "shapetype");
  }

  toString(): string {
    let out = "";
    let at = 0;
    for (const [start, end] of [...this.removed].sort((a, b) => a[0] - b[0])) {
      out += this.text.slice(at, start);
      at = end;
    }
    out += this.text.slice(at);
    const close = out.lastIndexOf("</xml>");
    return out.slice(0, close) + [...this.added.values()].join("") + out.slice(close);
  }
}
