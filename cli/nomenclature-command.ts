// `renja nomenclature import FILE.xlsx [-o catalogue.json]`: the official lampiran → catalogue JSON; and
// loading a catalogue for `renja check --nomenclature FILE`.
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { builtinSource, builtinVersions, catalogueFromJson, findBuiltinVersion, nomenclatureRules, type Catalogue, type CatalogueResult, type Pemda } from "../core/nomenclature/index.js";
import type { Rule } from "../core/table.js";
import { importLampiran, LampiranError } from "./nomenclature-import.js";
import { ReadError } from "./read-file.js";

export const NOMENCLATURE_USAGE = `Pemakaian / usage:
  renja nomenclature import LAMPIRAN.xlsx [-o catalogue.json] [--sheet NAME] [--catalogue-version TEXT] [--pemda prov|kabkota]

Membaca lampiran nomenklatur (.xlsx: URUSAN | BIDANG | PROGRAM | KEGIATAN | SUB KEGIATAN | NOMENKLATUR |
KINERJA | INDIKATOR | SATUAN) atau ekspor SIPD (JENIS PEMDA | BIDANG | PROGRAM | KEGIATAN | SUBKEGIATAN | …)
menjadi katalog JSON untuk "renja check --nomenclature catalogue.json"; --pemda memilih daftar ekspor SIPD.
Reads the nomenclature lampiran or SIPD's export into a catalogue JSON for "renja check --nomenclature
catalogue.json"; --pemda picks the list of a SIPD export (default kabkota).
Exit status: 0 imported (warnings on stderr), 2 the file or its header could not be read.`;

/**
 * Runs `renja nomenclature …` (argv without "nomenclature") and returns the exit status.
 * @example await nomenclatureMain(["import", "lampiran.xlsx", "-o", "catalogue.json"])
 */
export async function nomenclatureMain(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        sheet: { type: "string" },
        "catalogue-version": { type: "string" },
        pemda: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    err(`${(e as Error).message}\n\n${NOMENCLATURE_USAGE}\n`);
    return 2;
  }
  const [sub, file, ...rest] = parsed.positionals;
  if (parsed.values.help || sub === undefined) {
    out(`${NOMENCLATURE_USAGE}\n`);
    return 0;
  }
  if (sub !== "import" || file === undefined || rest.length > 0) {
    err(`${sub !== "import" ? `unknown nomenclature command "${sub}"` : file === undefined ? "give the lampiran .xlsx file" : `one file at a time (got ${rest.length + 1})`}\n\n${NOMENCLATURE_USAGE}\n`);
    return 2;
  }
  const pemda = parsed.values.pemda;
  if (pemda !== undefined && pemda !== "prov" && pemda !== "kabkota") {
    err(`--pemda is prov or kabkota (got "${pemda}")\n\n${NOMENCLATURE_USAGE}\n`);
    return 2;
  }
  try {
    const version = parsed.values["catalogue-version"];
    const result = await importLampiran(file, {
      ...(parsed.values.sheet !== undefined ? { sheet: parsed.values.sheet } : {}),
      ...(version !== undefined ? { version } : {}),
      ...(pemda !== undefined ? { pemda: pemda as Pemda } : {}),
    });
    const json = `${JSON.stringify(result.catalogue, null, 2)}\n`;
    if (parsed.values.output) await writeFile(parsed.values.output, json);
    else out(json);
    const c = result.counts;
    err(
      `renja: ${result.catalogue.entries.length} ${result.catalogue.entries.length === 1 ? "entry" : "entries"} from sheet "${result.sheet}" (header row ${result.headerRow}): ` +
        `${c[1]} urusan, ${c[2]} bidang, ${c[3]} program, ${c[4]} kegiatan, ${c[5]} sub kegiatan` +
        `${result.placeholders > 0 ? ` (and ${result.placeholders} placeholder rows of urusan X / bidang X.XX)` : ""}${result.catalogue.pemda ? `, ${result.catalogue.pemda}` : ""}; version "${result.catalogue.version}"` +
        `${parsed.values.output ? ` → ${parsed.values.output}` : ""}\n`,
    );
    for (const w of result.warnings) err(`renja: warning: ${w}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ReadError || e instanceof LampiranError) {
      err(`renja: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/**
 * Reads a catalogue JSON file (from `renja nomenclature import` or written by hand); throws ReadError
 * with one sentence when it cannot be read or does not fit the catalogue schema.
 * @example const catalogue = await loadCatalogueFile("catalogue.json");
 */
export async function loadCatalogueFile(path: string): Promise<Catalogue> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new ReadError(`cannot read nomenclature ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const parsed = catalogueFromJson(text);
  if (!parsed.ok) throw new ReadError(`nomenclature ${path} is ${parsed.message.replace("catalogue.json", path)}`);
  return parsed.catalogue;
}

/** The nomenclature arguments of a command. */
export interface NomenclatureArgs {
  nomenclature?: string | undefined;
  "no-nomenclature"?: boolean | undefined;
  /** A built-in version for every table instead of the version of each table's year. */
  "nomenclature-version"?: string | undefined;
}

/**
 * The nomenclature rules `renja check` runs: the built-in lists by default (each table against the version of its
 * year, or `--nomenclature-version`), the file given with `--nomenclature`, none with `--no-nomenclature`. Throws
 * ReadError when the file cannot be used or the version is not built in.
 * @example const rules = await checkNomenclatureRules({ nomenclature: "catalogue.json" });
 */
export async function checkNomenclatureRules(args: NomenclatureArgs): Promise<Rule[]> {
  if (args["no-nomenclature"]) return [];
  if (args.nomenclature !== undefined) return nomenclatureRules(await loadCatalogueFile(args.nomenclature));
  const asked = args["nomenclature-version"];
  if (asked === undefined) return nomenclatureRules(builtinSource());
  const version = findBuiltinVersion(asked);
  if (version === null) throw new ReadError(`--nomenclature-version "${asked}" is not a built-in version (${builtinVersions().join(", ")})`);
  return nomenclatureRules(builtinSource({ version }));
}

/**
 * `checkNomenclatureRules` for a command: a catalogue that cannot be used is said on stderr and gives exit
 * status 2 instead of rules.
 * @example const rules = await nomenclatureRulesOrExit(args, io.err); if (typeof rules === "number") return rules;
 */
export async function nomenclatureRulesOrExit(args: NomenclatureArgs, err: (s: string) => void): Promise<Rule[] | 2> {
  try {
    return await checkNomenclatureRules(args);
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    err(`renja: ${e.message}\n`);
    return 2;
  }
}

/** The nomenclature rules for one workbook, and what to say about the catalogue they come from. */
export interface WorkbookRules {
  rules: Rule[];
  /** Set when the workbook's own catalogue is used. */
  nomenclature?: { source: "workbook"; version: string; entries: number };
  /** Set when the workbook keeps a catalogue that cannot be read. */
  warning?: string;
}

/**
 * The rules for a workbook: its kept catalogue (loaded in an add-in) when the command named none
 * (`useKept`), else the command's rules (`given`).
 * @example rulesForWorkbook(keptCatalogue(wb), rules, args.nomenclature === undefined && !args["no-nomenclature"])
 */
export function rulesForWorkbook(kept: CatalogueResult | null, given: Rule[], useKept: boolean): WorkbookRules {
  if (!useKept || !kept) return { rules: given };
  if (!kept.ok) return { rules: given, warning: `${kept.message}; checked with the built-in catalogue` };
  return { rules: nomenclatureRules(kept.catalogue), nomenclature: { source: "workbook", version: kept.catalogue.version, entries: kept.catalogue.entries.length } };
}

/** True when a command names no catalogue or built-in version of its own, so a workbook's kept one applies. */
export function usesKeptCatalogue(args: NomenclatureArgs): boolean {
  return args.nomenclature === undefined && !args["no-nomenclature"] && args["nomenclature-version"] === undefined;
}
