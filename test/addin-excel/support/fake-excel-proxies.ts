// The scripted Excel host's request context (calls queue until sync; requests and responses over 5 MB are refused,
// every sync is recorded) and its workbook objects: worksheets (active, by name or id, added, very hidden), notes
// and comments, as proxies over the in-memory model.
import { a1, ACTION_BYTES, bytes, compareVersions, LIMIT, parseCell, RichApiError, type FakeExcel, type FakeExcelState, type SheetModel } from "./fake-excel-model.js";
import { Proxy, type QueueContext } from "./fake-excel-context.js";
import { Range } from "./fake-excel-range.js";

interface Op {
  bytes: number;
  run: () => number;
}

/** One request context: calls queue here and run, in order, at sync. */
export class Context implements QueueContext {
  readonly workbook: Workbook;
  private queue: Op[] = [];

  constructor(readonly host: FakeExcel) {
    this.workbook = new Workbook(this);
  }

  pending(): number {
    return this.queue.length;
  }

  /** Queues an action; `run` returns the response bytes it produces. */
  enqueue(requestBytes: number, run: () => number): void {
    this.queue.push({ bytes: requestBytes + ACTION_BYTES, run });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const requestBytes = ops.reduce((s, o) => s + o.bytes, 0);
    if (this.host.state.latency > 0) await new Promise((r) => setTimeout(r, this.host.state.latency));
    const fail = this.host.state.failNextSync;
    if (fail) {
      this.host.state.failNextSync = null;
      throw new RichApiError(fail, `This operation is not permitted (${fail}).`);
    }
    if (requestBytes > LIMIT) {
      this.host.state.syncs.push({ requestBytes, responseBytes: 0, ops: ops.length });
      throw new RichApiError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    let responseBytes = 0;
    try {
      for (const op of ops) responseBytes += op.run();
    } finally {
      this.host.state.syncs.push({ requestBytes, responseBytes, ops: ops.length });
    }
    if (responseBytes > LIMIT) throw new RichApiError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
  }
}

export class Workbook {
  readonly worksheets: Worksheets;
  readonly comments: Comments;
  constructor(readonly context: QueueContext) {
    this.worksheets = new Worksheets(context);
    this.comments = new Comments(context);
  }
}

class Worksheets extends Proxy {
  get items(): Worksheet[] {
    return this.read("items");
  }

  load(props: string | string[]): this {
    this.queueLoad(props, () => {
      const items = this.context.host.state.sheets.map((s) => new Worksheet(this.context, () => s, true));
      this.loaded.set("items", items);
      return items.map((w) => ({ id: w.model()?.id, name: w.model()?.name }));
    });
    return this;
  }

  getActiveWorksheet(): Worksheet {
    const host = this.context.host;
    return new Worksheet(this.context, () => host.sheetByKey(host.state.active) ?? null);
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.context, () => this.context.host.sheetByKey(key) ?? null);
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, () => {
      const s = this.context.host.sheetByKey(key);
      if (!s) throw new RichApiError("ItemNotFound", `The requested resource doesn't exist.`);
      return s;
    });
  }

  add(name?: string): Worksheet {
    let created: SheetModel | null = null;
    this.context.enqueue(bytes(name), () => {
      if (name && this.context.host.sheetByKey(name)) throw new RichApiError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      created = this.context.host.addSheet({ name: name ?? `Sheet${this.context.host.state.sheets.length + 1}`, rows: [] });
      return 40;
    });
    return new Worksheet(this.context, () => created);
  }
}

class Worksheet extends Proxy {
  readonly notes: Notes;
  readonly freezePanes: { freezeRows: (n?: number) => void };

  constructor(
    context: QueueContext,
    private readonly resolve: () => SheetModel | null,
    preloaded = false,
  ) {
    super(context);
    this.notes = new Notes(context, () => this.must());
    this.freezePanes = {
      freezeRows: (n = 1) =>
        this.context.enqueue(8, () => {
          this.must().frozenRows = n;
          return 0;
        }),
    };
    if (preloaded) {
      const m = resolve();
      if (m) {
        this.loaded.set("id", m.id);
        this.loaded.set("name", m.name);
      }
    }
  }

  model(): SheetModel | null {
    return this.resolve();
  }

  must(): SheetModel {
    const m = this.resolve();
    if (!m) throw new RichApiError("ItemNotFound", "The requested resource doesn't exist.");
    return m;
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.context.enqueue(bytes(v), () => {
      this.must().visibility = v;
      return 0;
    });
  }

  load(props: string | string[]): this {
    this.queueLoad(props, (p) => {
      const m = this.resolve();
      this.loaded.set("isNullObject", m === null);
      if (!m) return null;
      if (p === "id") return m.id;
      if (p === "name") return m.name;
      if (p === "visibility") return m.visibility;
      throw new RichApiError("InvalidArgument", `unknown worksheet property ${p}`);
    });
    this.context.enqueue(0, () => {
      this.loaded.set("isNullObject", this.resolve() === null);
      return 20;
    });
    return this;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    void valuesOnly;
    return new Range(this.context, () => {
      const m = this.must();
      return this.context.host.usedRect(m);
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    if (rowCount < 1 || columnCount < 1) throw new RichApiError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    return new Range(this.context, () => ({ sheet: this.must(), top: startRow, left: startColumn, rows: rowCount, cols: columnCount }));
  }

  activate(): void {
    this.context.enqueue(8, () => {
      this.context.host.state.active = this.must().id;
      return 0;
    });
  }

  delete(): void {
    this.context.enqueue(8, () => {
      const m = this.must();
      // Documented: deleting a very hidden sheet fails; it must be made Hidden (or Visible) first.
      if (m.visibility === "VeryHidden") throw new RichApiError("InvalidOperation", "This operation is not allowed for a very hidden worksheet.");
      this.context.host.state.sheets = this.context.host.state.sheets.filter((s) => s !== m);
      return 0;
    });
  }
}

class Notes {
  constructor(
    private readonly context: QueueContext,
    private readonly sheet: () => SheetModel,
  ) {}

  private needs(): void {
    const req = this.context.host.state.requirements.ExcelApi ?? "0";
    if (compareVersions(req, "1.18") < 0) throw new RichApiError("ApiNotFound", "The API you are trying to use could not be found. It may be available in a newer version of Excel.");
  }

  add(address: string, content: string): Note {
    this.needs();
    this.context.enqueue(bytes(content) + address.length, () => {
      const s = this.sheet();
      const key = a1(parseCell(address).row, parseCell(address).col);
      if (s.notes.has(key)) throw new RichApiError("InvalidArgument", `The cell ${key} already has a note.`);
      // A cell holds a note or a threaded comment, not both.
      const c = parseCell(address);
      if (this.context.host.state.comments.some((x) => x.sheet === s.id && x.row === c.row && x.col === c.col)) throw new RichApiError("InvalidOperation", `The cell ${key} has a threaded comment: it cannot also have a note.`);
      s.notes.set(key, content);
      return 0;
    });
    return new Note(this.context, this.sheet, address);
  }

  getItemOrNullObject(key: string): Note {
    this.needs();
    return new Note(this.context, this.sheet, key);
  }
}

class Note extends Proxy {
  constructor(
    context: QueueContext,
    private readonly sheet: () => SheetModel,
    private readonly address: string,
  ) {
    super(context);
  }
  private key(): string {
    const c = parseCell(this.address);
    return a1(c.row, c.col);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get content(): string {
    return this.read("content");
  }
  set content(v: string) {
    this.context.enqueue(bytes(v), () => {
      const s = this.sheet();
      if (!s.notes.has(this.key())) throw new RichApiError("ItemNotFound", "The note does not exist.");
      s.notes.set(this.key(), v);
      return 0;
    });
  }
  load(props: string | string[]): this {
    this.queueLoad(props, () => this.sheet().notes.get(this.key()) ?? null);
    this.context.enqueue(0, () => {
      this.loaded.set("isNullObject", !this.sheet().notes.has(this.key()));
      return 20;
    });
    return this;
  }
  delete(): void {
    this.context.enqueue(8, () => {
      if (!this.sheet().notes.delete(this.key())) throw new RichApiError("ItemNotFound", "The note does not exist.");
      return 0;
    });
  }
}

/** Threaded comments need ExcelApi 1.10. */
function needsComments(context: QueueContext): void {
  const req = context.host.state.requirements.ExcelApi ?? "0";
  if (compareVersions(req, "1.10") < 0) throw new RichApiError("ApiNotFound", "The API you are trying to use could not be found. It may be available in a newer version of Excel.");
}

class Comments extends Proxy {
  get items(): Comment[] {
    return this.read("items");
  }
  /** `items/id`, `items/content`: the items' properties asked for are readable after the sync. */
  load(props: string | string[]): this {
    needsComments(this.context);
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim().replace(/^items\//, ""));
    this.context.enqueue(bytes(list), () => {
      const items = this.context.host.state.comments.map((c) => new Comment(this.context, () => c, c.id, list.includes("content") ? c.content : undefined));
      this.loaded.set("items", items);
      return bytes(items.map((c) => ({ id: c.cid, ...(list.includes("content") ? { content: c.content } : {}) })));
    });
    return this;
  }
  add(address: string, content: string): Comment {
    needsComments(this.context);
    let made: FakeExcelState["comments"][number] | null = null;
    this.context.enqueue(bytes(content) + address.length, () => {
      const c = parseCell(address);
      const sheet = this.context.host.sheetByKey(c.sheet ?? "");
      if (!sheet) throw new RichApiError("InvalidArgument", `comments.add needs a sheet-qualified address, got ${address}`);
      if (this.context.host.state.comments.some((x) => x.sheet === sheet.id && x.row === c.row && x.col === c.col)) throw new RichApiError("InvalidArgument", `The cell ${address} already has a comment.`);
      // A cell holds a note or a threaded comment, not both.
      if (sheet.notes.has(a1(c.row, c.col))) throw new RichApiError("InvalidOperation", `The cell ${address} has a note: it cannot also have a threaded comment.`);
      made = { id: `c${this.context.host.state.comments.length + 1}-${Date.now()}`, sheet: sheet.id, row: c.row, col: c.col, content };
      this.context.host.state.comments.push(made);
      return 0;
    });
    return new Comment(this.context, () => made, null);
  }
  getItem(id: string): Comment {
    needsComments(this.context);
    return new Comment(this.context, () => this.context.host.state.comments.find((c) => c.id === id) ?? null, id);
  }
}

class Comment extends Proxy {
  constructor(
    context: QueueContext,
    private readonly resolve: () => FakeExcelState["comments"][number] | null,
    readonly cid: string | null,
    content?: string,
  ) {
    super(context);
    if (cid !== null) this.loaded.set("id", cid);
    if (content !== undefined) this.loaded.set("content", content);
  }
  get id(): string {
    return this.read("id");
  }
  get content(): string {
    return this.read("content");
  }
  load(props: string | string[]): this {
    this.queueLoad(props, (p) => {
      const c = this.resolve();
      if (!c) throw new RichApiError("ItemNotFound", "The comment does not exist.");
      return p === "id" ? c.id : c.content;
    });
    return this;
  }
  delete(): void {
    this.context.enqueue(8, () => {
      const c = this.resolve();
      if (!c) throw new RichApiError("ItemNotFound", "The comment does not exist.");
      this.context.host.state.comments = this.context.host.state.comments.filter((x) => x !== c);
      return 0;
    });
  }
  getLocation(): Range {
    return new Range(this.context, () => {
      const c = this.resolve();
      const sheet = c ? this.context.host.sheetByKey(c.sheet) : undefined;
      if (!c || !sheet) return null;
      return { sheet, top: c.row, left: c.col, rows: 1, cols: 1 };
    });
  }
}
