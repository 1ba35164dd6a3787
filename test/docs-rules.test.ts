// docs/rules.md, the rule reference users get with the project, names every rule id the checker can report.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { RULE_TITLES } from "../core/messages/rule-titles.js";

it("documents every rule id", () => {
  const doc = readFileSync(new URL("../docs/rules.md", import.meta.url), "utf8");
  const missing = Object.keys(RULE_TITLES.id).filter((id) => !doc.includes(`| \`${id}\` |`));
  expect(missing).toEqual([]);
});
