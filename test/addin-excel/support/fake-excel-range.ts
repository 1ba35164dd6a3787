// The scripted Excel host's ranges: values, formulas, number formats, fills and fonts, cell properties, merged
// areas, selection, clear and merge.
import { bytes, RichApiError, type Cell, type SheetModel } from "./fake-excel-model.js";
import { Proxy, type QueueContext } from "./fake-excel-context.js";

/** More merged areas than this in one range and `getMergedAreasOrNullObject` fails. */
export const MAX_MERGED_AREAS = 512;

export type RectOrNull = { sheet: SheetModel; top: number; left: number; rows: number; cols: number } | null;

export class Range extends Proxy {
  readonly format: RangeFormat;

  constructor(
    context: QueueContext,
    readonly resolve: () => RectOrNull,
  ) {
    super(context);
    this.format = new RangeFormat(this);
  }

  rect(): { sheet: SheetModel; top: number; left: number; rows: number; cols: number } {
    const r = this.resolve();
    if (!r) throw new RichApiError("ItemNotFound", "The requested resource doesn't exist.");
    return r;
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): Cell[][] {
    return this.read("values");
  }
  set values(v: Cell[][]) {
    this.queueWrite(v, "values");
  }
  get formulas(): Cell[][] {
    return this.read("formulas");
  }
  set formulas(v: Cell[][]) {
    this.queueWrite(v, "formulas");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: (string | null)[][]) {
    this.queueWrite(v, "numberFormat");
  }

  private queueWrite(v: Cell[][], layer: "values" | "formulas" | "numberFormat"): void {
    const copy = v.map((r) => [...r]);
    this.context.enqueue(bytes(copy), () => {
      this.context.host.writeRect(this.rect(), copy, layer);
      return 0;
    });
  }

  load(props: string | string[]): this {
    this.context.enqueue(0, () => {
      this.loaded.set("isNullObject", this.resolve() === null);
      return 20;
    });
    this.queueLoad(props, (p) => {
      const r = this.resolve();
      if (!r) return null;
      const host = this.context.host;
      switch (p) {
        case "address":
          return host.address(r);
        case "rowIndex":
          return r.top;
        case "columnIndex":
          return r.left;
        case "rowCount":
          return r.rows;
        case "columnCount":
          return r.cols;
        case "values":
          return host.rectValues(r);
        case "formulas":
          return host.rectFormulas(r);
        case "numberFormat":
          return host.rectFormats(r);
        default:
          throw new RichApiError("InvalidArgument", `unknown range property ${p}`);
      }
    });
    return this;
  }

  getCellProperties(options: { format?: { fill?: { color?: boolean; pattern?: boolean }; font?: { color?: boolean; bold?: boolean } } }): { value: unknown } {
    const result = new ClientResult<unknown>();
    this.context.enqueue(bytes(options), () => {
      const r = this.rect();
      const out: unknown[][] = [];
      for (let i = 0; i < r.rows; i++) {
        const row: unknown[] = [];
        for (let j = 0; j < r.cols; j++) {
          const fill = r.sheet.fills[r.top + i]?.[r.left + j] ?? null;
          const font = r.sheet.fonts[r.top + i]?.[r.left + j] ?? null;
          row.push({ format: { fill: { color: fill ?? "#FFFFFF", pattern: fill ? "Solid" : "None" }, font: { color: font ?? "#000000" } } });
        }
        out.push(row);
      }
      result.set(out);
      return bytes(out);
    });
    return result;
  }

  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(this.context, () => {
      const r = this.rect();
      const hits = r.sheet.merges.filter((m) => m.bottom >= r.top && m.top < r.top + r.rows && m.right >= r.left && m.left < r.left + r.cols);
      if (hits.length === 0) return null;
      // Documented: "if the merged areas count in this range is more than 512, then this method will fail".
      if (hits.length > MAX_MERGED_AREAS) throw new RichApiError("GeneralException", `The range holds ${hits.length} merged areas; at most ${MAX_MERGED_AREAS} can be returned.`);
      return hits.map((m) => this.context.host.address({ sheet: r.sheet, top: m.top, left: m.left, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 })).join(", ");
    });
  }

  select(): void {
    this.context.enqueue(8, () => {
      const r = this.rect();
      this.context.host.state.selection = { sheet: r.sheet.name, address: this.context.host.address(r).replace(/^.*!/, "") };
      return 0;
    });
  }

  clear(applyTo: string = "All"): void {
    this.context.enqueue(bytes(applyTo), () => {
      const r = this.rect();
      this.context.host.eachCell(r, (row, col) => {
        if (applyTo !== "Formats") {
          const vr = r.sheet.values[row];
          if (vr) vr[col] = null;
          const fr = r.sheet.formulas[row];
          if (fr) fr[col] = null;
        }
        if (applyTo !== "Contents") {
          const fl = r.sheet.fills[row];
          if (fl) fl[col] = null;
        }
      });
      return 0;
    });
  }

  merge(): void {
    this.context.enqueue(8, () => {
      const r = this.rect();
      r.sheet.merges.push({ top: r.top, left: r.left, bottom: r.top + r.rows - 1, right: r.left + r.cols - 1 });
      return 0;
    });
  }
}

class RangeFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: { color: string; bold: boolean };
  readonly borders: { getItem(i: string): { style: string } };

  constructor(private readonly range: Range) {
    const ctx = range.context;
    const each = (f: (s: SheetModel, row: number, col: number) => void) => {
      const r = range.rect();
      ctx.host.eachCell(r, (row, col) => f(r.sheet, row, col));
    };
    const setter = (value: unknown, f: () => void) => ctx.enqueue(bytes(value), () => (f(), 0));
    const cannotRead = (what: string): never => {
      throw new RichApiError("PropertyNotLoaded", `${what} is not loaded in this scripted host`);
    };
    this.fill = {
      get color(): string {
        return cannotRead("format.fill.color");
      },
      set color(v: string) {
        setter(v, () => each((s, row, col) => ((s.fills[row] ??= [])[col] = v.toUpperCase())));
      },
      clear: () => setter(null, () => each((s, row, col) => ((s.fills[row] ??= [])[col] = null))),
    };
    this.font = {
      get color(): string {
        return cannotRead("format.font.color");
      },
      set color(v: string) {
        setter(v, () => each((s, row, col) => ((s.fonts[row] ??= [])[col] = v.toUpperCase())));
      },
      get bold(): boolean {
        return cannotRead("format.font.bold");
      },
      set bold(v: boolean) {
        setter(v, () => undefined);
      },
    };
    this.borders = { getItem: () => ({ set style(v: string) { setter(v, () => undefined); }, get style(): string { return cannotRead("border.style"); } }) };
  }

  set columnWidth(v: number) {
    this.range.context.enqueue(8, () => (void v, 0));
  }
  set wrapText(v: boolean) {
    this.range.context.enqueue(8, () => (void v, 0));
  }
  set horizontalAlignment(v: string) {
    this.range.context.enqueue(8 + v.length, () => 0);
  }
  set verticalAlignment(v: string) {
    this.range.context.enqueue(8 + v.length, () => 0);
  }
}

class RangeAreas extends Proxy {
  constructor(
    context: QueueContext,
    private readonly resolve: () => string | null,
  ) {
    super(context);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  load(props: string | string[]): this {
    this.context.enqueue(0, () => {
      this.loaded.set("isNullObject", this.resolve() === null);
      return 20;
    });
    this.queueLoad(props, () => this.resolve() ?? "");
    return this;
  }
}

export class ClientResult<T> {
  private v: T | undefined;
  private ready = false;
  set(v: T): void {
    this.v = v;
    this.ready = true;
  }
  get value(): T {
    if (!this.ready) throw new RichApiError("PropertyNotLoaded", "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.");
    return this.v as T;
  }
}
