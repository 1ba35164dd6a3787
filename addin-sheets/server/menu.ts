// The Extensions › Renja menu and the sidebar: onOpen/onInstall build the menu, each item runs one action and says what it did.
import { countBySeverity } from "../../core/report.js";
import type { HeldCell, TemplateFamily } from "../shared/api.js";
import { checkActiveSheet } from "./check-sheet.js";
import { clearActiveSheet, flagActiveSheet } from "./flag-actions.js";
import { withDocumentLock } from "./lock.js";
import { loadSettings } from "./settings.js";
import { insertTemplateSheet } from "./template-action.js";
import { totalActiveSheet } from "./total-action.js";
import { serverWords, type ServerWords } from "./words.js";

/**
 * The menu under Extensions › Renja (the add-on's, or the bound script project's, name), the same in every auth
 * mode, as an Editor Add-on must. It touches nothing but the Ui: under AuthMode.NONE (an add-on installed for
 * the domain and not yet used in this file) the document, its cache and properties cannot be reached.
 */
export function onOpen(): void {
  const ui = SpreadsheetApp.getUi();
  ui.createAddonMenu()
    .addItem("Periksa", "menuCheck")
    .addItem("Tandai", "menuFlags")
    .addItem("Hapus tanda", "menuClearFlags")
    .addItem("Jumlahkan otomatis", "menuTotals")
    .addSubMenu(ui.createMenu("Sisipkan templat").addItem("Rencana", "menuTemplateRencana").addItem("Perubahan", "menuTemplatePerubahan").addItem("Evaluasi", "menuTemplateEvaluasi"))
    .addSeparator()
    .addItem("Buka panel", "showSidebar")
    .addToUi();
}

/** Installing an add-on runs onInstall (AuthMode.FULL), not onOpen: build the menu right away. */
export function onInstall(): void {
  onOpen();
}

/** Opens the sidebar (the built `Sidebar.html`). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Renja");
  SpreadsheetApp.getUi().showSidebar(html);
}

export function menuCheck(): void {
  run((words) => {
    const report = checkActiveSheet(loadSettings());
    const c = countBySeverity([report]);
    return report.issues.some((i) => i.rule === "header-not-found") ? words.noTable : words.checked(c.error, c.warning, c.info);
  });
}

/** Tandai from the menu; on a large sheet changed since its check, the first choice checks and the second flags. */
export function menuFlags(): void {
  run((words) => {
    const r = withDocumentLock(() => flagActiveSheet(loadSettings()));
    if (r.stage === "checked") return words.checkedFirst(countBySeverity([r.report]).error, words.flagAction);
    return r.filled + r.notes === 0 ? words.nothingToFlag : words.flagged(r.filled, r.notes);
  });
}

export function menuClearFlags(): void {
  run((words) => {
    const r = withDocumentLock(() => clearActiveSheet(loadSettings()));
    return r.restored + r.keptUserChanges === 0 ? words.nothingToClear : words.cleared(r.restored, r.keptUserChanges);
  });
}

/** Auto-total from the menu: typed values are replaced only after a Yes that says how many cells change. */
export function menuTotals(): void {
  run((words) => {
    const ui = SpreadsheetApp.getUi();
    const ask = (typed: number, sample: HeldCell[]) => {
      const shown = sample.slice(0, 5).map((h) => `${h.cell}: ${h.now}`).join(", ");
      const answer = ui.alert(words.confirmTypedTitle, words.confirmTyped(typed, shown), ui.ButtonSet.YES_NO_CANCEL);
      return answer === ui.Button.YES ? "all" : answer === ui.Button.NO ? "safe" : "none";
    };
    const r = withDocumentLock(() => totalActiveSheet(loadSettings(), { ask }));
    if (r.stage === "checked") return words.checkedFirst(countBySeverity([r.report]).error, words.totalsAction);
    return words.totals(r.written, r.skipped);
  });
}

export function menuTemplateRencana(): void {
  template("rencana");
}

export function menuTemplatePerubahan(): void {
  template("perubahan");
}

export function menuTemplateEvaluasi(): void {
  template("evaluasi");
}

function template(family: TemplateFamily): void {
  run((words) => words.templateDone(insertTemplateSheet(family).sheet));
}

/** Runs a menu action: its sentence as a toast, or the error in an alert. */
function run(action: (words: ServerWords) => string): void {
  const words = serverWords(loadSettings().lang);
  try {
    SpreadsheetApp.getActive().toast(action(words), words.title, 8);
  } catch (e) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(words.failed, e instanceof Error ? e.message : String(e), ui.ButtonSet.OK);
  }
}
