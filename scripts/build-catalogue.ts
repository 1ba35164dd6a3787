// `npm run catalogue`: regenerates core/nomenclature/builtin-data.ts (the built-in catalogue) from the official
// lists in data/nomenklatur/ — the 1317/2023 lampiran, SIPD's 2027 export and satuan.xlsx.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { importLampiran } from "../cli/nomenclature-import.js";
import { sipdToCatalogues } from "../cli/nomenclature-import-sipd.js";
import { readUnitAliases } from "../cli/nomenclature-units.js";
import { readGrids } from "../cli/read-file.js";
import { builtinCatalogues, catalogueModuleText, LAMPIRAN, SATUAN, setInfo, SIPD } from "./catalogue-module.js";

const ROOT = join(import.meta.dirname, "..");
const DATA = join(ROOT, "data/nomenklatur");
const OUT = join(ROOT, "core/nomenclature/builtin-data.ts");

const lampiran = await importLampiran(join(DATA, LAMPIRAN.file), { version: LAMPIRAN.version });
const [sipdGrid] = await readGrids(join(DATA, SIPD.file));
if (!sipdGrid) throw new Error(`${SIPD.file} has no sheet`);
const sipd = sipdToCatalogues(sipdGrid, SIPD.version, SIPD.file);
for (const w of [...lampiran.warnings, ...sipd.warnings]) console.warn(`warning: ${w}`);
const catalogues = builtinCatalogues(lampiran, sipd);
const text = catalogueModuleText(catalogues, await readUnitAliases(join(DATA, SATUAN)));
writeFileSync(OUT, text);
for (const c of catalogues) console.log(`${c.version} (${c.pemda}): ${setInfo(c).counts.join(" / ")} entries by level`);
console.log(`wrote ${OUT}: ${(text.length / 1024).toFixed(0)} KiB`);
