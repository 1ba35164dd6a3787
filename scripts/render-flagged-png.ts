// Renders docs/flagged-dumai.png: Dumai Tabel 3.1 flagged by `renja fix --flags`, the rows around the findings, through LibreOffice and pdftoppm.
// Run: npx tsx scripts/render-flagged-png.ts (needs soffice and pdftoppm).
import { spawnSync } from "node:child_process";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../cli/main.js";

const dir = await mkdtemp(join(tmpdir(), "renja-png-"));
try {
  const flagged = join(dir, "dumai-flagged.xlsx");
  await main(["fix", "test/fixtures/xlsx/dumai-perubahan-3-1.xlsx", "-o", flagged, "--flags", "--lang", "en"]);
  // Show the code, the name and the money columns of the header and of the flagged rows; hide the rest.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(flagged);
  const ws = wb.getWorksheet("Tabel 3.1");
  if (!ws) throw new Error("no sheet Tabel 3.1");
  const keep = (r: number) => r <= 5 || (r >= 31 && r <= 36) || (r >= 44 && r <= 51) || r >= 94;
  for (let r = 6; r <= ws.rowCount; r++) ws.getRow(r).hidden = !keep(r);
  for (const c of ["G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "U"]) ws.getColumn(c).hidden = true;
  ws.getColumn("F").width = 48;
  ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1, printArea: "A1:U98" };
  await wb.xlsx.writeFile(flagged);
  const lo = spawnSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, flagged], { encoding: "utf8" });
  if (lo.status !== 0) throw new Error(`soffice: ${lo.stderr}`);
  const png = spawnSync("pdftoppm", ["-r", "150", "-png", "-singlefile", "-f", "1", "-l", "1", join(dir, "dumai-flagged.pdf"), join(dir, "page")], { encoding: "utf8" });
  if (png.status !== 0) throw new Error(`pdftoppm: ${png.stderr}`);
  await copyFile(join(dir, "page.png"), "docs/flagged-dumai.png");
  process.stdout.write("docs/flagged-dumai.png\n");
} finally {
  await rm(dir, { recursive: true, force: true });
}
