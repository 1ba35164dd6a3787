// Builds the Excel task pane into dist/excel: the pane bundle (esbuild, IIFE for the browser), its page, styles and
// icons, and a copy of manifest/manifest.xml whose URLs point at --base-url (default https://localhost:3000).
// --out DIR writes elsewhere; --serve then serves the output on https://localhost:3000 with the Office dev certificates.
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { extname, join } from "node:path";
import { parseArgs } from "node:util";

const DEV_BASE = "https://localhost:3000";
const { values } = parseArgs({ options: { "base-url": { type: "string" }, out: { type: "string" }, serve: { type: "boolean" }, port: { type: "string" } } });
const OUT = (values.out ?? "dist/excel").replace(/\/+$/, "");
const base = (values["base-url"] ?? DEV_BASE).replace(/\/+$/, "");
let url;
try {
  url = new URL(base);
} catch {
  fail(`--base-url ${base} is not a URL`);
}
if (url.protocol !== "https:") fail(`--base-url must be https (Office loads add-ins over HTTPS only): ${base}`);

/**
 * zod's `z` namespace re-exports every locale's messages (~300 KB) and esbuild cannot drop members of a namespace
 * used as a value. Only English is used (zod's default): the other locales are left out, as for the Sheets build.
 */
const englishZodOnly = {
  name: "english-zod-only",
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (args.importer.includes("/node_modules/zod/") ? { path: "zod-locales", namespace: "renja" } : undefined));
    b.onLoad({ filter: /^zod-locales$/, namespace: "renja" }, () => ({ contents: 'export { default as en } from "zod/v4/locales/en.js";', resolveDir: process.cwd(), loader: "js" }));
  },
};

mkdirSync(join(OUT, "assets"), { recursive: true });
await build({
  entryPoints: ["addin-excel/main.ts"],
  outfile: join(OUT, "taskpane.js"),
  bundle: true,
  platform: "browser",
  format: "iife",
  // Office on Windows runs panes in WebView2 (Chromium), on Mac in Safari's WebKit.
  target: ["chrome100", "safari15", "es2020"],
  minify: true,
  sourcemap: "linked",
  legalComments: "linked",
  tsconfig: "addin-excel/tsconfig.json",
  plugins: [englishZodOnly],
  logLevel: "warning",
});
for (const f of ["taskpane.html", "taskpane.css", "help.html"]) copyFileSync(join("addin-excel", f), join(OUT, f));
for (const f of readdirSync("addin-excel/assets")) if (f.endsWith(".png")) copyFileSync(join("addin-excel/assets", f), join(OUT, "assets", f));

const manifest = readFileSync("manifest/manifest.xml", "utf8");
writeFileSync(join(OUT, "manifest.xml"), withBaseUrl(manifest, base));
console.log(`${OUT} built for ${base}`);

if (values.serve) await serve(Number(values.port ?? 3000));

/**
 * The manifest with every development URL moved to `base` (the AppDomain gets the origin only).
 * @example withBaseUrl(xml, "https://example.org/renja")
 */
function withBaseUrl(xml, baseUrl) {
  const origin = xmlText(new URL(baseUrl).origin);
  const url = xmlText(baseUrl);
  return xml.replace(`<AppDomain>${DEV_BASE}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`).replaceAll(`${DEV_BASE}/`, `${url}/`);
}

/**
 * Text as it may stand in XML element text and in attribute values (`&` in a URL would end the document).
 * @example xmlText("https://example.org/r&d") // "https://example.org/r&amp;d"
 */
function xmlText(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
}

/** Serves dist/excel over HTTPS with the certificates `npx office-addin-dev-certs install` puts in ~/.office-addin-dev-certs. */
async function serve(port) {
  const { createServer } = await import("node:https");
  const dir = join(homedir(), ".office-addin-dev-certs");
  const key = join(dir, "localhost.key");
  const cert = join(dir, "localhost.crt");
  if (!existsSync(key) || !existsSync(cert)) fail(`no development certificate in ${dir}: run "npx --yes office-addin-dev-certs install" once`);
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png", ".xml": "application/xml", ".map": "application/json", ".txt": "text/plain; charset=utf-8" };
  createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname);
    const file = join(OUT, path === "/" ? "taskpane.html" : path);
    if (!file.startsWith(`${OUT}/`) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(readFileSync(file));
  }).listen(port, "127.0.0.1", () => console.log(`serving ${OUT} on https://localhost:${port} (Ctrl+C stops)`));
}

function fail(message) {
  console.error(`build-excel: ${message}`);
  process.exit(2);
}
