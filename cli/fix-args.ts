// Arguments of `renja fix`, `renja clear` and `renja template`, parsed with node:util and validated with zod.
import { parseArgs } from "node:util";
import { z } from "zod";

export const FIX_USAGE = `Pemakaian / usage:
  renja fix FILE.xlsx -o OUT.xlsx [--totals] [--flags] [--force] [--convert-text-numbers] [--in-place]
            [--overwrite] [--force-lossy] [--predikat-colours] [--sheet NAME] [--lang id|en] [--bidang 1.06] [--nomenclature catalogue.json | --no-nomenclature]
  renja clear FILE.xlsx -o OUT.xlsx [--in-place] [--overwrite] [--force-lossy]
  renja template rencana|perubahan|evaluasi -o FILE.xlsx

fix      menulis rumus total (--totals) dan menandai temuan dengan warna dan catatan (--flags); tanpa
         keduanya: keduanya. Nilai yang diketik pengguna hanya diganti dengan --force.
         writes live total formulas (--totals) and flags findings with fills and notes (--flags); with
         neither: both. Values the user typed are only replaced with --force.
         --predikat-colours: sel predikat diwarnai menurut kelasnya (hijau tua → merah) saat menandai /
         colours predikat cells by their band (dark green → red) when flagging.
clear    menghapus tanda dan catatan dari "fix --flags" dan memulihkan warna sebelumnya.
         removes the flags and notes of "fix --flags" and restores the earlier fills and notes.
--force-lossy  menulis ulang seluruh berkas bila ada bagian yang tidak dapat ditulis langsung (bagan, gambar,
         judul cetak dapat hilang) / rewrites the whole file when a part cannot be written in place (charts,
         images, print titles may be lost). Tanpa itu hanya sel, gaya dan catatan yang diubah / without it only the
         changed cells, styles and notes are written, every other part stays byte for byte.
template tabel standar kosong dengan satu contoh program / an empty standard table with one example program.

The input is never changed unless --in-place; an existing -o file only with --overwrite. Exit status: 0 no error finding left, 1 error findings
left, 2 a file could not be read or written.`;

const lang = z.enum(["id", "en"]).default("id");

export const fixArgsSchema = z
  .object({
    file: z.string(),
    output: z.string().optional(),
    totals: z.boolean().default(false),
    flags: z.boolean().default(false),
    force: z.boolean().default(false),
    "convert-text-numbers": z.boolean().default(false),
    "in-place": z.boolean().default(false),
    overwrite: z.boolean().default(false),
    "force-lossy": z.boolean().default(false),
    "predikat-colours": z.boolean().default(false),
    sheet: z.string().optional(),
    lang,
    bidang: z.string().regex(/^\d\.\d{2}$/, "bidang looks like 1.06").optional(),
    nomenclature: z.string().optional(),
    "no-nomenclature": z.boolean().optional(),
  })
  .strict()
  .refine((a) => a["in-place"] || a.output !== undefined, { message: "give -o OUT.xlsx (or --in-place to change the file itself)", path: ["output"] })
  .refine((a) => !(a["in-place"] && a.output !== undefined), { message: "give either -o OUT.xlsx or --in-place, not both", path: ["output"] });
export type FixArgs = z.infer<typeof fixArgsSchema>;

export const clearArgsSchema = z
  .object({ file: z.string(), output: z.string().optional(), "in-place": z.boolean().default(false), overwrite: z.boolean().default(false), "force-lossy": z.boolean().default(false), lang })
  .strict()
  .refine((a) => a["in-place"] || a.output !== undefined, { message: "give -o OUT.xlsx (or --in-place to change the file itself)", path: ["output"] })
  .refine((a) => !(a["in-place"] && a.output !== undefined), { message: "give either -o OUT.xlsx or --in-place, not both", path: ["output"] });
export type ClearArgs = z.infer<typeof clearArgsSchema>;

export const templateArgsSchema = z.object({
  family: z.enum(["rencana", "perubahan", "evaluasi"], { message: "the template is rencana, perubahan or evaluasi" }),
  output: z.string({ message: "give -o FILE.xlsx" }).regex(/\.xlsx$/i, "the template is an .xlsx file"),
  lang,
}).strict();
export type TemplateArgs = z.infer<typeof templateArgsSchema>;

type Parsed<T> = { ok: true; args: T } | { ok: false; message: string; help?: boolean };

const OPTIONS = {
  output: { type: "string", short: "o" },
  totals: { type: "boolean" },
  flags: { type: "boolean" },
  force: { type: "boolean" },
  "convert-text-numbers": { type: "boolean" },
  "in-place": { type: "boolean" },
  overwrite: { type: "boolean" },
  "force-lossy": { type: "boolean" },
  "predikat-colours": { type: "boolean" },
  sheet: { type: "string" },
  lang: { type: "string" },
  bidang: { type: "string" },
  nomenclature: { type: "string" },
  "no-nomenclature": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Parses `fix|clear|template …` (argv includes the command word) against its schema.
 * @example parseFixCommand(["fix", "a.xlsx", "-o", "b.xlsx", "--totals"], fixArgsSchema, "file")
 */
export function parseFixCommand<T>(argv: string[], schema: z.ZodType<T>, positional: "file" | "family"): Parsed<T> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS, strict: true });
  } catch (e) {
    return { ok: false, message: `${(e as Error).message}\n\n${FIX_USAGE}` };
  }
  const [, first, ...rest] = parsed.positionals;
  if (parsed.values.help || first === undefined) return { ok: false, message: FIX_USAGE, help: parsed.values.help === true };
  if (rest.length > 0) return { ok: false, message: `one ${positional === "file" ? "file" : "template"} at a time (got ${rest.length + 1})\n\n${FIX_USAGE}` };
  const { help: _help, ...values } = parsed.values;
  const result = schema.safeParse({ [positional]: first, ...values });
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join(".") || "arguments";
    return { ok: false, message: `${where}: ${issue?.message ?? "invalid"}\n\n${FIX_USAGE}` };
  }
  return { ok: true, args: result.data };
}
