// The base of the scripted Excel host's proxies: a property is readable only after the sync that loads it.
import { bytes, RichApiError, type FakeExcel } from "./fake-excel-model.js";

/** What proxies need of the request context: the workbook model and the queue. */
export interface QueueContext {
  readonly host: FakeExcel;
  /** Queues an action; `run` returns the response bytes it produces. */
  enqueue(requestBytes: number, run: () => number): void;
}

/** Base of every proxy: loaded properties become readable after the sync that loads them. */
export class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(readonly context: QueueContext) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new RichApiError("PropertyNotLoaded", `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.loaded.get(prop) as T;
  }

  /** Queues the load of `props`; `get(prop)` computes each at sync time. */
  protected queueLoad(props: string | string[], get: (prop: string) => unknown): void {
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter((p) => p !== "");
    this.context.enqueue(bytes(list), () => {
      let out = 0;
      for (const p of list) {
        const v = get(p);
        this.loaded.set(p, v);
        out += bytes(v) + p.length + 4;
      }
      return out;
    });
  }
}
