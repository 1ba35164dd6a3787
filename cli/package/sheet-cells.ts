// The cells of one worksheet part edited in place: values, formulas with cached results and style indexes; every other byte stays.
import { address, inRange, parseAddress } from "./cell-address.js";
import { attr, escapeXml, findElement, findElements, setAttr, startTag, xmlSafe, type Found } from "./xml-text.js";

/** What a cell should hold: a formula with its cached result, a plain value, or its own formula where it shared one. */
export type CellContent =
  | { kind: "formula"; formula: string; result: number | string | boolean | null | undefined }
  | { kind: "value"; value: number | string | boolean | null }
  | { kind: "unshare"; formula: string };

/** One cell as found: its style index, formula kind, and whether it holds anything. */
export interface CellInfo {
  exists: boolean;
  s: number;
  /** `<f>`: t (normal/shared/array/dataTable), si, ref. */
  formula: { t: string; si?: string | undefined; ref?: string | undefined } | null;
  hasValue: boolean;
}

interface ParsedRow {
  tag: string;
  cells: { col: number; xml: string }[];
}

interface CellChange {
  content?: CellContent;
  s?: number;
  /** Remove the cell when it ends up empty with its default style (a cell flagging created). */
  dropIfPlain?: boolean;
}

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

export class SheetCells {
  private readonly sheetData: Found;
  private readonly rowAt = new Map<number, Found>();
  private readonly parsed = new Map<number, ParsedRow>();
  private readonly changes = new Map<number, Map<number, CellChange>>();
  private readonly colStyles: { min: number; max: number; style: number }[];

  constructor(
    private readonly xml: string,
    private readonly p: string,
  ) {
    const sd = findElement(xml, `${p}sheetData`);
    if (!sd) throw new Error("worksheet without sheetData");
    this.sheetData = sd;
    let r = 0;
    for (const row of findElements(sd.inner ?? "", `${p}row`)) {
      const next = Number(attr(row.tag, "r") ?? r + 1);
      // Rows out of order (or twice) are not valid SpreadsheetML; such a sheet is refused, not guessed at.
      if (!(next > r)) throw new Error("rows out of order");
      r = next;
      this.rowAt.set(r - 1, { ...row, start: row.start + sd.innerStart, end: row.end + sd.innerStart, innerStart: row.innerStart + sd.innerStart });
    }
    const cols = findElement(xml, `${p}cols`);
    this.colStyles = findElements(cols?.inner ?? "", `${p}col`).map((c) => ({ min: Number(attr(c.tag, "min")) - 1, max: Number(attr(c.tag, "max")) - 1, style: Number(attr(c.tag, "style") ?? 0) }));
  }

  private row(r: number): ParsedRow | null {
    const have = this.parsed.get(r);
    if (have) return have;
    const found = this.rowAt.get(r);
    if (!found) return null;
    const cells: ParsedRow["cells"] = [];
    let col = -1;
    const re = new RegExp(`<${this.p}c(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${this.p}c>)`, "g");
    for (const m of (found.inner ?? "").matchAll(re)) {
      const ref = attr(/^<[^>]*>/.exec(m[0])?.[0] ?? "", "r");
      col = ref !== undefined ? (parseAddress(ref)?.col ?? col + 1) : col + 1;
      cells.push({ col, xml: ref !== undefined ? m[0] : m[0].replace(new RegExp(`^<${this.p}c`), `<${this.p}c r="${address(r, col)}"`) });
    }
    const parsed = { tag: found.tag, cells };
    this.parsed.set(r, parsed);
    return parsed;
  }

  /** The style a new cell at (r, c) shows: its row's, else its column's, else the first. */
  defaultStyle(r: number, c: number): number {
    const tag = this.rowAt.get(r)?.tag;
    if (tag && attr(tag, "customFormat") === "1" && attr(tag, "s") !== undefined) return Number(attr(tag, "s"));
    return this.colStyles.find((x) => c >= x.min && c <= x.max)?.style ?? 0;
  }

  info(r: number, c: number): CellInfo {
    const change = this.changes.get(r)?.get(c);
    const cell = this.row(r)?.cells.find((x) => x.col === c);
    if (!cell) return { exists: false, s: change?.s ?? this.defaultStyle(r, c), formula: null, hasValue: false };
    const tag = /^<[^>]*>/.exec(cell.xml)?.[0] ?? "";
    const f = findElement(cell.xml, `${this.p}f`);
    return {
      exists: true,
      s: change?.s ?? Number(attr(tag, "s") ?? 0),
      formula: f ? { t: attr(f.tag, "t") ?? "normal", si: attr(f.tag, "si"), ref: attr(f.tag, "ref") } : null,
      hasValue: /<(\w+:)?(v|f|is)[\s>/]/.test(cell.xml.slice(tag.length)),
    };
  }

  private change(r: number, c: number): CellChange {
    let row = this.changes.get(r);
    if (!row) this.changes.set(r, (row = new Map()));
    let ch = row.get(c);
    if (!ch) row.set(c, (ch = {}));
    return ch;
  }

  setContent(r: number, c: number, content: CellContent): void {
    this.change(r, c).content = content;
  }

  setStyle(r: number, c: number, s: number, dropIfPlain = false): void {
    const ch = this.change(r, c);
    ch.s = s;
    if (dropIfPlain) ch.dropIfPlain = true;
  }

  /** Ranges of array formulas and data tables (a write inside one cannot be done cell by cell). */
  lockedRanges(): string[] {
    const out: string[] = [];
    for (const m of this.xml.matchAll(new RegExp(`<${this.p}f\\s[^>]*>`, "g"))) {
      const t = attr(m[0], "t");
      const ref = attr(m[0], "ref");
      if ((t === "array" || t === "dataTable") && ref) out.push(ref);
    }
    return out;
  }

  /** Addresses of the cells that share the formula of group `si` without being its first cell. */
  sharedDependants(si: string): string[] {
    if (!this.shared) {
      this.shared = new Map();
      const re = new RegExp(`<${this.p}c(?=[\\s>])[^>]*?(?<!/)>(?:(?!</${this.p}c>)[\\s\\S])*?<${this.p}f\\s[^>]*t="shared"[^>]*>`, "g");
      for (const m of this.xml.matchAll(re)) {
        const f = /<(?:\w+:)?f\s[^>]*>$/.exec(m[0])?.[0] ?? "";
        const group = attr(f, "si");
        const ref = attr(startTag(m[0]), "r");
        if (group === undefined || attr(f, "ref") !== undefined || !ref) continue;
        const list = this.shared.get(group) ?? [];
        list.push(ref);
        this.shared.set(group, list);
      }
    }
    return this.shared.get(si) ?? [];
  }

  /** Shared formula groups: si → the cells that follow the group's first cell (read once). */
  private shared: Map<string, string[]> | null = null;

  /** The part with every change applied; untouched rows are copied byte for byte. */
  text(): string {
    if (this.changes.size === 0) return this.xml;
    const sd = this.sheetData;
    const pending = [...this.changes.keys()].sort((a, b) => a - b);
    let at = sd.innerStart;
    const inner: string[] = [];
    let k = 0;
    // Rows in file order, which is ascending (checked when read).
    for (const [r, found] of this.rowAt) {
      while (k < pending.length && (pending[k] ?? 0) < r) inner.push(this.newRow(pending[k++] ?? 0));
      inner.push(this.xml.slice(at, found.start));
      if (pending[k] === r) {
        inner.push(this.editedRow(r));
        k++;
      } else inner.push(this.xml.slice(found.start, found.end));
      at = found.end;
    }
    const tail = sd.inner === null ? "" : this.xml.slice(at, sd.end - `</${this.p}sheetData>`.length);
    while (k < pending.length) inner.push(this.newRow(pending[k++] ?? 0));
    const open = sd.inner === null ? sd.tag.replace(/\s*\/>$/, ">") : sd.tag;
    return `${this.xml.slice(0, sd.start)}${open}${inner.join("")}${tail}</${this.p}sheetData>${this.xml.slice(sd.end)}`;
  }

  private newRow(r: number): string {
    const cells = [...(this.changes.get(r) ?? new Map<number, CellChange>())].sort((a, b) => a[0] - b[0]);
    const xml = cells.map(([c, ch]) => this.cellXml(r, c, null, ch)).filter((x) => x !== "");
    return xml.length === 0 ? "" : `<${this.p}row r="${r + 1}">${xml.join("")}</${this.p}row>`;
  }

  private editedRow(r: number): string {
    const row = this.row(r);
    const found = this.rowAt.get(r);
    if (!row || !found) return this.newRow(r);
    const changes = this.changes.get(r) ?? new Map<number, CellChange>();
    const cells = row.cells.map((x) => ({ col: x.col, xml: changes.has(x.col) ? this.cellXml(r, x.col, x.xml, changes.get(x.col) ?? {}) : x.xml }));
    for (const [c, ch] of changes) {
      if (row.cells.some((x) => x.col === c)) continue;
      const xml = this.cellXml(r, c, null, ch);
      if (xml !== "") {
        cells.push({ col: c, xml });
      }
    }
    cells.sort((a, b) => a.col - b.col);
    // `spans` is only a hint for readers; it stays as it was (so that clear gives back the same row).
    const tag = row.tag;
    const body = cells.map((x) => x.xml).join("");
    if (body === "" && !/\s(s|ht|hidden|customHeight|outlineLevel|collapsed|thickTop|thickBot|customFormat)=/.test(tag)) return "";
    return `${tag.replace(/\s*\/>$/, ">")}${body}</${this.p}row>`;
  }

  /** The XML of one changed cell (old = its XML before, null for a new cell); "" drops the cell. */
  private cellXml(r: number, c: number, old: string | null, ch: CellChange): string {
    const p = this.p;
    const oldTag = old ? (/^<[^>]*>/.exec(old)?.[0] ?? `<${p}c>`) : null;
    const s = ch.s ?? (oldTag ? Number(attr(oldTag, "s") ?? 0) : this.defaultStyle(r, c));
    const withS = (tag: string) => setAttr(tag, "s", s === 0 ? null : String(s));
    if (!ch.content) {
      if (old === null || oldTag === null) return ch.dropIfPlain && s === this.defaultStyle(r, c) ? "" : `<${p}c r="${address(r, c)}"${s === 0 ? "" : ` s="${s}"`}/>`;
      const body = old.slice(oldTag.length);
      const plain = body === "" || /^\s*<\/(\w+:)?c>$/.test(body);
      if (ch.dropIfPlain && plain && s === this.defaultStyle(r, c) && !/\s(t|cm|vm|ph)=/.test(oldTag)) return "";
      return withS(oldTag) + body;
    }
    if (ch.content.kind === "unshare") {
      const f = findElement(old ?? "", `${p}f`);
      if (!old || !f) return old ?? "";
      return withS(oldTag ?? "") + (old.slice((oldTag ?? "").length, f.start) + `<${p}f>${escapeXml(xmlSafe(ch.content.formula))}</${p}f>` + old.slice(f.end));
    }
    let t: string | null = null;
    let body = "";
    const v = ch.content.kind === "formula" ? ch.content.result : ch.content.value;
    if (ch.content.kind === "formula") body += `<${p}f>${escapeXml(xmlSafe(ch.content.formula.replace(/^=/, "")))}</${p}f>`;
    if (typeof v === "number" && Number.isFinite(v)) body += `<${p}v>${v}</${p}v>`;
    else if (typeof v === "boolean") {
      t = "b";
      body += `<${p}v>${v ? 1 : 0}</${p}v>`;
    } else if (typeof v === "string" && ch.content.kind === "formula") {
      t = ERRORS.has(v) ? "e" : "str";
      body += `<${p}v>${escapeXml(xmlSafe(v))}</${p}v>`;
    } else if (typeof v === "string") {
      t = "inlineStr";
      body += `<${p}is><${p}t xml:space="preserve">${escapeXml(xmlSafe(v))}</${p}t></${p}is>`;
    }
    const tag = `<${p}c r="${address(r, c)}"${s === 0 ? "" : ` s="${s}"`}${t ? ` t="${t}"` : ""}`;
    return body === "" ? `${tag}/>` : `${tag}>${body}</${p}c>`;
  }

  /** True when (r, c) lies in an array formula or data table. */
  isLocked(r: number, c: number, locked: readonly string[]): boolean {
    return locked.some((range) => inRange(range, r, c));
  }
}
