// The whole report of every seed fixture as a reviewed snapshot: any change in what the checker says shows up in review.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGrids } from "../../cli/read-file.js";
import { checkGrid } from "../../core/check.js";

const XLSX = join(import.meta.dirname, "../fixtures/xlsx");
const files = readdirSync(XLSX).filter((f) => f.endsWith(".xlsx")).sort();

describe("seed fixture reports", () => {
  it.each(files)("%s", async (file) => {
    const reports = (await readGrids(join(XLSX, file))).map((g) => checkGrid(g).report);
    const lines = reports.flatMap((r) => [
      `# ${r.name}: ${r.family}, header rows ${r.headerRows.join(",")}, ${r.dataRows} data rows`,
      `# columns: ${r.columns.map((c) => `${c.column}=${c.role}`).join(" ")}`,
      `# summary: ${JSON.stringify(r.summary)}`,
      ...r.issues.map((i) => `${i.severity.padEnd(7)} ${`${i.column ?? ""}${i.row}`.padEnd(5)} ${i.rule.padEnd(22)} ${i.message}`),
    ]);
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot(`snapshots/${file.replace(/\.xlsx$/, ".report.txt")}`);
  });
});
