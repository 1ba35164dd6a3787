// Command-line arguments of `renja`, parsed with node:util and validated with zod.
import { parseArgs } from "node:util";
import { z } from "zod";

export const checkArgsSchema = z.object({
  command: z.literal("check"),
  files: z.array(z.string()).min(1, "give at least one .xlsx or .csv file"),
  sheet: z.string().optional(),
  format: z.enum(["text", "json", "html"]).default("text"),
  lang: z.enum(["id", "en"]).default("id"),
  bidang: z.string().regex(/^\d\.\d{2}$/, "bidang looks like 1.06").optional(),
  output: z.string().optional(),
  /** Replace an existing -o file. */
  overwrite: z.boolean().optional(),
  /** Catalogue JSON (from `renja nomenclature import`) instead of the built-in one. */
  nomenclature: z.string().optional(),
  /** Skip the nomenclature rules. */
  "no-nomenclature": z.boolean().optional(),
  /** A built-in nomenclature version for every table (`2027`, `1317`) instead of the version of each table's year. */
  "nomenclature-version": z.string().optional(),
});
export type CheckArgs = z.infer<typeof checkArgsSchema>;

export const USAGE = `Pemakaian / usage:
  renja check FILE... [--sheet NAME] [--format text|json|html] [--lang id|en] [--bidang 1.06] [-o OUT [--overwrite]]
              [--nomenclature catalogue.json | --no-nomenclature | --nomenclature-version 1317|2027]
  renja nomenclature import LAMPIRAN.xlsx [-o catalogue.json]
  renja fix FILE.xlsx -o OUT.xlsx [--totals] [--flags] [--predikat-colours] [--force] [--convert-text-numbers] [--in-place] [--overwrite]
  renja clear FILE.xlsx -o OUT.xlsx [--in-place] [--overwrite]
  renja template rencana|perubahan|evaluasi -o FILE.xlsx

Memeriksa tabel Renja pada berkas .xlsx/.csv dan melaporkan setiap ketidaksesuaian.
Checks Renja tables in .xlsx/.csv files and reports every inconsistency.
Nomenklatur: katalog bawaan, atau katalog yang disimpan add-in di buku kerja, atau --nomenclature.
Nomenclature: the built-in catalogue, or the one an add-in kept in the workbook, or --nomenclature.
Katalog bawaan: Kepmendagri 900.1.15.5-1317/2023 untuk tabel 2024–2026, SIPD 2027 untuk 2027 dst.
Built-in: Kepmendagri 900.1.15.5-1317/2023 for tables of 2024–2026, SIPD 2027 for 2027 on (--nomenclature-version).
Exit status: 0 no error, 1 error findings, 2 a file could not be read.`;

/**
 * Parses argv (without node and script) into check arguments, or a usage error message.
 * @example parseCliArgs(["check", "a.xlsx", "--format", "json"]) // { ok: true, args: {...} }
 */
export function parseCliArgs(argv: string[]): { ok: true; args: CheckArgs } | { ok: false; message: string; help?: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sheet: { type: "string" },
        format: { type: "string" },
        lang: { type: "string" },
        bidang: { type: "string" },
        output: { type: "string", short: "o" },
        overwrite: { type: "boolean" },
        nomenclature: { type: "string" },
        "no-nomenclature": { type: "boolean" },
        "nomenclature-version": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
  if (parsed.values.help || parsed.positionals.length === 0) return { ok: false, message: USAGE, help: true };
  const [command, ...files] = parsed.positionals;
  const result = checkArgsSchema.safeParse({ command, files, ...parsed.values });
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join(".") || "arguments";
    return { ok: false, message: `${where}: ${issue?.message ?? "invalid"}\n\n${USAGE}` };
  }
  return { ok: true, args: result.data };
}
