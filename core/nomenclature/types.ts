// Shapes of a nomenclature catalogue: the official codes and names (Kepmendagri 050-5889/2021 and its amendments).
import type { KodeLevel } from "../kode/types.js";

/**
 * One official code with its name and, where known, the indicator and unit of its performance.
 *
 * @example
 * const e: CatalogueEntry = { code: "1.06.04.2.01.0001", level: 5, name: "Penyediaan Permakanan", unit: "Orang" };
 */
export interface CatalogueEntry {
  /** Canonical code (`1.06.04.2.01.0001`), or `X.XX.…` for the cross-cutting support program that stands for any bidang. */
  code: string;
  level: KodeLevel;
  /** Official name. */
  name: string;
  /** Kinerja (the output the code delivers), where the source gives one. */
  performance?: string;
  /** Indicator of the code's performance (`Jumlah Orang yang …`). */
  indicator?: string;
  /** Unit (satuan) of the indicator's target (`Orang`, `Dokumen`). */
  unit?: string;
  /** Where the entry comes from (seed lines, lampiran row) and, when sources disagree, why this name. */
  source?: string;
  /** The code this sub kegiatan had in the version before (SIPD's `SUBKEGIATAN SEBELUMNYA`), when it was renumbered or renamed. */
  previousCode?: string;
  /** The name it had there. */
  previousName?: string;
}

/** Which regional governments a list is for: provinsi (kegiatan lead digit 1) or kabupaten/kota (2). */
export type Pemda = "prov" | "kabkota";

/**
 * A catalogue: which version of the nomenclature it is, and its entries.
 *
 * @example
 * const c: Catalogue = { version: "Kepmendagri 050-5889/2021 (sebagian)", entries: [] };
 */
export interface Catalogue {
  /** The decree and amendments the catalogue follows; shown in findings. */
  version: string;
  /** Provinsi or kabupaten/kota, when the list is for one of them (codes of the other are not in it). */
  pemda?: Pemda;
  /** Free text about how the catalogue was made. */
  note?: string;
  /** Short source keys used in entries' `source` → what they stand for. */
  sources?: Record<string, string>;
  entries: CatalogueEntry[];
}

/** Which nomenclature a sheet was checked against, and why that one (the sheet report's `nomenclature`). */
export interface NomenclatureUse {
  /** The version named by the list (`Kepmendagri 900.1.15.5-1317/2023`, `SIPD 2027`) or the catalogue's own version text. */
  version: string;
  /** Provinsi or kabupaten/kota list, when the version has one per pemda. */
  pemda?: Pemda;
  /**
   * How it was chosen: `year` from the table's year, `setting` named by the user (`--nomenclature-version`, the
   * add-ins' setting), `default` no year found, `catalogue` a catalogue given or kept in the document.
   */
  chosenBy: "year" | "setting" | "default" | "catalogue";
  /** The table's year it was chosen by. */
  year?: number;
}
