// The scripted Excel host as a Node unit test uses it: `Excel.run` over a FakeExcel, without the browser.
import type { XlContext } from "../../../addin-excel/adapter/excel-api.js";
import { FakeExcel, officeGlobals } from "./fake-excel-host.js";

/** `Excel.run` of the scripted host over `excel`. */
export function fakeRun(excel: FakeExcel): <T>(batch: (context: XlContext) => Promise<T>) => Promise<T> {
  const { Excel } = officeGlobals(excel) as { Excel: { run: <T>(batch: (context: XlContext) => Promise<T>) => Promise<T> } };
  return (batch) => Excel.run(batch);
}
