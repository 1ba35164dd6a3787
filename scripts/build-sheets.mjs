// Builds the Google Sheets add-on into dist/sheets/ (clasp's rootDir): Code.js (one IIFE of the core and the
// server, then one top-level function per export, since Apps Script only calls top-level declarations),
// Sidebar.html (the sidebar with its script inlined) and appsscript.json. `--if-stale` skips an up-to-date build.
import { build } from "esbuild";
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist/sheets");
const GLOBAL = "RenjaSheets";
/** Everything the bundle is built from: a change in any of these makes the build stale. */
const SOURCES = ["addin-sheets", "core", "ui-shared", "addin-excel/adapter", "scripts/build-sheets.mjs", "package-lock.json"];

if (process.argv.includes("--if-stale") && !stale()) process.exit(0);

/**
 * zod's `z` namespace re-exports every locale's messages (~300 KB) and esbuild cannot drop members of a namespace
 * used as a value. Only English is used (the default, registered by zod itself): the other locales are left out.
 */
const englishZodOnly = {
  name: "english-zod-only",
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (args.importer.includes("/node_modules/zod/") ? { path: "zod-locales", namespace: "renja" } : undefined));
    b.onLoad({ filter: /^zod-locales$/, namespace: "renja" }, () => ({ contents: 'export { default as en } from "zod/v4/locales/en.js";', resolveDir: root, loader: "js" }));
  },
};

const server = await build({
  entryPoints: [join(root, "addin-sheets/server/main.ts")],
  plugins: [englishZodOnly],
  bundle: true,
  write: false,
  format: "iife",
  globalName: GLOBAL,
  // Apps Script's V8: ES2020 syntax, no Node or browser APIs; dependencies resolve to their ES modules.
  platform: "neutral",
  target: "es2020",
  mainFields: ["module", "main"],
  conditions: ["import", "default"],
  legalComments: "eof",
  // Whitespace and syntax only: names stay readable in Apps Script's execution log stack traces.
  minifySyntax: true,
  minifyWhitespace: true,
  logLevel: "warning",
});
const code = server.outputFiles[0].text;
for (const [what, pattern] of [
  ["require()", /\brequire\(/],
  ["dynamic import()", /\bimport\(/],
  ["top-level await", /^await\b/m],
  ["Node's process or Buffer", /\bprocess\.(env|argv|cwd|exit)\b|\bBuffer\./],
  ["timers or web APIs", /\b(setTimeout|setInterval|setImmediate|queueMicrotask|structuredClone|TextEncoder|TextDecoder|XMLHttpRequest)\b|\bfetch\(/],
]) {
  if (pattern.test(code)) throw new Error(`dist/sheets/Code.js would use ${what}, which Apps Script does not have`);
}

const names = exportNames(code);
const footer = [
  "",
  "// Apps Script calls only top-level function declarations (menus, triggers, google.script.run): one per export.",
  ...names.map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`),
  "",
].join("\n");

const sidebar = await build({
  entryPoints: [join(root, "addin-sheets/sidebar/main.ts")],
  bundle: true,
  write: false,
  format: "iife",
  platform: "browser",
  target: "es2019",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
});
// Inside an inline <script>, "</script" ends the element whatever the JavaScript meant: escape it.
const script = sidebar.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1");
const template = readFileSync(join(root, "addin-sheets/sidebar/sidebar.html"), "utf8");
if (!template.includes("<!-- SCRIPT -->")) throw new Error("addin-sheets/sidebar/sidebar.html has no <!-- SCRIPT --> placeholder");
const html = template.replace("<!-- SCRIPT -->", () => `<script>\n${script}</script>`);

mkdirSync(out, { recursive: true });
writeAtomic(join(out, "Sidebar.html"), html);
writeAtomic(join(out, "appsscript.json"), readFileSync(join(root, "addin-sheets/appsscript.json"), "utf8"));
// Code.js last: tests take its time as the build's.
writeAtomic(join(out, "Code.js"), `${code}${footer}`);
console.log(`dist/sheets: Code.js ${kb(code.length + footer.length)} (${names.length} entry points), Sidebar.html ${kb(html.length)}, appsscript.json`);

/** The export names of the IIFE, by running it in an empty context (which also proves it loads without Node). */
function exportNames(source) {
  const context = vm.createContext({});
  vm.runInContext(`${source}\nthis.__names = Object.keys(${GLOBAL});`, context, { filename: "Code.js" });
  const list = [...context.__names];
  const bad = list.filter((n) => !/^[A-Za-z_$][\w$]*$/.test(n));
  if (bad.length > 0) throw new Error(`exports that cannot be function names: ${bad.join(", ")}`);
  return list;
}

/** Written to a temporary name, then renamed: a test reading the file never sees half of it. */
function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function stale() {
  const built = join(out, "Code.js");
  if (!existsSync(built) || !existsSync(join(out, "Sidebar.html"))) return true;
  const at = statSync(built).mtimeMs;
  return SOURCES.some((s) => newest(join(root, s)) > at);
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of readdirSync(path)) max = Math.max(max, newest(join(path, e)));
  return max;
}

function kb(n) {
  return `${Math.round(n / 1024)} KB`;
}
