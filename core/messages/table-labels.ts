// Labels of what was recognised in a sheet (sheet, family, header and data rows, average capaian), shared by the
// reviewer report, the Excel pane and the Sheets sidebar.
import type { Lang, SourceDocument } from "../model.js";

export interface TableLabels {
  sheet: string;
  family: string;
  headerRows: string;
  dataRows: string;
  averageCapaian: string;
  /** Columns that hold numbers but got no role (domain §10). */
  unreadColumns: string;
  readFrom: string;
  /** The documents read as the nearest family. */
  documents: Record<SourceDocument, string>;
}

/**
 * The labels in each language.
 * @example TABLE_LABELS.id.headerRows // "Baris judul"
 */
export const TABLE_LABELS: Record<Lang, TableLabels> = {
  id: {
    sheet: "Lembar",
    family: "Jenis tabel",
    headerRows: "Baris judul",
    dataRows: "Baris data",
    averageCapaian: "Rata-rata capaian",
    unreadColumns: "Kolom berisi angka yang tidak dikenali",
    readFrom: "Dibaca dari",
    documents: { renstra: "Renstra, sebagai jenis tabel terdekat", dpa: "daftar sub kegiatan DPA/RKA, sebagai jenis tabel terdekat" },
  },
  en: {
    sheet: "Sheet",
    family: "Table family",
    headerRows: "Header rows",
    dataRows: "Data rows",
    averageCapaian: "Average achievement",
    unreadColumns: "Columns with numbers that were not understood",
    readFrom: "Read from",
    documents: { renstra: "a Renstra, as the nearest table family", dpa: "a DPA/RKA list of sub kegiatan, as the nearest table family" },
  },
};

/**
 * The unread columns as one line: letter and header of each.
 * @example unreadColumnsText([{ column: "L", header: "apbd 2024" }]) // "L (apbd 2024)"
 */
export function unreadColumnsText(cols: readonly { column: string; header: string }[]): string {
  return cols.map((c) => (c.header === "" ? c.column : `${c.column} (${c.header})`)).join(", ");
}
