// xl/workbook.xml: which part holds which sheet, the very hidden flag-store sheet added or removed, calculation on load.
import { OpcPackage, REL } from "./opc-package.js";
import { Refusal } from "./refusal.js";
import { attr, escapeXml, findElement, findElements, reEscape, setAttr, splice } from "./xml-text.js";

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

export interface SheetPart {
  name: string;
  path: string;
  relId: string;
}

/** The workbook part of a package and its sheets in order. */
export async function workbookParts(pkg: OpcPackage): Promise<{ path: string; sheets: SheetPart[] }> {
  const main = (await pkg.rels("")).find((r) => r.type === REL.officeDocument);
  if (!main) throw new Refusal("_rels/.rels", "missing");
  const xml = await pkg.need(main.path);
  if (xml.includes(STRICT_NS)) throw new Refusal(main.path, "strict");
  const rels = await pkg.rels(main.path);
  const p = /<(\w+:)?workbook[\s>]/.exec(xml)?.[1] ?? "";
  const sheets = findElements(findElement(xml, `${p}sheets`)?.inner ?? "", `${p}sheet`).map((s) => {
    const relId = /\s\w+:id="([^"]*)"/.exec(s.tag)?.[1] ?? "";
    return { name: attr(s.tag, "name") ?? "", relId, path: rels.find((r) => r.id === relId)?.path ?? "" };
  });
  return { path: main.path, sheets };
}

/** Asks Excel to recalculate every formula on open (as the written cached results are only the checker's). */
export async function setFullCalcOnLoad(pkg: OpcPackage, wbPath: string): Promise<void> {
  const xml = await pkg.need(wbPath);
  const p = /<(\w+:)?workbook[\s>]/.exec(xml)?.[1] ?? "";
  const calc = findElement(xml, `${p}calcPr`);
  if (calc) {
    if (attr(calc.tag, "fullCalcOnLoad") === "1") return;
    pkg.set(wbPath, splice(xml, calc.start, calc.start + calc.tag.length, setAttr(calc.tag, "fullCalcOnLoad", "1")));
    return;
  }
  // CT_Workbook order: calcPr follows sheets, functionGroups, externalReferences and definedNames.
  let at = -1;
  for (const name of ["sheets", "functionGroups", "externalReferences", "definedNames"]) {
    const f = findElement(xml, `${p}${name}`);
    if (f) at = Math.max(at, f.end);
  }
  if (at < 0) throw new Refusal(wbPath, "list");
  pkg.set(wbPath, splice(xml, at, at, `<${p}calcPr fullCalcOnLoad="1"/>`));
}

/** Removes the calculation chain (a cache Excel rebuilds): needed when a formula cell becomes a value. */
export async function dropCalcChain(pkg: OpcPackage, wbPath: string): Promise<void> {
  const rel = (await pkg.rels(wbPath)).find((r) => r.type === REL.calcChain);
  if (!rel) return;
  pkg.remove(rel.path);
  await pkg.removeRel(wbPath, rel.id);
  await pkg.removeOverride(rel.path);
}

/** A worksheet part holding text rows (inline strings, column A, B, C …). */
export function textSheetXml(rows: readonly (readonly (string | number)[])[]): string {
  const cells = (row: readonly (string | number)[], r: number) =>
    row
      .map((v, c) => {
        const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
        return typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
      })
      .join("");
  const body = rows.map((row, r) => `<row r="${r + 1}">${cells(row, r)}</row>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** Adds a very hidden sheet `name` with the given part XML as the last sheet, or replaces the part of the sheet of that name. */
export async function putHiddenSheet(pkg: OpcPackage, name: string, partXml: string): Promise<void> {
  const wb = await workbookParts(pkg);
  const have = wb.sheets.find((s) => s.name === name);
  if (have?.path) {
    pkg.set(have.path, partXml);
    return;
  }
  const path = pkg.freePath("xl/worksheets/sheet", ".xml");
  pkg.set(path, partXml);
  await pkg.addOverride(path, SHEET_TYPE);
  const id = await pkg.addRel(wb.path, REL.worksheet, path);
  const xml = await pkg.need(wb.path);
  const p = /<(\w+:)?workbook[\s>]/.exec(xml)?.[1] ?? "";
  const list = findElement(xml, `${p}sheets`);
  if (!list || list.inner === null) throw new Refusal(wb.path, "list");
  const ids = findElements(list.inner, `${p}sheet`).map((s) => Number(attr(s.tag, "sheetId") ?? 0));
  const rp = new RegExp(`xmlns:(\\w+)="${reEscape(R_NS)}"`).exec(xml)?.[1];
  const rid = rp ? `${rp}:id="${id}"` : `xmlns:r="${R_NS}" r:id="${id}"`;
  const el = `<${p}sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...ids) + 1}" state="veryHidden" ${rid}/>`;
  const at = list.end - `</${p}sheets>`.length;
  pkg.set(wb.path, splice(xml, at, at, el));
}

/** Removes sheet `name` (part, relationships, content type, its entry; sheet-local names and view indexes shifted). */
export async function removeSheet(pkg: OpcPackage, name: string): Promise<void> {
  const wb = await workbookParts(pkg);
  const index = wb.sheets.findIndex((s) => s.name === name);
  const sheet = wb.sheets[index];
  if (!sheet) return;
  if (sheet.path) {
    pkg.remove(sheet.path);
    const rels = OpcPackage.relsPath(sheet.path);
    if (pkg.has(rels)) pkg.remove(rels);
    await pkg.removeOverride(sheet.path);
  }
  await pkg.removeRel(wb.path, sheet.relId);
  let xml = await pkg.need(wb.path);
  const p = /<(\w+:)?workbook[\s>]/.exec(xml)?.[1] ?? "";
  xml = xml.replace(new RegExp(`<${reEscape(p)}sheet\\s[^>]*name="${reEscape(escapeXml(name))}"[^>]*/>`), "");
  if (index < wb.sheets.length - 1) xml = shiftSheetIndexes(xml, p, index);
  pkg.set(wb.path, xml);
}

/** Sheet indexes after a removed sheet move down by one: defined names' localSheetId, the view's active and first tab. */
function shiftSheetIndexes(xml: string, p: string, removed: number): string {
  let out = xml.replace(new RegExp(`<${reEscape(p)}definedName\\s[^>]*>[\\s\\S]*?</${reEscape(p)}definedName>`, "g"), (el) => {
    const local = attr(el, "localSheetId");
    if (local === undefined) return el;
    const n = Number(local);
    if (n === removed) return "";
    return n > removed ? el.replace(/localSheetId="\d+"/, `localSheetId="${n - 1}"`) : el;
  });
  out = out.replace(new RegExp(`<${reEscape(p)}workbookView\\s[^>]*>`, "g"), (tag) => {
    let t = tag;
    for (const a of ["activeTab", "firstSheet"]) {
      const v = attr(t, a);
      if (v !== undefined && Number(v) > removed) t = setAttr(t, a, String(Number(v) - 1));
    }
    return t;
  });
  return out;
}
