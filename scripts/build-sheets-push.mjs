// `npm run push:sheets`: pushes the built add-on (dist/sheets/) to the Apps Script project named in .clasp.json,
// only after the type-check, lint and tests pass. .clasp.json is the user's own (git-ignored; see README).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const config = join(root, ".clasp.json");
const TEMPLATE = "addin-sheets/clasp.template.json";

function fail(message) {
  console.error(`push:sheets: ${message}`);
  process.exit(1);
}

if (!existsSync(config)) {
  fail(`no .clasp.json. Copy ${TEMPLATE} to .clasp.json and paste your spreadsheet's Script ID into it
  (in the spreadsheet: Extensions > Apps Script > Project Settings > Script ID), or let clasp create one:
  npx clasp create --type sheets --title "Renja" --rootDir dist/sheets`);
}
let settings;
try {
  settings = JSON.parse(readFileSync(config, "utf8"));
} catch (e) {
  fail(`.clasp.json is not JSON (${e.message})`);
}
if (typeof settings.scriptId !== "string" || settings.scriptId.startsWith("PASTE") || !/^[\w-]{20,}$/.test(settings.scriptId)) fail(".clasp.json has no Script ID yet: paste it over the placeholder");
if (resolve(root, settings.rootDir ?? ".") !== join(root, "dist/sheets")) fail(`.clasp.json must have "rootDir": "dist/sheets" (clasp pushes files as they are: only the built folder)`);

const run = (command, args) => {
  console.log(`push:sheets: ${command} ${args.join(" ")}`);
  const r = spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) fail(`${command} ${args.join(" ")} failed; nothing was pushed`);
};

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
run(npm, ["run", "typecheck"]);
run(npm, ["run", "lint"]);
run(npm, ["test"]);
run(process.execPath, [join(root, "scripts/build-sheets.mjs")]);
// --force: the manifest (appsscript.json, with its two scopes) is ours to overwrite.
run(process.execPath, [join(root, "node_modules/@google/clasp/build/src/index.js"), "--project", config, "push", "--force"]);
