// Whether a recognised table is a Renja table to check and write: it has a code column, or a hierarchy (a row with rows under it) the reader can show.
import type { Lang, Layout, Tree } from "../model.js";

const REASONS = {
  noHeader: { id: "tidak ada kepala tabel Renja", en: "no Renja table header" },
  flat: {
    id: "tanpa kolom kode dan tanpa hierarki program › kegiatan › sub kegiatan (mis. ringkasan Program | Pagu)",
    en: "no code column and no program › kegiatan › sub kegiatan hierarchy (e.g. a Program | Pagu summary)",
  },
} as const;

/** Why a sheet is skipped, in the report's language. */
export function skipReason(kind: keyof typeof REASONS, lang: Lang): string {
  return REASONS[kind][lang];
}

/**
 * Null when the table is a Renja table; otherwise why not. A list of names with amounts has neither codes nor
 * parents, and its totals and typed values are not ours to check or replace.
 * @example notRenjaTable(layout, tree, "en") // "no code column and no … hierarchy (e.g. a Program | Pagu summary)"
 */
export function notRenjaTable(layout: Layout, tree: Tree, lang: Lang): string | null {
  if (layout.columns.some((c) => c.role === "kode" || c.role === "kode-part")) return null;
  if (tree.nodes.some((n) => n.children.length > 0)) return null;
  return skipReason("flat", lang);
}
