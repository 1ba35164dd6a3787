// The task pane: buttons, progress, messages and the report; every action is one Excel.run through the adapter.
import { checkGrid, type SheetCheck } from "../../core/check.js";
import { columnIndex } from "../../core/grid.js";
import type { Finding, Lang } from "../../core/model.js";
import { builtinEntryCount, builtinSource, builtinVersions, catalogueFromJson, findBuiltinVersion, nomenclatureRules, type Catalogue, type CatalogueResult } from "../../core/nomenclature/index.js";
import type { PredikatBand } from "../../core/options.js";
import { applyPatchToGrid } from "../../core/plan/apply-to-grid.js";
import { planAutoTotal } from "../../core/plan/auto-total.js";
import { TEMPLATE_FAMILIES, templatePatch, templateTable, type TemplateFamily } from "../../core/plan/template.js";
import type { Rule } from "../../core/table.js";
import type { Capabilities } from "../adapter/capabilities.js";
import type { XlRun } from "../adapter/excel-api.js";
import { clearActiveSheet, flagActiveSheet } from "../adapter/flag-actions.js";
import type { KeptSheetFlags } from "../../core/plan/flag-store-format.js";
import type { Progress } from "../adapter/progress.js";
import type { SheetRead } from "../adapter/read-sheet.js";
import { writeCatalogue } from "../adapter/catalogue-sheet.js";
import { insertTemplate, readForCheck, selectCell, writeCells } from "../adapter/sheet-actions.js";
import { h, nextPaint, replace } from "../../ui-shared/dom.js";
import { errorText } from "./error-text.js";
import { readSettings, writeSettings, type DocumentSettings, type PaneSettings } from "./settings.js";
import { WORDS, type Words } from "./strings.js";
import { confirmView, type ConfirmChoice } from "./view-confirm.js";
import { findingsView, findingRef, summaryView } from "./view-report.js";
import { catalogueView } from "./view-catalogue.js";
import { settingsView, versionView } from "./view-settings.js";

/** What the pane needs from Office: Excel.run, the capabilities found at start, document settings. */
export interface PaneHost {
  run: XlRun;
  caps: Capabilities;
  settings: DocumentSettings;
}

interface LastCheck {
  read: SheetRead;
  check: SheetCheck;
  at: Date;
}

type Action = "check" | "flag" | "clear" | "total" | "template" | "select";

/**
 * Builds the pane inside `root` and wires its buttons.
 * @example mountPane(document.getElementById("app")!, host)
 */
export function mountPane(root: HTMLElement, host: PaneHost): void {
  new Pane(root, host).render();
}

class Pane {
  private settings: PaneSettings;
  private last: LastCheck | null = null;
  private kept: KeptSheetFlags | undefined;
  private busy: Action | null = null;
  /** Waiting for the user's answer in the confirmation (no spinner then). */
  private asking = false;
  private nomenclature: Rule[] | null = null;
  /** The workbook's own nomenclature catalogue as the last check read it; null: none (the built-in one is used). */
  private catalogue: CatalogueResult | null = null;
  private templateFamily: TemplateFamily = "rencana";
  private readonly el = {
    header: h("header", { class: "pane-header" }),
    actions: h("section", { class: "actions" }),
    progress: h("div", { class: "progress", hidden: true, role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100" }),
    message: h("div", { class: "message", role: "status", "aria-live": "polite" }),
    confirm: h("div", { class: "confirm-slot" }),
    report: h("div", { class: "report" }),
    tools: h("div", { class: "tools" }),
    footer: h("footer", { class: "pane-footer" }),
  };
  private message: { kind: "info" | "ok" | "error"; text: string[] } | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: PaneHost,
  ) {
    this.settings = readSettings(host.settings);
    replace(root, ...Object.values(this.el));
  }

  private get w(): Words {
    return WORDS[this.settings.lang];
  }

  render(): void {
    document.documentElement.lang = this.settings.lang;
    this.renderHeader();
    this.renderActions();
    this.renderMessage();
    this.renderReport();
    this.renderTools();
    replace(this.el.footer, this.w.noteMode[this.host.caps.noteMode]);
  }

  private renderHeader(): void {
    const w = this.w;
    const langButton = (lang: Lang, label: string) => h("button", { type: "button", class: "seg", "aria-pressed": String(this.settings.lang === lang), onclick: () => void this.setLang(lang) }, label);
    replace(this.el.header, h("div", {}, h("h1", {}, w.title), h("p", { class: "sub" }, w.subtitle)), h("div", { class: "lang", role: "group", "aria-label": w.language }, langButton("id", "ID"), langButton("en", "EN")));
  }

  private renderActions(): void {
    const w = this.w;
    const table = this.last?.check.table ?? null;
    const findings = this.flaggable();
    const btn = (id: Action, label: string, cls: string, enabled: boolean, run: () => Promise<void>) =>
      h("button", { type: "button", class: `btn ${cls}`, id: `btn-${id}`, disabled: this.busy !== null || !enabled, "aria-busy": this.busy === id && !this.asking ? "true" : null, onclick: () => void this.act(id, run) }, label);
    replace(
      this.el.actions,
      btn("check", w.check, "primary wide", true, () => this.check()),
      h(
        "div",
        { class: "action-row" },
        btn("flag", w.flag, "", findings.length > 0, () => this.flag()),
        btn("clear", w.clear, "", this.kept !== undefined, () => this.clear()),
        btn("total", w.autoTotal, "", table !== null, () => this.autoTotal()),
      ),
    );
  }

  private renderMessage(): void {
    const m = this.message;
    this.el.message.className = `message${m ? ` ${m.kind}` : ""}`;
    replace(this.el.message, ...(m ? m.text.map((t) => h("p", {}, t)) : []));
  }

  private renderReport(): void {
    const last = this.last;
    if (!last) {
      replace(this.el.report);
      return;
    }
    const w = this.w;
    const time = last.at.toLocaleTimeString(this.settings.lang === "id" ? "id-ID" : "en-GB", { hour: "2-digit", minute: "2-digit" });
    const extra = [w.checkedAt(time)];
    if (this.kept) extra.push(w.flagsKept(this.kept.at ? new Date(this.kept.at).toLocaleString(this.settings.lang === "id" ? "id-ID" : "en-GB", { dateStyle: "medium", timeStyle: "short" }) : ""));
    replace(this.el.report, summaryView(last.check.report, last.read.source, w, this.settings.lang, extra), findingsView(last.check.report.issues, w, (f, b) => void this.pick(f, b)));
  }

  private renderTools(): void {
    const w = this.w;
    const select = h("select", { id: "template-family", "aria-label": w.templateFamily }, ...TEMPLATE_FAMILIES.map((f) => h("option", { value: f, selected: f === this.templateFamily }, w.families[f])));
    select.addEventListener("change", () => (this.templateFamily = select.value as TemplateFamily));
    const insert = h("button", { type: "button", class: "btn", id: "btn-template", disabled: this.busy !== null, onclick: () => void this.act("template", () => this.insertTemplate()) }, w.insertTemplate);
    // A re-render (after a check, a catalogue change) keeps the settings open when the user had opened them.
    const settingsOpen = this.el.tools.querySelector<HTMLDetailsElement>("#settings")?.open ?? false;
    replace(
      this.el.tools,
      h("details", { class: "card tool" }, h("summary", {}, w.insertTemplate), h("div", { class: "row-buttons" }, select, insert)),
      h(
        "details",
        { class: "card tool", id: "settings", open: settingsOpen },
        h("summary", {}, w.settings),
        settingsView(this.settings.predikatBands, w, (bands) => void this.saveBands(bands)),
        this.catalogue === null ? versionView(builtinVersions(), this.settings.nomenclatureVersion, w, (v) => void this.setVersion(v)) : null,
        catalogueView(this.catalogue, builtinEntryCount(), w, (text) => void this.loadCatalogue(text), () => void this.keepCatalogue(null)),
      ),
    );
  }

  private setBusy(a: Action | null): void {
    this.busy = a;
    this.renderActions();
    for (const b of this.el.tools.querySelectorAll("button")) b.disabled = a !== null;
  }

  private say(kind: "info" | "ok" | "error", ...text: string[]): void {
    this.message = { kind, text: text.filter((t) => t !== "") };
    this.renderMessage();
  }

  private showProgress(p: Progress | { phase: "checking" | "prepare" } | null): void {
    const bar = this.el.progress;
    if (!p) {
      bar.hidden = true;
      return;
    }
    bar.hidden = false;
    const w = this.w;
    let pct: number | null = null;
    let text = w.preparing;
    if (p.phase === "checking") text = w.checking;
    else if (p.phase === "read" || p.phase === "write") {
      pct = p.total > 0 ? Math.round((p.done / p.total) * 100) : 0;
      text = p.phase === "read" ? w.reading(p.done, p.total) : w.writing(p.done, p.total);
    }
    if (pct === null) bar.removeAttribute("aria-valuenow");
    else bar.setAttribute("aria-valuenow", String(pct));
    replace(bar, h("div", { class: `track${pct === null ? " indeterminate" : ""}` }, h("div", { class: "fill", style: `width:${pct ?? 30}%` })), h("span", { class: "ptext" }, text));
  }

  /** Runs an action with the buttons off, progress shown and errors said as a sentence. */
  private async act(a: Action, run: () => Promise<void>): Promise<void> {
    if (this.busy !== null) return;
    this.setBusy(a);
    this.message = null;
    this.renderMessage();
    try {
      await run();
    } catch (e) {
      console.error(e);
      this.say("error", errorText(e, this.w));
    } finally {
      this.showProgress(null);
      this.setBusy(null);
    }
  }

  private rules(): Rule[] {
    // The workbook's own catalogue, else the built-in lists: the version set in the settings, else each table's year's.
    this.nomenclature ??= nomenclatureRules(this.catalogue?.ok ? this.catalogue.catalogue : builtinSource({ version: findBuiltinVersion(this.settings.nomenclatureVersion) ?? undefined }));
    return this.nomenclature;
  }

  /** The catalogue the next checks use (as read from the workbook, or just written to it). */
  private useCatalogue(catalogue: CatalogueResult | null): void {
    this.catalogue = catalogue;
    this.nomenclature = null;
    this.renderTools();
  }

  private async check(): Promise<void> {
    this.showProgress({ phase: "prepare" });
    const { read, kept, catalogue } = await this.host.run((ctx) => readForCheck(ctx, this.host.caps, (p) => this.showProgress(p)));
    this.kept = kept;
    this.useCatalogue(catalogue);
    await this.recheck(read);
  }

  /** A catalogue file chosen in the settings: checked, kept in the workbook, and the sheet checked with it. */
  private async loadCatalogue(text: string): Promise<void> {
    const parsed = catalogueFromJson(text);
    if (!parsed.ok) return this.say("error", this.w.catalogueRefused(parsed.message));
    await this.keepCatalogue(parsed.catalogue);
  }

  /** Keeps `catalogue` in the workbook (null: removes the workbook's own), then checks the sheet again. */
  private async keepCatalogue(catalogue: Catalogue | null): Promise<void> {
    let done = false;
    await this.act("check", async () => {
      await this.host.run((ctx) => writeCatalogue(ctx, catalogue));
      this.useCatalogue(catalogue ? { ok: true, catalogue } : null);
      await this.check();
      done = true;
    });
    if (done) this.say("ok", catalogue ? this.w.catalogueLoaded(catalogue.version, catalogue.entries.length) : this.w.catalogueRemoved);
  }

  /** Checks a grid already read (after a language or band change, no Excel round trip). */
  private async recheck(read: SheetRead): Promise<void> {
    this.showProgress({ phase: "checking" });
    await nextPaint();
    const check = checkGrid(read.grid, { lang: this.settings.lang, predikatBands: this.settings.predikatBands }, this.rules());
    this.last = { read, check, at: new Date() };
    this.renderReport();
  }

  private flaggable(): Finding[] {
    return (this.last?.check.report.issues ?? []).filter((f) => f.rule !== "header-not-found");
  }

  private async flag(): Promise<void> {
    const last = this.last;
    if (!last?.check.table) return this.say("info", this.w.checkFirst);
    const findings = this.flaggable();
    if (findings.length === 0) return this.say("info", this.w.nothingToFlag);
    const headerRow = (last.check.report.headerRows[0] ?? 1) - 1;
    const out = await this.host.run((ctx) =>
      flagActiveSheet(ctx, {
        caps: this.host.caps,
        expected: last.read.source,
        table: last.check.table as NonNullable<SheetCheck["table"]>,
        findings,
        lang: this.settings.lang,
        columnHeader: { row: headerRow, text: this.w.columnHeader },
        onProgress: (p) => this.showProgress(p),
      }),
    );
    last.read.source.address = out.address || last.read.source.address;
    this.kept = { sheetId: last.read.source.id, sheet: last.read.source.name, mode: out.mode, column: null, at: new Date().toISOString(), fills: [], notes: [] };
    const w = this.w;
    const also = (n: number, say: (n: number) => string) => (n > 0 ? say(n) : "");
    this.say("ok", w.flagged(out.filled, out.notes, out.mode), also(out.restored, w.cleared), also(out.hadComment, w.hadComment), also(out.hadNote, w.hadNote), also(out.paneOnly, (n) => w.paneOnly(n, out.mode)), also(out.changedByHand, w.changedByHand));
    this.renderReport();
  }

  private async clear(): Promise<void> {
    const out = await this.host.run((ctx) => clearActiveSheet(ctx, { caps: this.host.caps, onProgress: (p) => this.showProgress(p) }));
    this.kept = undefined;
    if (this.last && out.address) this.last.read.source.address = out.address;
    const w = this.w;
    if (!out.hadFlags) this.say("info", w.nothingToClear);
    else this.say("ok", w.cleared(out.restored), out.changedByHand > 0 ? w.changedByHand(out.changedByHand) : "", out.notesLeft > 0 ? w.notesLeft(out.notesLeft, out.mode) : "");
    this.renderReport();
  }

  private async autoTotal(): Promise<void> {
    const last = this.last;
    const table = last?.check.table;
    if (!last || !table) return this.say("info", this.w.checkFirst);
    this.showProgress({ phase: "prepare" });
    await nextPaint();
    const plan = planAutoTotal(table, { force: false });
    this.showProgress(null);
    if (plan.writes.length + plan.held.length === 0) return this.say("info", this.w.nothingToTotal(plan.skipped.length));
    const choice = await this.ask({ writes: plan.writes.length, held: plan.held.length, skipped: plan.skipped.length, numbersAsText: plan.numbersAsText.length });
    if (!choice.go) return;
    const final = choice.replaceTyped || choice.convertTextNumbers ? planAutoTotal(table, { force: choice.replaceTyped, convertTextNumbers: choice.convertTextNumbers }) : plan;
    const out = await this.host.run((ctx) => writeCells(ctx, last.read.source, final.writes, (p) => this.showProgress(p)));
    // The sheet now holds what the plan computed (each formula's current result): check that, without reading it again.
    const read: SheetRead = { ...last.read, grid: applyPatchToGrid(last.read.grid, final), source: { ...last.read.source, address: out.address } };
    await this.recheck(read);
    this.say("ok", this.w.totalled(out.written));
  }

  private ask(counts: Parameters<typeof confirmView>[0]): Promise<ConfirmChoice> {
    this.asking = true;
    this.renderActions();
    return new Promise((resolve) => {
      const view = confirmView(counts, this.w, (choice) => {
        replace(this.el.confirm);
        this.asking = false;
        this.renderActions();
        resolve(choice);
      });
      replace(this.el.confirm, view);
      view.querySelector("button")?.focus();
    });
  }

  private async insertTemplate(): Promise<void> {
    const t = templateTable(this.templateFamily);
    const out = await this.host.run((ctx) => insertTemplate(ctx, t, templatePatch(t)));
    this.say("ok", this.w.templateInserted(out.name));
  }

  private async pick(f: Finding, button: HTMLButtonElement): Promise<void> {
    const last = this.last;
    if (!last || this.busy !== null) return;
    const cols = last.check.table?.layout.columns.map((c) => c.index) ?? [];
    const first = f.column ? columnIndex(f.column) : cols.length > 0 ? Math.min(...cols) : 0;
    const lastCol = f.column ? first : cols.length > 0 ? Math.max(...cols) : 0;
    await this.act("select", async () => {
      await this.host.run((ctx) => selectCell(ctx, last.read.source.id, f.row - 1, first, lastCol));
      for (const b of this.el.report.querySelectorAll(".finding.current")) b.classList.remove("current");
      button.classList.add("current");
      this.say("info", this.w.selected(findingRef(f, this.w)));
    });
  }

  private async setLang(lang: Lang): Promise<void> {
    if (lang === this.settings.lang || this.busy !== null) return;
    this.settings = { ...this.settings, lang };
    this.message = null;
    this.render();
    await this.persist();
    if (this.last) await this.act("check", () => this.recheck((this.last as LastCheck).read));
  }

  private async setVersion(version: string): Promise<void> {
    this.settings = { ...this.settings, nomenclatureVersion: version };
    this.nomenclature = null;
    await this.persist();
    if (this.last) await this.act("check", () => this.recheck((this.last as LastCheck).read));
  }

  private async saveBands(bands: PredikatBand[]): Promise<void> {
    this.settings = { ...this.settings, predikatBands: bands };
    this.renderTools();
    await this.persist();
    if (this.last) await this.act("check", () => this.recheck((this.last as LastCheck).read));
    this.say("ok", this.w.saved);
  }

  private async persist(): Promise<void> {
    try {
      await writeSettings(this.host.settings, this.settings);
    } catch (e) {
      this.say("error", errorText(e, this.w));
    }
  }
}
