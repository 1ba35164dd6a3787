// The catalogue JSON at the edge (built-in file, imported lampiran, a user's file), validated with zod.
import { z } from "zod";
import type { KodeLevel } from "../kode/types.js";
import { canonicalCatalogueCode, catalogueLevel } from "./code.js";
import type { Catalogue, CatalogueEntry } from "./types.js";

const text = z.string().trim().min(1);

export const catalogueEntrySchema = z
  .object({
    code: z.string().transform((raw, ctx) => {
      const code = canonicalCatalogueCode(raw);
      if (code === null) {
        ctx.addIssue({ code: "custom", message: `"${raw}" is not a code like 1.06.04.2.01.0001 or X.XX.01.2.02.0001` });
        return z.NEVER;
      }
      return code;
    }),
    /** Optional in the file; must agree with the code when given. */
    level: z.number().int().min(1).max(5).optional(),
    name: text,
    performance: text.optional(),
    indicator: text.optional(),
    unit: text.optional(),
    source: text.optional(),
    previousCode: z.string().optional(),
    previousName: text.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.level !== undefined && e.level !== catalogueLevel(e.code)) {
      ctx.addIssue({ code: "custom", path: ["level"], message: `level ${e.level} does not fit code ${e.code} (level ${catalogueLevel(e.code)})` });
    }
  })
  .transform((e): CatalogueEntry => {
    const out: CatalogueEntry = { code: e.code, level: catalogueLevel(e.code) as KodeLevel, name: e.name };
    if (e.performance !== undefined) out.performance = e.performance;
    if (e.indicator !== undefined) out.indicator = e.indicator;
    if (e.unit !== undefined) out.unit = e.unit;
    if (e.source !== undefined) out.source = e.source;
    if (e.previousCode !== undefined) out.previousCode = canonicalCatalogueCode(e.previousCode) ?? e.previousCode;
    if (e.previousName !== undefined) out.previousName = e.previousName;
    return out;
  });

export const catalogueSchema = z
  .object({
    version: text,
    pemda: z.enum(["prov", "kabkota"]).optional(),
    note: text.optional(),
    sources: z.record(z.string(), z.string()).optional(),
    entries: z.array(catalogueEntrySchema),
  })
  .superRefine((c, ctx) => {
    const seen = new Map<string, number>();
    c.entries.forEach((e, i) => {
      const first = seen.get(e.code);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: ["entries", i, "code"], message: `code ${e.code} is listed twice (also entry ${first})` });
      else seen.set(e.code, i);
    });
  });

/**
 * Validates catalogue JSON (already parsed): the catalogue, or one sentence saying what is wrong and where.
 * @example parseCatalogue(JSON.parse(text)) // { ok: true, catalogue } | { ok: false, message: "entries.3.code: …" }
 */
export function parseCatalogue(raw: unknown): { ok: true; catalogue: Catalogue } | { ok: false; message: string } {
  const r = catalogueSchema.safeParse(raw);
  if (r.success) {
    const c: Catalogue = { version: r.data.version, entries: r.data.entries };
    if (r.data.pemda !== undefined) c.pemda = r.data.pemda;
    if (r.data.note !== undefined) c.note = r.data.note;
    if (r.data.sources !== undefined) c.sources = r.data.sources;
    return { ok: true, catalogue: c };
  }
  const issues = r.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "catalogue"}: ${i.message}`);
  const more = r.error.issues.length > 3 ? ` (and ${r.error.issues.length - 3} more)` : "";
  return { ok: false, message: `${issues.join("; ")}${more}` };
}
