// Labels of what was recognised in a sheet (sheet, family, header and data rows, average capaian), shared by the
// reviewer report, the Excel pane and the Sheets sidebar.
import type { Lang } from "../model.js";

export interface TableLabels {
  sheet: string;
  family: string;
  headerRows: string;
  dataRows: string;
  averageCapaian: string;
}

/**
 * The labels in each language.
 * @example TABLE_LABELS.id.headerRows // "Baris judul"
 */
export const TABLE_LABELS: Record<Lang, TableLabels> = {
  id: { sheet: "Lembar", family: "Jenis tabel", headerRows: "Baris judul", dataRows: "Baris data", averageCapaian: "Rata-rata capaian" },
  en: { sheet: "Sheet", family: "Table family", headerRows: "Header rows", dataRows: "Data rows", averageCapaian: "Average achievement" },
};
