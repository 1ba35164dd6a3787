// An OPD row (the office's name with the sum of its urusan rows) is the table's total row, wherever it stands (domain §10).
import type { TableRow } from "../model.js";
import { holdsNumbers } from "./context-repeat.js";
import { levelsNamed } from "./row-text.js";

/**
 * Words that open the name of a regional office (perangkat daerah), as SIPD prints it on the row above
 * the urusan: `BADAN PERENCANAAN, PENELITIAN DAN PENGEMBANGAN` (a Bappelitbang's Renja OPD print),
 * `DINAS SOSIAL`, `SEKRETARIAT DAERAH`, `KECAMATAN …`, `RSUD …`.
 */
const OFFICE_WORDS = /^(dinas|badan|sekretariat|inspektorat|kantor|satuan\s+polisi|kecamatan|kelurahan|rumah\s+sakit|rsud|bappeda|bappelitbang|bapelitbangda|bpkad|bkpsdm|bpbd|dprd|perangkat\s+daerah|unit\s+kerja|skpd|opd)\b/i;

/** A row without a code, without a level word, that carries numbers (its name may stand in a merged cell over the code columns: a heading). */
function uncodedWithNumbers(row: TableRow): boolean {
  return (row.kind === "node" || row.kind === "heading") && row.kode === null && levelsNamed(row.name).length === 0 && holdsNumbers(row);
}

/**
 * Marks as `total` the OPD rows of a coded table: an uncoded row with numbers above the first coded row
 * (nothing else can sit there and carry money), or one named as an office anywhere.
 * @example markOfficeTotals(rows) // the BAPPELITBANG row above urusan 5 becomes kind "total"
 */
export function markOfficeTotals(rows: TableRow[]): void {
  let firstCoded = -1;
  for (let i = 0; i < rows.length && firstCoded < 0; i++) if (rows[i]?.kind === "node" && rows[i]?.kode) firstCoded = i;
  if (firstCoded < 0) return;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as TableRow;
    if (!uncodedWithNumbers(row)) continue;
    if (i < firstCoded || (row.kind === "node" && OFFICE_WORDS.test(row.name))) row.kind = "total";
  }
}
