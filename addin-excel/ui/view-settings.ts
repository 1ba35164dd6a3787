// The settings panel: predikat bands (lower bound and label) and the nomenclature version, saved in the document.
import type { PredikatBand } from "../../core/options.js";
import { DEFAULT_PREDIKAT_BANDS } from "../../core/options.js";
import { h } from "../../ui-shared/dom.js";
import { normaliseBands } from "./settings.js";
import type { Words } from "./strings.js";

/**
 * Editable bands; `onSave` gets them sorted, the lowest open below. Invalid numbers keep the save button off.
 */
export function settingsView(bands: readonly PredikatBand[], w: Words, onSave: (bands: PredikatBand[]) => void): HTMLElement {
  const rows = bands.map((b, i) => {
    const lowest = i === bands.length - 1;
    const above = bands[i - 1];
    const min = h("input", { type: "number", step: "0.01", min: "0", max: "1000", value: lowest ? "" : String(b.min), disabled: lowest, "aria-label": lowest ? w.bandLowest : `${w.bandMin} ${i + 1}`, placeholder: lowest && above ? `< ${above.min}` : "" });
    const label = h("input", { type: "text", maxlength: "60", value: b.label, "aria-label": `${w.bandLabel} ${i + 1}` });
    const swatch = b.color ? h("span", { class: "swatch", style: `background:${b.color}`, "aria-hidden": "true" }) : h("span", { class: "swatch none", "aria-hidden": "true" });
    return { b, min, label, lowest, el: h("tr", {}, h("td", {}, swatch), h("td", {}, min), h("td", {}, label)) };
  });
  const save = h("button", { class: "btn primary small", type: "button" }, w.save);
  const validate = () => {
    const ok = rows.every((r) => r.label.value.trim() !== "" && (r.lowest || (r.min.value.trim() !== "" && Number.isFinite(Number(r.min.value)))));
    save.disabled = !ok;
  };
  for (const r of rows) {
    r.min.addEventListener("input", validate);
    r.label.addEventListener("input", validate);
  }
  save.addEventListener("click", () => {
    const out: PredikatBand[] = rows.map((r) => {
      const band: PredikatBand = { min: r.lowest ? Number.NEGATIVE_INFINITY : Number(r.min.value), label: r.label.value.trim() };
      if (r.b.color) band.color = r.b.color;
      return band;
    });
    onSave(normaliseBands(out));
  });
  const reset = h("button", { class: "btn small", type: "button", onclick: () => onSave(DEFAULT_PREDIKAT_BANDS) }, w.reset);
  const table = h("table", { class: "bands" }, h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", {}, w.bandMin), h("th", {}, w.bandLabel))), h("tbody", {}, ...rows.map((r) => r.el)));
  return h("div", { class: "settings-body" }, h("h3", {}, w.bands), table, h("div", { class: "row-buttons" }, save, reset));
}

/**
 * The built-in nomenclature version for every table, or "" for the version of each table's year; `onChange` gets
 * the choice.
 */
export function versionView(versions: readonly string[], chosen: string, w: Words, onChange: (version: string) => void): HTMLElement {
  const select = h("select", { id: "nomenclature-version", "aria-label": w.nomenclatureVersion }, h("option", { value: "", selected: chosen === "" }, w.versionByYear), ...versions.map((v) => h("option", { value: v, selected: v === chosen }, v)));
  select.addEventListener("change", () => onChange(select.value));
  return h("div", { class: "settings-body" }, h("h3", {}, w.nomenclatureVersion), select);
}
