// A scripted Excel host for the browser test: the Office.js calls the adapter makes (Excel.run, context.sync,
// worksheets, used range, ranges by index, values/formulas/number formats, fills and fonts, cell properties, merged
// areas, notes, comments, selection) over an in-memory workbook. Like Office.js it queues calls until sync and
// throws when a property is read before load + sync; it counts syncs and the JSON bytes of each request and
// response, and refuses either over 5 MB the way Excel on the web does.
import { compareVersions, FakeExcel } from "./fake-excel-model.js";
import { Context } from "./fake-excel-proxies.js";

export { FakeExcel };
export type { FakeExcelState, FakeSheetInit, SyncRecord } from "./fake-excel-model.js";

/** `Office` and `Excel` as the pane sees them, over `excel`. */
export function officeGlobals(excel: FakeExcel): { Office: unknown; Excel: unknown } {
  const state = () => excel.state;
  const Office = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          const have = state().requirements[name];
          if (have === undefined) return false;
          return version === undefined || compareVersions(have, version) >= 0;
        },
      },
      document: {
        settings: {
          get: (name: string) => state().settings[name] ?? null,
          set: (name: string, value: unknown) => {
            state().settings[name] = JSON.parse(JSON.stringify(value));
          },
          saveAsync: (cb?: (r: { status: string }) => void) => setTimeout(() => cb?.({ status: "succeeded" }), 0),
        },
      },
    },
  };
  const Excel = {
    run: async <T>(batch: (ctx: unknown) => Promise<T>): Promise<T> => {
      const ctx = new Context(excel);
      const result = await batch(ctx);
      // Excel.run flushes what is still queued when the batch returns.
      if (ctx.pending() > 0) await ctx.sync();
      return result;
    },
  };
  return { Office, Excel };
}

/** Installs the fake as `Office` and `Excel` on the page, and as `__fakeExcel` for the test to script and inspect. */
export function install(target: Record<string, unknown>, excel: FakeExcel): void {
  const { Office, Excel } = officeGlobals(excel);
  target.Office = Office;
  target.Excel = Excel;
  target.__fakeExcel = excel;
}
