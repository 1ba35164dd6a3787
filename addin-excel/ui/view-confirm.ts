// The confirmation before auto-total writes: how many cells get formulas, how many typed values would be replaced.
import { h } from "../../ui-shared/dom.js";
import type { Words } from "./strings.js";

export interface ConfirmCounts {
  /** Writes into cells nobody typed in. */
  writes: number;
  /** Writes that would replace a typed value. */
  held: number;
  skipped: number;
  numbersAsText: number;
}

export type ConfirmChoice = { go: false } | { go: true; replaceTyped: boolean; convertTextNumbers: boolean };

/**
 * The dialog (inline: Office add-ins cannot use window.confirm). Resolves with the user's choice.
 */
export function confirmView(c: ConfirmCounts, w: Words, done: (choice: ConfirmChoice) => void): HTMLElement {
  const convert = h("input", { type: "checkbox", id: "convert-text-numbers" });
  const buttons: HTMLElement[] = [];
  if (c.held > 0) {
    buttons.push(h("button", { class: "btn danger", type: "button", "data-choice": "replace", onclick: () => done({ go: true, replaceTyped: true, convertTextNumbers: convert.checked }) }, w.replaceAll(c.held)));
    if (c.writes > 0) buttons.push(h("button", { class: "btn", type: "button", "data-choice": "empty-only", onclick: () => done({ go: true, replaceTyped: false, convertTextNumbers: convert.checked }) }, w.emptyOnly(c.writes)));
  } else buttons.push(h("button", { class: "btn primary", type: "button", "data-choice": "write", onclick: () => done({ go: true, replaceTyped: false, convertTextNumbers: convert.checked }) }, w.writeAll(c.writes)));
  buttons.push(h("button", { class: "btn", type: "button", "data-choice": "cancel", onclick: () => done({ go: false }) }, w.cancel));
  return h(
    "section",
    { class: "card confirm", role: "alertdialog", "aria-labelledby": "confirm-title" },
    h("h2", { id: "confirm-title" }, w.confirmTitle),
    h("p", {}, w.confirmBody(c.writes, c.held)),
    c.skipped > 0 ? h("p", { class: "muted" }, w.confirmSkipped(c.skipped)) : null,
    c.numbersAsText > 0 ? h("p", { class: "muted" }, w.confirmTextNumbers(c.numbersAsText)) : null,
    c.numbersAsText > 0 ? h("label", { class: "check" }, convert, ` ${w.convertTextNumbers}`) : null,
    h("div", { class: "row-buttons" }, ...buttons),
  );
}
