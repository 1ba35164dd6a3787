// The sidebar: language switch, the action buttons, the report; every server call goes through `call()`.
import type { Finding } from "../../core/model.js";
import { TEMPLATE_CHOICES, type CatalogueStatus, type Lang, type SheetReport, type Stage, type TemplateFamily, type TotalsResult } from "../shared/api.js";
import { h, replace } from "../../ui-shared/dom.js";
import { byId } from "./dom.js";
import { renderReport } from "./render.js";
import { call, CallError, hasHost } from "./server.js";
import { sidebarWords, type SidebarWords } from "./words.js";

interface State {
  lang: Lang;
  report: SheetReport | null;
  busy: boolean;
  catalogue: CatalogueStatus | null;
  /** The built-in nomenclature version chosen in the settings; "" by the table's year. */
  nomenclatureVersion: string;
}

const state: State = { lang: "id", report: null, busy: false, catalogue: null, nomenclatureVersion: "" };

const ACTIONS = ["check", "flag", "clear", "totals", "template"] as const;

function words(): SidebarWords {
  return sidebarWords(state.lang);
}

/** Labels in the chosen language (the static part of the page). */
function label(): void {
  const w = words();
  document.documentElement.lang = state.lang;
  byId("title").textContent = w.title;
  byId("lang-label").textContent = w.language;
  for (const a of ACTIONS) byId(`do-${a}`).textContent = a === "check" ? w.check : a === "flag" ? w.flag : a === "clear" ? w.clear : a === "totals" ? w.totals : w.template;
  byId("template-label").textContent = w.templateFamily;
  byId("predikat-label").textContent = w.predikatColours;
  byId("catalogue-load").textContent = w.catalogueLoad;
  byId("catalogue-remove").textContent = w.catalogueRemove;
  showCatalogue();
  const select = byId<HTMLSelectElement>("template-family");
  replace(select, ...TEMPLATE_CHOICES.map((f) => h("option", { value: f, selected: select.value === f }, w.templates[f])));
  for (const b of document.querySelectorAll<HTMLButtonElement>("#lang button")) b.setAttribute("aria-pressed", String(b.dataset.lang === state.lang));
  if (state.report) show(state.report);
}

/** Which nomenclature catalogue the checks use, and the button back to the built-in one when it is the spreadsheet's. */
function showCatalogue(next?: CatalogueStatus): void {
  if (next) state.catalogue = next;
  const c = state.catalogue;
  const w = words();
  byId("catalogue-status").textContent = !c ? "" : c.problem ? w.catalogueProblem(c.problem) : c.source === "document" ? w.catalogueDocument(c.version, c.entries) : w.catalogueBuiltin(c.entries);
  byId("catalogue-remove").hidden = c?.source !== "document";
  // The built-in version chooser: only while the built-in lists are used.
  const versions = byId<HTMLSelectElement>("nomenclature-version");
  const chosen = versions.value || state.nomenclatureVersion;
  replace(versions, h("option", { value: "", selected: chosen === "" }, w.versionByYear), ...(c?.versions ?? []).map((v) => h("option", { value: v, selected: chosen === v }, v)));
  byId("version-label").textContent = w.nomenclatureVersion;
  (versions.parentElement as HTMLElement).hidden = c?.source !== "builtin";
}

function show(report: SheetReport): void {
  state.report = report;
  renderReport(byId("report"), report, words(), select);
}

function status(text: string, kind: "info" | "error" | "working" = "info"): void {
  const box = byId("status");
  box.className = `status ${kind}`;
  replace(box, text);
}

/** Runs one server action with the buttons disabled; a failure is said in the status line, in plain words. */
async function busy(work: () => Promise<void>): Promise<void> {
  if (state.busy) return;
  state.busy = true;
  for (const a of ACTIONS) byId<HTMLButtonElement>(`do-${a}`).disabled = true;
  status(words().working, "working");
  try {
    await work();
  } catch (e) {
    const w = words();
    const message = e instanceof CallError && e.message === "google.script.run" ? w.noHost : e instanceof Error ? e.message : String(e);
    status(`${w.failed}: ${message}`, "error");
  } finally {
    state.busy = false;
    for (const a of ACTIONS) byId<HTMLButtonElement>(`do-${a}`).disabled = false;
  }
}

async function check(): Promise<void> {
  const report = await call("checkSheet");
  show(report);
  const c = { error: 0, warning: 0, info: 0 };
  for (const i of report.issues) c[i.severity]++;
  const notFound = report.issues.some((i) => i.rule === "header-not-found");
  status(notFound ? words().noTable : words().checked(c.error, c.warning, c.info));
}

/**
 * Runs an action that may come back with only a check (a large sheet changed since its last check, see the
 * server's staging.ts): the fresh findings are shown and the action is called again to do its work.
 */
async function staged<R extends { stage: Stage; report: SheetReport }>(first: () => Promise<R>, then: () => Promise<R>): Promise<R> {
  const r = await first();
  if (r.stage !== "checked") return r;
  show(r.report);
  status(words().continuing, "working");
  return then();
}

function select(f: Finding): void {
  const report = state.report;
  const column = f.column ?? report?.columns[0]?.column ?? "A";
  call("selectCell", f.row, column, report?.name).catch((e: unknown) => status(`${words().failed}: ${e instanceof Error ? e.message : String(e)}`, "error"));
}

function totalsDone(r: TotalsResult): void {
  show(r.report);
  status(words().totalsDone(r.written, r.skipped, r.numbersAsText));
  const box = byId("confirm");
  if (r.held === 0) {
    replace(box);
    box.hidden = true;
    return;
  }
  const w = words();
  const yes = h("button", { type: "button", class: "primary" }, w.replace);
  const no = h("button", { type: "button" }, w.cancel);
  yes.addEventListener("click", () => {
    box.hidden = true;
    void busy(async () => totalsDone(await staged(() => call("applyTotals", true), () => call("applyTotals", true, true))));
  });
  no.addEventListener("click", () => {
    box.hidden = true;
  });
  const list = h("ul", {}, ...r.heldCells.map((held) => h("li", {}, h("span", { class: "cell" }, held.cell), " ", h("span", { class: "now" }, held.now), " → ", h("code", {}, held.formula))));
  replace(box, h("p", {}, h("strong", {}, w.heldTitle(r.held))), list, r.held > r.heldCells.length ? h("p", { class: "muted" }, w.heldMore(r.held - r.heldCells.length)) : null, h("div", { class: "row" }, yes, no));
  box.hidden = false;
}

function wire(): void {
  byId("do-check").addEventListener("click", () => void busy(check));
  byId("do-flag").addEventListener("click", () =>
    void busy(async () => {
      const r = await staged(() => call("applyFlags"), () => call("applyFlags", true));
      show(r.report);
      status(words().flagged(r.filled, r.notes, r.restored));
    }),
  );
  byId("do-clear").addEventListener("click", () =>
    void busy(async () => {
      const r = await call("clearFlags");
      status(words().cleared(r.restored, r.keptUserChanges));
    }),
  );
  byId("do-totals").addEventListener("click", () => void busy(async () => totalsDone(await staged(() => call("applyTotals", false), () => call("applyTotals", false, true)))));
  byId("do-template").addEventListener("click", () =>
    void busy(async () => {
      const family = byId<HTMLSelectElement>("template-family").value as TemplateFamily;
      const r = await call("insertTemplate", family);
      await check();
      status(words().templateDone(r.sheet));
    }),
  );
  byId<HTMLSelectElement>("nomenclature-version").addEventListener("change", (e) => {
    const version = (e.target as HTMLSelectElement).value;
    state.nomenclatureVersion = version;
    void busy(async () => {
      await call("saveSettings", { nomenclatureVersion: version });
      await check();
    });
  });
  byId<HTMLInputElement>("predikat-colours").addEventListener("change", (e) => {
    const on = (e.target as HTMLInputElement).checked;
    void busy(async () => {
      await call("saveSettings", { predikatColours: on });
      status("");
    });
  });
  const file = byId<HTMLInputElement>("catalogue-file");
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    void busy(async () => {
      const text = await chosen.text();
      file.value = "";
      showCatalogue(await call("loadCatalogue", text));
      await check();
    });
  });
  byId("catalogue-remove").addEventListener("click", () =>
    void busy(async () => {
      showCatalogue(await call("removeCatalogue"));
      await check();
    }),
  );
  for (const b of document.querySelectorAll<HTMLButtonElement>("#lang button")) {
    b.addEventListener("click", () => {
      const lang = b.dataset.lang === "en" ? "en" : "id";
      if (lang === state.lang) return;
      state.lang = lang;
      label();
      // Finding messages are written by the server: check again in the new language.
      void busy(async () => {
        await call("saveSettings", { lang });
        await check();
      });
    });
  }
}

async function start(): Promise<void> {
  wire();
  label();
  if (!hasHost()) {
    status(words().noHost, "error");
    return;
  }
  await busy(async () => {
    const settings = await call("getSettings");
    state.lang = settings.lang;
    byId<HTMLInputElement>("predikat-colours").checked = settings.predikatColours;
    state.nomenclatureVersion = settings.nomenclatureVersion ?? "";
    label();
    showCatalogue(await call("catalogueStatus"));
    await check();
  });
}

void start();
