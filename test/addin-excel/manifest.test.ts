// The Excel manifest, checked offline (Microsoft's validator needs the network): well-formed XML (saxes, the strict
// parser exceljs already brings), element order of the TaskPaneApp schema, every resid defined and used, HTTPS
// URLs, string lengths, Indonesian default with English overrides; and the production copy the build writes.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

interface El {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/** Parses with namespaces; throws on anything that is not well-formed. */
function parse(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const stack: El[] = [];
  let root: El | null = null;
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      const at = a as { uri: string; local: string; prefix: string; name: string; value: string };
      if (at.prefix === "xmlns" || at.name === "xmlns") continue;
      attrs[at.uri === NS.xsi ? `xsi:${at.local}` : at.local] = at.value;
    }
    const el: El = { name: tag.local ?? tag.name, ns: tag.uri ?? "", attrs, children: [], text: "" };
    stack[stack.length - 1]?.children.push(el);
    stack.push(el);
    root ??= el;
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

const kids = (el: El, name?: string) => el.children.filter((c) => name === undefined || c.name === name);
const one = (el: El, name: string): El => {
  const found = kids(el, name);
  expect(found, `${el.name} > ${name}`).toHaveLength(1);
  return found[0] as El;
};
function all(el: El, pred: (e: El) => boolean, out: El[] = []): El[] {
  if (pred(el)) out.push(el);
  for (const c of el.children) all(c, pred, out);
  return out;
}

/** The children's names follow `sequence` (each optional unless in `required`), nothing else in between. */
function expectOrder(el: El, sequence: string[], required: string[]): void {
  const names = kids(el).map((c) => c.name);
  for (const r of required) expect(names, `${el.name} needs ${r}`).toContain(r);
  let at = 0;
  for (const n of names) {
    const i = sequence.indexOf(n, at);
    expect(i, `${el.name}: <${n}> is unknown here or out of order (children: ${names.join(", ")})`).toBeGreaterThanOrEqual(0);
    at = i;
  }
}

const manifestXml = readFileSync(join(ROOT, "manifest/manifest.xml"), "utf8");

describe("manifest/manifest.xml", () => {
  const root = parse(manifestXml);

  it("is a TaskPaneApp with the schema's element order", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.ns).toBe(NS.app);
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expectOrder(
      root,
      ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "AllowSnapshot", "VersionOverrides"],
      ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"],
    );
    expect(one(root, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one(root, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one(root, "Permissions").text).toBe("ReadWriteDocument");
    expect(kids(one(root, "Hosts"), "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(one(one(root, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toMatch(/\/taskpane\.html$/);
  });

  it("asks for the Excel API set the adapter needs (1.9: getCellProperties, ranges by index)", () => {
    const sets = one(one(root, "Requirements"), "Sets");
    expect(kids(sets, "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([["ExcelApi", "1.9"]]);
  });

  it("is Indonesian by default with English overrides", () => {
    expect(one(root, "DefaultLocale").text).toBe("id-ID");
    for (const name of ["DisplayName", "Description"]) {
      const el = one(root, name);
      expect(el.attrs.DefaultValue?.length).toBeGreaterThan(0);
      expect(kids(el, "Override").map((o) => o.attrs.Locale)).toEqual(["en-US"]);
    }
    for (const s of all(root, (e) => e.name === "String" && e.ns === NS.bt)) {
      expect(kids(s, "Override").map((o) => o.attrs.Locale), `${s.attrs.id} has an English override`).toEqual(["en-US"]);
    }
  });

  it("opens the pane from a button on the Home tab (VersionOverrides in schema order)", () => {
    const vo = one(root, "VersionOverrides");
    expect(vo.ns).toBe(NS.ov);
    expect(vo.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expectOrder(vo, ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo"], ["Hosts", "Resources"]);
    const host = one(one(vo, "Hosts"), "Host");
    expect(host.attrs["xsi:type"]).toBe("Workbook");
    const desktop = one(host, "DesktopFormFactor");
    expectOrder(desktop, ["GetStarted", "FunctionFile", "ExtensionPoint"], ["FunctionFile", "ExtensionPoint"]);
    expectOrder(one(desktop, "GetStarted"), ["Title", "Description", "LearnMoreUrl"], ["Title", "Description"]);
    const ext = one(desktop, "ExtensionPoint");
    expect(ext.attrs["xsi:type"]).toBe("PrimaryCommandSurface");
    const tab = one(ext, "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = one(tab, "Group");
    expectOrder(group, ["Label", "Icon", "Control"], ["Label", "Icon", "Control"]);
    const button = one(group, "Control");
    expect(button.attrs["xsi:type"]).toBe("Button");
    expectOrder(button, ["Label", "Supertip", "Icon", "Action"], ["Label", "Supertip", "Icon", "Action"]);
    expectOrder(one(button, "Supertip"), ["Title", "Description"], ["Title", "Description"]);
    const action = one(button, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expectOrder(action, ["TaskpaneId", "SourceLocation"], ["SourceLocation"]);
    for (const icon of [one(group, "Icon"), one(button, "Icon")]) expect(kids(icon, "Image").map((i) => i.attrs.size)).toEqual(["16", "32", "80"]);
    const ids = all(root, (e) => e.attrs.id !== undefined && e.ns === NS.ov).map((e) => e.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("defines every resid it uses, of the right kind, and uses every resource it defines", () => {
    const resources = one(one(root, "VersionOverrides"), "Resources");
    expectOrder(resources, ["Images", "Urls", "ShortStrings", "LongStrings"], ["Images", "Urls", "ShortStrings", "LongStrings"]);
    const defined = new Map<string, string>();
    for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
      for (const r of kids(one(resources, kind))) {
        const id = r.attrs.id ?? "";
        expect(defined.has(id), `${id} defined twice`).toBe(false);
        expect(id.length, `${id}: resid of at most 32 characters`).toBeLessThanOrEqual(32);
        defined.set(id, kind);
      }
    }
    const kindOf = (e: El, parent: El): string => {
      if (e.name === "Image") return "Images";
      if (["SourceLocation", "LearnMoreUrl", "FunctionFile"].includes(e.name)) return "Urls";
      if (e.name === "Label" || e.name === "Title") return "ShortStrings";
      if (e.name === "Description" && parent.name !== "VersionOverrides") return "LongStrings";
      throw new Error(`resid on unexpected element ${e.name}`);
    };
    const used = new Set<string>();
    const walk = (e: El, parent: El) => {
      const resid = e.attrs.resid;
      if (resid !== undefined) {
        expect(defined.get(resid), `resid "${resid}" on <${e.name}>`).toBe(kindOf(e, parent));
        used.add(resid);
      }
      for (const c of e.children) walk(c, e);
    };
    walk(root, root);
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("uses HTTPS URLs only, and strings within the schema's lengths", () => {
    const urls = all(root, () => true).flatMap((e) => [...Object.values(e.attrs).filter((v) => /^[a-z]+:\/\//i.test(v)), ...(e.name === "AppDomain" ? [e.text] : [])]);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u, u).toMatch(/^https:\/\//);
    const longest = (e: El) => Math.max((e.attrs.DefaultValue ?? "").length, ...kids(e, "Override").map((o) => (o.attrs.Value ?? "").length));
    const resources = one(one(root, "VersionOverrides"), "Resources");
    for (const s of kids(one(resources, "ShortStrings"))) expect(longest(s), s.attrs.id).toBeLessThanOrEqual(125);
    for (const s of kids(one(resources, "LongStrings"))) expect(longest(s), s.attrs.id).toBeLessThanOrEqual(250);
    expect(longest(one(root, "DisplayName"))).toBeLessThanOrEqual(125);
    expect(longest(one(root, "Description"))).toBeLessThanOrEqual(250);
  });

  it("points at icons that exist, with the sizes it says", () => {
    const images = all(root, (e) => e.name === "Image" && e.attrs.DefaultValue !== undefined);
    const files = [one(root, "IconUrl"), one(root, "HighResolutionIconUrl"), ...images].map((e) => e.attrs.DefaultValue ?? "");
    for (const url of files) {
      const name = url.replace(/^.*\/assets\//, "");
      const png = readFileSync(join(ROOT, "addin-excel/assets", name));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      const size = Number(/icon-(\d+)\.png$/.exec(name)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([size, size]);
      expect(png.length, `${name} stays tiny`).toBeLessThan(4096);
    }
  });
});

describe("the production manifest the build writes", () => {
  it("moves every URL to --base-url and the AppDomain to its origin", () => {
    const out = mkdtempSync(join(tmpdir(), "renja-excel-manifest-"));
    try {
      execFileSync(process.execPath, [join(ROOT, "scripts/build-excel.mjs"), "--base-url", "https://example.org/renja/", "--out", out], { cwd: ROOT, stdio: "pipe" });
      const built = parse(readFileSync(join(out, "manifest.xml"), "utf8"));
      const urls = all(built, () => true).flatMap((e) => Object.values(e.attrs).filter((v) => v.startsWith("http")));
      expect(urls.length).toBeGreaterThan(8);
      for (const u of urls) expect(u).toMatch(/^https:\/\/example\.org\/renja\/[a-z0-9/._-]+$/);
      expect(all(built, (e) => e.name === "AppDomain").map((e) => e.text)).toEqual(["https://example.org"]);
      const html = readFileSync(join(out, "taskpane.html"), "utf8");
      expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "taskpane.js"]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("escapes the base URL for XML: an `&` in its path keeps the manifest well-formed", () => {
    const out = mkdtempSync(join(tmpdir(), "renja-excel-manifest-"));
    try {
      execFileSync(process.execPath, [join(ROOT, "scripts/build-excel.mjs"), "--base-url", "https://example.org/r&d/o'brien", "--out", out], { cwd: ROOT, stdio: "pipe" });
      const xml = readFileSync(join(out, "manifest.xml"), "utf8");
      const built = parse(xml);
      const urls = all(built, () => true).flatMap((e) => Object.values(e.attrs).filter((v) => v.startsWith("http")));
      expect(urls.length).toBeGreaterThan(8);
      for (const u of urls) expect(u).toMatch(/^https:\/\/example\.org\/r&d\/o'brien\/[a-z0-9/._-]+$/);
      expect(xml).toContain("https://example.org/r&amp;d/o&apos;brien/taskpane.html");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("refuses a base URL that is not https", () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, "scripts/build-excel.mjs"), "--base-url", "http://example.org", "--out", join(tmpdir(), "renja-never")], { cwd: ROOT, stdio: "pipe" })).toThrow(/https/);
  });
});
