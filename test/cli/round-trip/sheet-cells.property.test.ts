// Property: editing cells of a worksheet part keeps rows and cells in order, writes exactly the edits, and leaves
// every other cell's XML and everything outside sheetData byte for byte.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { address } from "../../../cli/package/cell-address.js";
import { SheetCells } from "../../../cli/package/sheet-cells.js";
import { escapeXml, xmlSafe } from "../../../cli/package/xml-text.js";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData>';
const TAIL = '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

type Edit = { row: number; col: number; kind: "number" | "formula" | "text" | "style"; n: number; text: string };

function cellXml(row: number, col: number, v: number | string, s: number): string {
  const st = s === 0 ? "" : ` s="${s}"`;
  return typeof v === "number" ? `<c r="${address(row, col)}"${st}><v>${v}</v></c>` : `<c r="${address(row, col)}"${st} t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`;
}

const existing = fc.uniqueArray(fc.record({ row: fc.nat(25), col: fc.nat(30), v: fc.oneof(fc.integer(), fc.string({ maxLength: 8 })), s: fc.nat(4) }), { selector: (c) => `${c.row}:${c.col}`, maxLength: 40 });
const edits = fc.array(fc.record({ row: fc.nat(30), col: fc.nat(35), kind: fc.constantFrom("number", "formula", "text", "style"), n: fc.integer({ min: -1e9, max: 1e9 }), text: fc.string({ maxLength: 10 }) }), { maxLength: 30 });

describe("SheetCells", () => {
  it("writes the edits in row and column order and leaves every other byte as it was", () => {
    fc.assert(
      fc.property(existing, edits, (cells, list: Edit[]) => {
        const byRow = new Map<number, typeof cells>();
        for (const c of [...cells].sort((a, b) => a.row - b.row || a.col - b.col)) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
        const original = new Map(cells.map((c) => [address(c.row, c.col), cellXml(c.row, c.col, c.v, c.s)]));
        const rows = [...byRow].map(([r, cs]) => `<row r="${r + 1}" spans="1:9">${cs.map((c) => original.get(address(c.row, c.col))).join("")}</row>`);
        const xml = HEAD + rows.join("") + TAIL;
        const sheet = new SheetCells(xml, "");
        const last = new Map<string, Edit>();
        for (const e of list) {
          if (e.kind === "style") sheet.setStyle(e.row, e.col, 7);
          else sheet.setContent(e.row, e.col, e.kind === "number" ? { kind: "value", value: e.n } : e.kind === "text" ? { kind: "value", value: e.text } : { kind: "formula", formula: `=SUM(A1:A${e.row + 1})`, result: e.n });
          // A style edit keeps the cell's content edit, if any.
          last.set(address(e.row, e.col), e.kind === "style" ? (last.get(address(e.row, e.col)) ?? e) : e);
        }
        const out = sheet.text();
        expect(out.startsWith(HEAD)).toBe(true);
        expect(out.endsWith(TAIL)).toBe(true);
        let lastRow = 0;
        const seen = new Map<string, string>();
        for (const m of out.slice(HEAD.length, out.length - TAIL.length).matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
          const r = Number(m[1]);
          expect(r).toBeGreaterThan(lastRow);
          lastRow = r;
          let lastCol = -1;
          for (const c of (m[2] ?? "").matchAll(/<c r="([A-Z]+)(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
            expect(Number(c[2])).toBe(r);
            const col = [...(c[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
            expect(col).toBeGreaterThan(lastCol);
            lastCol = col;
            seen.set(`${c[1]}${c[2]}`, c[0]);
          }
        }
        for (const [a, before] of original) if (!last.has(a)) expect(seen.get(a), a).toBe(before);
        for (const [a, e] of last) {
          const got = seen.get(a) ?? "";
          const styled = list.some((x) => x.kind === "style" && address(x.row, x.col) === a);
          if (styled) expect(got, a).toContain(' s="7"');
          if (e.kind === "number") expect(got, a).toContain(`<v>${e.n}</v>`);
          if (e.kind === "formula") expect(got, a).toContain(`<f>SUM(A1:A${e.row + 1})</f><v>${e.n}</v>`);
          if (e.kind === "text") expect(got, a).toContain(`<t xml:space="preserve">${escapeXml(xmlSafe(e.text))}</t>`);
          if (e.kind === "style" && original.has(a)) expect(got.replace(/ s="\d+"/, ""), a).toBe((original.get(a) ?? "").replace(/ s="\d+"/, ""));
        }
      }),
      { numRuns: 300 },
    );
  });
});
