// Browser entry of the scripted host, served in place of office.js: builds the workbook the test put in
// `__fakeExcelInit` and installs `Office`, `Excel` and `__fakeExcel`.
import { FakeExcel, install, type FakeSheetInit } from "./fake-excel-host.js";

const g = globalThis as unknown as Record<string, unknown>;
const init = g.__fakeExcelInit as { sheets?: FakeSheetInit[]; requirements?: Record<string, string>; latency?: number } | undefined;
const excel = new FakeExcel(init?.sheets ?? [{ name: "Sheet1", rows: [] }], init?.requirements);
excel.state.latency = init?.latency ?? 0;
install(g, excel);
