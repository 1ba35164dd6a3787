// The built add-on as Apps Script sees it: one file of plain ES2020 with top-level entry points, the manifest's
// two scopes, and a bundle (core, decimal.js, zod) that loads and runs in a bare V8 context.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSheets, DIST, FakeSpreadsheet, loadBundle, type MenuRecord } from "./fake-apps-script.js";

const ENTRY_POINTS = ["onOpen", "onInstall", "showSidebar", "checkSheet", "applyFlags", "clearFlags", "applyTotals", "insertTemplate", "selectCell", "getSettings", "saveSettings"];

beforeAll(() => buildSheets());

function functionsOf(menu: MenuRecord): string[] {
  return menu.items.flatMap((i) => (i === "separator" ? [] : "fn" in i ? [i.fn] : functionsOf(i.submenu)));
}

describe("dist/sheets", () => {
  it("declares every entry point as a top-level function, forwarding to the bundle", () => {
    const code = readFileSync(join(DIST, "Code.js"), "utf8");
    for (const name of ENTRY_POINTS) expect(code).toMatch(new RegExp(`^function ${name}\\(\\) \\{ return RenjaSheets\\.${name}\\.apply\\(this, arguments\\); \\}$`, "m"));
  });

  it("has no require, dynamic import or top-level await, and loads in a context without Node or browser APIs", () => {
    const code = readFileSync(join(DIST, "Code.js"), "utf8");
    expect(code).not.toMatch(/\brequire\(|\bimport\(|^await\b/m);
    const context = vm.createContext({});
    vm.runInContext(code, context);
    for (const name of ENTRY_POINTS) expect(typeof context[name], name).toBe("function");
    for (const absent of ["require", "process", "setTimeout", "TextEncoder", "URL", "Buffer"]) expect(vm.runInContext(`typeof ${absent}`, context)).toBe("undefined");
  });

  it("asks for exactly the two scopes, on V8", () => {
    const manifest = JSON.parse(readFileSync(join(DIST, "appsscript.json"), "utf8")) as { runtimeVersion: string; oauthScopes: string[] };
    expect(manifest.runtimeVersion).toBe("V8");
    expect([...manifest.oauthScopes].sort()).toEqual(["https://www.googleapis.com/auth/script.container.ui", "https://www.googleapis.com/auth/spreadsheets.currentonly"]);
  });

  it("inlines the sidebar script, with no '</script' inside it", () => {
    const html = readFileSync(join(DIST, "Sidebar.html"), "utf8");
    expect(html).not.toContain("<!-- SCRIPT -->");
    const scripts = html.match(/<script>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=/);
  });
});

describe("menu", () => {
  it("onOpen builds the add-on menu (Extensions › Renja); every item names a global function of the bundle", () => {
    const ss = new FakeSpreadsheet();
    ss.addSheet("Sheet1");
    const { call, context } = loadBundle(ss);
    call("onOpen", { authMode: "LIMITED" });
    expect(ss.ui.menus).toHaveLength(1);
    const menu = ss.ui.menus[0] as MenuRecord;
    expect(menu.addon).toBe(true);
    const captions = menu.items.flatMap((i) => (i === "separator" ? [] : "caption" in i ? [i.caption] : [i.submenu.name]));
    expect(captions).toEqual(["Periksa", "Tandai", "Hapus tanda", "Jumlahkan otomatis", "Sisipkan templat", "Buka panel"]);
    for (const fn of functionsOf(menu)) expect(typeof context[fn], fn).toBe("function");
  });

  // An Editor Add-on installed for a domain: onOpen runs in AuthMode.NONE in a file where it was not used yet
  // (the fake then refuses the document, its cache, properties and lock), onInstall in FULL.
  it.each(["NONE", "LIMITED", "FULL"] as const)("in AuthMode.%s, onOpen and onInstall build the same add-on menu and touch nothing else", (mode) => {
    const ss = new FakeSpreadsheet();
    ss.addSheet("Sheet1");
    const { call } = loadBundle(ss);
    ss.authMode = mode;
    call("onOpen", { authMode: mode });
    call("onInstall", { authMode: mode });
    expect(ss.ui.menus.map((m) => m.addon)).toEqual([true, true]);
    expect(functionsOf(ss.ui.menus[1] as MenuRecord)).toEqual(functionsOf(ss.ui.menus[0] as MenuRecord));
    expect(ss.log).toEqual([]);
    // The fake does refuse the document in AuthMode.NONE: a menu action there would fail.
    if (mode === "NONE") expect(() => call("checkSheet")).toThrow(/AuthMode\.NONE/);
  });

  it("showSidebar opens the built Sidebar.html titled Renja", () => {
    const ss = new FakeSpreadsheet();
    const { call } = loadBundle(ss);
    call("showSidebar");
    expect(ss.ui.sidebars).toHaveLength(1);
    expect(ss.ui.sidebars[0]?.title).toBe("Renja");
    expect(ss.ui.sidebars[0]?.content).toContain('id="report"');
  });

  it("a menu action that fails says so in an alert, and zod rejects bad arguments at the edge", () => {
    const ss = new FakeSpreadsheet();
    ss.addSheet("_renja_flags");
    const { call } = loadBundle(ss);
    call("menuCheck");
    expect(ss.ui.alerts[0]?.message).toMatch(/_renja_flags/);
    expect(() => call("insertTemplate", "bogus")).toThrow(/rencana|perubahan|evaluasi/);
    expect(() => call("saveSettings", { lang: "fr" })).toThrow();
    expect(() => call("selectCell", 0, "A")).toThrow();
  });

  it("keeps the language per user and answers in it", () => {
    const ss = new FakeSpreadsheet();
    ss.addSheet("Kosong");
    const { call } = loadBundle(ss);
    expect(call("getSettings")).toEqual({ lang: "id", predikatColours: false, nomenclatureVersion: "" });
    expect(call("saveSettings", { lang: "en" })).toEqual({ lang: "en", predikatColours: false, nomenclatureVersion: "" });
    call("menuCheck");
    expect(ss.toasts.at(-1)).toBe("No Renja table found on this sheet.");
  });
});
