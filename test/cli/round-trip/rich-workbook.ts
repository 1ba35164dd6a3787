// A Renja workbook with everything exceljs used to drop: a chart (injected at zip level), images, print titles, a
// validation, a conditional format, a defined name, a hidden sheet and notes with a real author.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XLSX_FIXTURES } from "../cli-helpers.js";

const PNG_BYTES = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const PNG = PNG_BYTES as unknown as ExcelJS.Buffer;

export const TABLE_SHEET = "Tabel 3.1";
export const CHART_PART = "xl/charts/chart1.xml";
export const NOTE_AUTHOR = "Bappeda Dumai";

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Tabel 3.1'!$R$9:$R$20</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>
`;

const ANCHOR =
  '<xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="10" name="Grafik Pagu"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
  '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';

/**
 * Writes the rich workbook to `path`: Dumai's Tabel 3.1 (it has findings to flag) with an image, print titles, a
 * validation, a conditional format, a defined name and notes; a hidden sheet; a sheet "Grafik" with a bar chart.
 * @example await richWorkbook(join(dir, "rich.xlsx"));
 */
export async function richWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(XLSX_FIXTURES, "dumai-perubahan-3-1.xlsx"));
  const ws = wb.getWorksheet(TABLE_SHEET);
  if (!ws) throw new Error("fixture without Tabel 3.1");
  ws.pageSetup.printTitlesRow = "1:7";
  // exceljs has range validations (`dataValidations.add`) without typing them.
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add("T9:T20", { type: "decimal", operator: "between", formulae: [0, 100], allowBlank: true, showErrorMessage: true });
  ws.addConditionalFormatting({ ref: "R9:R20", rules: [{ type: "cellIs", operator: "lessThan", formulae: [0], priority: 1, style: { font: { color: { argb: "FFFF0000" } } } }] });
  wb.definedNames.add(`'${TABLE_SHEET}'!$R$9`, "PaguProgram");
  // A note on a flagged cell (kept under ours) and one on a cell no finding touches.
  ws.getCell("R50").note = "angka dari Bappeda";
  ws.getCell("B3").note = "sumber: SIPD";
  ws.addImage(wb.addImage({ buffer: PNG, extension: "png" }), "AB2:AC4");
  const hidden = wb.addWorksheet("Catatan", { state: "hidden" });
  hidden.getCell("A1").value = "catatan internal";
  const charts = wb.addWorksheet("Grafik");
  charts.getCell("A1").value = "Grafik pagu";
  charts.addImage(wb.addImage({ buffer: PNG, extension: "png" }), "A3:B4");
  await wb.xlsx.writeFile(path);
  await addChartAndAuthor(path);
}

/** Adds the chart to the drawing of sheet "Grafik" and gives the notes a real author (exceljs writes "Author"). */
async function addChartAndAuthor(path: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const wbXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const rid = /<sheet [^>]*name="Grafik"[^>]*r:id="([^"]+)"/.exec(wbXml)?.[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="/?(?:xl/)?([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  const sheetRels = `xl/worksheets/_rels/${(target ?? "").split("/").pop()}.rels`;
  const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec((await zip.file(sheetRels)?.async("string")) ?? "")?.[1];
  if (!drawing) throw new Error("no drawing on Grafik");
  const drawingPath = `xl/drawings/${drawing}`;
  const drawingRels = `xl/drawings/_rels/${drawing}.rels`;
  const dx = (await zip.file(drawingPath)?.async("string")) ?? "";
  zip.file(drawingPath, dx.replace(/<\/xdr:wsDr>\s*$/, `${ANCHOR}</xdr:wsDr>`));
  const dr = (await zip.file(drawingRels)?.async("string")) ?? "";
  zip.file(drawingRels, dr.replace("</Relationships>", '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>'));
  zip.file(CHART_PART, CHART);
  const ct = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file("[Content_Types].xml", ct.replace("</Types>", '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/comments\d+\.xml$/.test(n))) {
    const c = (await zip.file(name)?.async("string")) ?? "";
    zip.file(name, c.replace(/<author>[^<]*<\/author>/, `<author>${NOTE_AUTHOR}</author>`));
  }
  await writeFile(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** Every part of an .xlsx as bytes, by path. */
export async function partsOf(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("nodebuffer"));
  return out;
}
