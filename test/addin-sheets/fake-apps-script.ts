// A recording fake of the Apps Script services the add-on uses (SpreadsheetApp with its Ui, HtmlService,
// PropertiesService, CacheService, LockService), with what AuthMode.NONE forbids, and the built bundle loaded into
// a bare V8 context with them, as Apps Script runs it.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import type { Grid } from "../../core/grid.js";
import { PROTECTED_MESSAGE, type ProtectionKind } from "./fake-protection.js";
import { FakeSheet, type CallRecord } from "./fake-sheet.js";

export const ROOT = join(import.meta.dirname, "../..");
export const DIST = join(ROOT, "dist/sheets");

/** Builds dist/sheets unless it is newer than every source (the build script decides). */
export function buildSheets(): void {
  execFileSync(process.execPath, [join(ROOT, "scripts/build-sheets.mjs"), "--if-stale"], { cwd: ROOT, stdio: "pipe" });
}

export interface MenuRecord {
  name: string;
  addon: boolean;
  items: ({ caption: string; fn: string } | { submenu: MenuRecord } | "separator")[];
}

class FakeMenu {
  readonly record: MenuRecord;
  constructor(
    name: string,
    addon: boolean,
    private readonly ui: FakeUi,
  ) {
    this.record = { name, addon, items: [] };
  }
  addItem(caption: string, fn: string) {
    this.record.items.push({ caption, fn });
    return this;
  }
  addSeparator() {
    this.record.items.push("separator");
    return this;
  }
  addSubMenu(menu: FakeMenu) {
    this.record.items.push({ submenu: menu.record });
    return this;
  }
  addToUi() {
    this.ui.menus.push(this.record);
  }
}

class FakeUi {
  readonly menus: MenuRecord[] = [];
  readonly sidebars: { title: string; content: string }[] = [];
  readonly alerts: { title: string; message: string }[] = [];
  /** Answers to alerts, in order ("YES", "NO", "CANCEL", "OK"); OK when none is left. */
  answers: string[] = [];
  readonly ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO", YES_NO_CANCEL: "YES_NO_CANCEL" };
  readonly Button = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" };
  createMenu(name: string) {
    return new FakeMenu(name, false, this);
  }
  createAddonMenu() {
    return new FakeMenu("(add-on)", true, this);
  }
  showSidebar(html: { title: string; content: string }) {
    this.sidebars.push({ title: html.title, content: html.content });
  }
  alert(title: string, message?: string) {
    this.alerts.push({ title, message: message ?? "" });
    return this.answers.shift() ?? "OK";
  }
}

class FakeProperties {
  private readonly map = new Map<string, string>();
  getProperty(k: string) {
    return this.map.get(k) ?? null;
  }
  setProperty(k: string, v: string) {
    this.map.set(k, String(v));
    return this;
  }
  deleteProperty(k: string) {
    this.map.delete(k);
    return this;
  }
  getProperties() {
    return Object.fromEntries(this.map);
  }
}

/** The mode a trigger runs in: NONE is `onOpen` of an add-on not yet used in this document. */
export type AuthMode = "NONE" | "LIMITED" | "FULL";

/** One spreadsheet with its sheets, the active one, toasts and the call log. */
export class FakeSpreadsheet {
  readonly log: CallRecord[] = [];
  /** The mode the next calls run in; under NONE the document, its cache, properties and lock cannot be reached. */
  authMode: AuthMode = "FULL";
  /** Runs after every range call: what another editor's execution does meanwhile, in tests of concurrency. */
  afterCall: ((call: CallRecord) => void) | undefined = undefined;
  readonly sheets: FakeSheet[] = [];
  readonly toasts: string[] = [];
  readonly ui = new FakeUi();
  /** Document lock: how often it was taken, and whether it is held now. */
  readonly lock = { taken: 0, held: false };
  active: FakeSheet | null = null;
  selection: string | null = null;
  /** CacheService's document cache: shared by every execution on this spreadsheet; tests may clear it (eviction). */
  readonly cache = new Map<string, string>();
  private nextId = 100;

  constructor(public locale = "en_US") {}

  addSheet(name: string, grid?: Grid): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextId++);
    if (grid) sheet.load(grid);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  activate(sheet: FakeSheet): void {
    this.active = sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  // --- the Spreadsheet API the add-on uses ---
  getActiveSheet() {
    return this.active;
  }
  getSheetByName(name: string) {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getSheets() {
    return [...this.sheets];
  }
  getNumSheets() {
    return this.sheets.length;
  }
  insertSheet(name: string) {
    if (this.getSheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = this.addSheet(name);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet) {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new Error("fake: deleteSheet of a sheet not in the spreadsheet");
    if (sheet.protections.some((p) => !p.canEdit() && !p.isWarningOnly())) throw new Error(PROTECTED_MESSAGE);
    this.sheets.splice(i, 1);
    if (this.active === sheet) this.active = this.sheets[0] ?? null;
  }
  getSpreadsheetLocale() {
    return this.locale;
  }
  getProtections(kind: ProtectionKind) {
    return this.sheets.flatMap((s) => s.getProtections(kind));
  }
  toast(message: string) {
    this.toasts.push(message);
  }

  /** Calls of a kind since `from` (an index into the log), by sheet. */
  count(kind: CallRecord["kind"], from = 0, sheet?: string): number {
    return this.log.slice(from).filter((c) => c.kind === kind && (sheet === undefined || c.sheet === sheet)).length;
  }
}

/** Throws as Apps Script does when a service the mode does not allow is called (AuthMode.NONE: no document data). */
function allowed<T>(ss: FakeSpreadsheet, service: string, get: () => T): T {
  if (ss.authMode === "NONE") throw new Error(`You do not have permission to call ${service} (AuthMode.NONE: the add-on has not been used in this document yet).`);
  return get();
}

/** The services of one Apps Script execution environment over a spreadsheet. */
export function fakeServices(ss: FakeSpreadsheet) {
  const user = new FakeProperties();
  const doc = new FakeProperties();
  return {
    SpreadsheetApp: {
      getActive: () => allowed(ss, "SpreadsheetApp.getActive", () => ss),
      getActiveSpreadsheet: () => allowed(ss, "SpreadsheetApp.getActiveSpreadsheet", () => ss),
      getActiveSheet: () => allowed(ss, "SpreadsheetApp.getActiveSheet", () => ss.getActiveSheet()),
      getUi: () => ss.ui,
      flush: () => undefined,
      ProtectionType: { RANGE: "RANGE", SHEET: "SHEET" },
    },
    ScriptApp: { AuthMode: { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL", CUSTOM_FUNCTION: "CUSTOM_FUNCTION" } },
    HtmlService: {
      createHtmlOutputFromFile(name: string) {
        const out = { title: "", content: readFileSync(join(DIST, `${name}.html`), "utf8") };
        const api = {
          setTitle(t: string) {
            out.title = t;
            return api;
          },
          getContent: () => out.content,
          get title() {
            return out.title;
          },
          get content() {
            return out.content;
          },
        };
        return api;
      },
    },
    PropertiesService: {
      getUserProperties: () => allowed(ss, "PropertiesService.getUserProperties", () => user),
      getDocumentProperties: () => allowed(ss, "PropertiesService.getDocumentProperties", () => doc),
      getScriptProperties: () => allowed(ss, "PropertiesService.getScriptProperties", () => doc),
    },
    CacheService: {
      getDocumentCache: () => allowed(ss, "CacheService.getDocumentCache", () => ({
        get: (key: string) => ss.cache.get(key) ?? null,
        getAll: (keys: string[]) => Object.fromEntries(keys.flatMap((k) => (ss.cache.has(k) ? [[k, ss.cache.get(k)]] : []))),
        put: (key: string, value: string) => {
          if (value.length > 100_000) throw new Error("Argument too large: value");
          ss.cache.set(key, value);
        },
        putAll: (values: Record<string, string>) => {
          for (const [k, v] of Object.entries(values)) {
            if (v.length > 100_000) throw new Error("Argument too large: value");
            ss.cache.set(k, v);
          }
        },
        remove: (key: string) => void ss.cache.delete(key),
      })),
    },
    LockService: {
      // One execution at a time holds it; the fake cannot wait, so a held lock is a timeout (tests run the other
      // editor's call after, as the real wait would).
      getDocumentLock: () =>
        allowed(ss, "LockService.getDocumentLock", () => {
          let mine = false;
          const lock = {
            tryLock() {
              if (ss.lock.held) return false;
              ss.lock.held = mine = true;
              ss.lock.taken++;
              return true;
            },
            waitLock() {
              if (!lock.tryLock()) throw new Error("Lock timeout: another process was holding the lock for too long.");
            },
            hasLock: () => mine,
            releaseLock() {
              if (mine) ss.lock.held = mine = false;
            },
          };
          return lock;
        }),
    },
  };
}

export type Globals = Record<string, (...args: unknown[]) => unknown>;

/**
 * `Intl` number formats that know no locale but en-US: Apps Script's runtime need not carry the locale data a
 * formula syntax guessed from `Intl` would rely on.
 */
const EN_US_ONLY_INTL = `{
  const NF = Intl.NumberFormat;
  Intl.NumberFormat = function NumberFormat(_locale, options) { return new NF("en-US", options); };
}`;

/**
 * Loads dist/sheets/Code.js into a fresh V8 context holding only the fake services and a silent console (no
 * require, process, setTimeout, TextEncoder …: what Apps Script does not have either; `Intl` without locale
 * data), and returns a caller that runs a global function and passes its result through JSON, as
 * google.script.run does.
 */
export function loadBundle(ss: FakeSpreadsheet): { call: <T = unknown>(name: string, ...args: unknown[]) => T; context: vm.Context } {
  const code = readFileSync(join(DIST, "Code.js"), "utf8");
  const context = vm.createContext({ ...fakeServices(ss), console: { log() {}, info() {}, warn() {}, error() {} } });
  vm.runInContext(EN_US_ONLY_INTL, context);
  vm.runInContext(code, context, { filename: "Code.js" });
  const call = <T>(name: string, ...args: unknown[]): T => {
    const fn = (context as Globals)[name];
    if (typeof fn !== "function") throw new Error(`Code.js declares no global function ${name}`);
    const result = fn(...args);
    return (result === undefined ? null : JSON.parse(JSON.stringify(result))) as T;
  };
  return { call, context };
}
