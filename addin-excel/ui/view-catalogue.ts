// The settings panel's nomenclature part: which catalogue the checks use, load one from a .json file, go back.
import type { CatalogueResult } from "../../core/nomenclature/index.js";
import { h } from "../../ui-shared/dom.js";
import type { Words } from "./strings.js";

/**
 * `kept`: the workbook's own catalogue as the last check read it (null: none); `builtinEntries` for the default.
 * `onLoad` gets the chosen file's text; `onRemove` is offered only while the workbook keeps one.
 */
export function catalogueView(kept: CatalogueResult | null, builtinEntries: number, w: Words, onLoad: (text: string) => void, onRemove: () => void): HTMLElement {
  const status = kept === null ? w.catalogueBuiltin(builtinEntries) : kept.ok ? w.catalogueDocument(kept.catalogue.version, kept.catalogue.entries.length) : w.catalogueProblem(kept.message);
  const input = h("input", { type: "file", accept: ".json,application/json", id: "catalogue-file", class: "file-input" });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    input.value = "";
    if (file) void file.text().then(onLoad);
  });
  const load = h("label", { class: "btn small file-button" }, input, h("span", {}, w.catalogueLoad));
  const remove = kept !== null ? h("button", { type: "button", class: "btn small", id: "catalogue-remove", onclick: onRemove }, w.catalogueRemove) : null;
  return h("div", { class: "settings-body catalogue" }, h("h3", {}, w.catalogue), h("p", { class: "muted", id: "catalogue-status" }, status), h("div", { class: "row-buttons" }, load, remove));
}
