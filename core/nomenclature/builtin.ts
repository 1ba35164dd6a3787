// The built-in catalogue: Bidang Sosial (1.06), Pemberdayaan Masyarakat dan Desa (2.13) and the
// cross-cutting support program (X.XX.01), compiled by hand from the seed Renja documents (partial).
import data from "./builtin-catalogue.json" with { type: "json" };
import { parseCatalogue } from "./schema.js";
import type { Catalogue } from "./types.js";

let cached: Catalogue | null = null;

/**
 * The built-in catalogue, validated once.
 * @example builtinCatalogue().version // "Kepmendagri 050-5889/2021 jo. 900.1.15.5-1317/2023 (sebagian)"
 */
export function builtinCatalogue(): Catalogue {
  if (cached) return cached;
  const parsed = parseCatalogue(data);
  if (!parsed.ok) throw new Error(`built-in nomenclature catalogue is invalid: ${parsed.message}`);
  cached = parsed.catalogue;
  return cached;
}
