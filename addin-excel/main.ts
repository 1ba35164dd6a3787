// Task pane entry: waits for Office, wires the real Excel.run, capabilities and document settings into the pane.
import { detectCapabilities } from "./adapter/capabilities.js";
import type { XlContext, XlRun } from "./adapter/excel-api.js";
import { mountPane } from "./ui/pane.js";
import type { DocumentSettings } from "./ui/settings.js";
import { WORDS } from "./ui/strings.js";

/** Excel's own objects fit the adapter's structural types (a compile-time check, not a cast). */
const run: XlRun = (batch) => Excel.run((context: Excel.RequestContext) => batch(context satisfies XlContext));

function documentSettings(): DocumentSettings {
  const s = Office.context.document.settings;
  return {
    get: (name) => s.get(name) as unknown,
    set: (name, value) => s.set(name, value),
    save: () =>
      new Promise<void>((resolve, reject) => {
        s.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error)));
      }),
  };
}

void Office.onReady((info) => {
  const root = document.getElementById("app");
  if (!root) return;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = WORDS.id.notExcel;
    return;
  }
  const caps = detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
  mountPane(root, { run, caps, settings: documentSettings() });
});
