// The header wording of every column role, as data: ordered patterns with a note of where each variant was seen.
import type { RoleId } from "../model.js";

/**
 * One condition on a header: `leaf` is the lowest label, `path` the labels from the top joined with ` > `,
 * `segment` must match one whole label of the path. Every field given must hold (`pathAll`: each pattern).
 */
export interface HeaderCondition {
  leaf?: RegExp;
  notLeaf?: RegExp;
  path?: RegExp;
  pathAll?: RegExp[];
  notPath?: RegExp;
  segment?: RegExp;
  /** The measure words say the column holds money (see MeasureWords). */
  money?: boolean;
}

/** A role, or a pair chosen by whether the column holds money (Rp) or a quantity (K). */
export type RoleChoice = RoleId | { money: RoleId; quantity: RoleId };

export interface HeaderWord {
  /** null: the wording is known and names nothing the checker checks (a unit price is never a sum). */
  role: RoleChoice | null;
  /** Any one of these conditions decides. */
  when: HeaderCondition[];
  /** The header names a triwulan: read its number from the path. */
  quarter?: boolean;
  /** Wording too loose to decide alone: the role holds only when the column's data cells are mostly numbers. */
  needsNumbers?: boolean;
  /**
   * Read on whole labels only: when a flat label's last part alone would give this word (`Indikator Kinerja | Program`
   * cut from its neighbour `Indikator Kinerja | Kegiatan` reads as a name), the label is read whole instead.
   */
  wholeLabel?: boolean;
  /** Where this wording was seen: a seed table or a pattern of domain §10. */
  seen: string;
}

/** The words that tell money from quantity, segment by segment (the leaf first, then up the path). */
export interface MeasureWords {
  money: RegExp;
  quantity: RegExp;
}

export interface HeaderVocabulary {
  measure: MeasureWords;
  /** Ordered: the first word whose condition holds decides the column's role. */
  words: HeaderWord[];
}

const PLUS = /bertambah|penambahan|\btambah\b/;
const MINUS = /berkurang|pengurangan|\bkurang\b/;
const PERCENT_LEAF = /%|tingkat|persen|rasio|capaian realisasi/;
const RENSTRA = /renstra|rencana strategis|akhir periode/;
const REALISATION_PART = /^(k|rp|kinerja|fisik|keuangan)$/;
const CUMULATIVE = /kumulatif|perkiraan realisasi|renstra|(s\s*\/\s*d|sampai dengan) tahun berjalan/;
const TO_DATE = /s\s*\/\s*d|sampai dengan/;
const QUARTER_SEGMENT = /^(iv|iii|ii|i)$|^(?:triwulan|tw)\s*(iv|iii|ii|i|1|2|3|4)$/;

/** The vocabulary the checker reads headers with. */
export const HEADER_VOCABULARY: HeaderVocabulary = {
  measure: {
    money: /\brp\b|pagu|anggaran|\bdana\b|biaya|keuangan|rupiah|belanja|alokasi/,
    quantity: /^(k|fisik)$|target|indikator|kinerja|volume|satuan/,
  },
  words: [
    { role: "no", when: [{ leaf: /^(no|nomor|no urut|nomor urut)\.?$/ }], seen: "SIPD print and Tarakan Tabel 8: `No` numbering the programs (§10)" },
    { role: "kode", when: [{ path: /\bkode\b|\bkode rekening\b/ }], seen: "every seed (`Kode`, split `Kode > Urusan | Bidang …`)" },
    { role: null, when: [{ leaf: /harga satuan|satuan harga|biaya satuan|satuan biaya/ }], seen: "RKA/DPA detail: a unit price is not summed by parents" },
    { role: "predikat", when: [{ path: /predikat/ }], seen: "Bengkalis T-C.29, Kutai Kartanegara Tabel 1" },
    { role: "change-plus", when: [{ leaf: PLUS, notLeaf: MINUS }], seen: "Dumai Tabel 3.1 `Bertambah`" },
    { role: "change-minus", when: [{ leaf: MINUS, notLeaf: PLUS }], seen: "Dumai Tabel 3.1 `Berkurang`" },
    { role: "change", when: [{ pathAll: [PLUS, MINUS] }, { path: /selisih/ }], seen: "Kutai Kartanegara APBD-P `Bertambah / Berkurang`" },
    {
      role: "catatan",
      when: [{ path: /catatan|keterangan|alasan|faktor|tindak lanjut|penjelasan|penanggung\s*-?\s*jawab|unit kerja/ }],
      seen: "every seed `Catatan Penting`; SIPD `Perangkat Daerah Penanggung Jawab` (§10); Tarakan Tabel 8 `Unit Kerja`",
    },
    { role: "sumber-dana", when: [{ path: /sumber dana/ }], seen: "Tarakan Tabel 7, Bengkalis; DPA sub kegiatan lists (§10)" },
    { role: "lokasi", when: [{ path: /\blokasi\b/ }], seen: "Tarakan Tabel 7, Kutai Kartanegara APBD-P; DPA lists (§10)" },
    { role: "satuan", when: [{ leaf: /^satuan$/ }], seen: "Dumai Tabel 2.1; Renstra tables (§10)" },
    {
      role: "indicator",
      when: [{ leaf: /indikator|tolok ukur|keluaran kegiatan$/, notLeaf: /^(target|realisasi|pagu|anggaran)/ }],
      wholeLabel: true,
      seen: "every seed `Indikator Kinerja Program (Outcome)/Kegiatan (Output)`",
    },
    {
      role: "name",
      when: [
        {
          leaf: /urusan|bidang|program|kegiatan|uraian|nama|nomenklatur/,
          notLeaf: /target|realisasi|pagu|anggaran|capaian|tingkat|\bdana\b|\brp\b|satuan|kinerja|%/,
        },
      ],
      wholeLabel: true,
      seen: "every seed `Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan`, `Uraian`",
    },
    {
      role: "ratio",
      when: [
        { leaf: PERCENT_LEAF, notLeaf: /^target|\b(k|rp)\b/, path: /renstra/ },
        { pathAll: [/capaian/, /%/, /renstra/], notLeaf: /^target|\b(k|rp)\b/ },
      ],
      seen: "Tarakan and Kutai Kartanegara Tabel 1 `Tingkat Capaian Realisasi Target Renstra (%)`",
    },
    {
      role: { money: "capaian-rp", quantity: "capaian-k" },
      when: [{ leaf: PERCENT_LEAF, notLeaf: /^target/ }, { pathAll: [/capaian/, /%/], notLeaf: /^target/ }],
      seen: "Dumai Tabel 2.1 `Tingkat Capaian … (%) > K | Rp`; Tabel 3.1 `Capaian Kinerja (%)` next to targets (§10)",
    },
    {
      role: { money: "tw-rp", quantity: "tw-k" },
      when: [{ segment: QUARTER_SEGMENT, path: /triwulan|\btw\b/ }],
      quarter: true,
      seen: "Dumai Tabel 2.1 `Realisasi Kinerja pada Triwulan > I > K`",
    },
    {
      role: { money: "pagu-forward", quantity: "target-forward" },
      when: [{ path: /(pra|per)kiraan maju|tahun n\s*\+\s*1|\b[nt]\s*\+\s*1\b/ }],
      seen: "Tarakan Tabel 7, Kutai Kartanegara; SIPD `Prakiraan Maju Rencana Tahun 2025 > Target | Pagu Indikatif (Rp)` (§10); DPA/RKA `T+1 (Rp)`, `Tahun n+1`",
    },
    {
      role: { money: "pagu-before", quantity: "target-before" },
      when: [{ path: /sebelum/ }],
      seen: "Dumai Tabel 3.1, Kutai Kartanegara APBD-P; SIPD `Target 2024 > Sebelum` (§10)",
    },
    {
      role: { money: "pagu-after", quantity: "target-after" },
      when: [{ path: /sesudah|setelah/ }],
      seen: "Dumai Tabel 3.1, Kutai Kartanegara APBD-P; SIPD `Target 2024 > Sesudah` (§10)",
    },
    {
      role: { money: "cumulative-rp", quantity: "cumulative-k" },
      when: [
        { leaf: /realisasi/, path: CUMULATIVE },
        { leaf: REALISATION_PART, pathAll: [/realisasi/, CUMULATIVE] },
      ],
      seen: "Dumai Tabel 2.1 `Realisasi Kinerja dan Anggaran Renstra … s/d … 2024`",
    },
    {
      role: { money: "realisasi-prev-rp", quantity: "realisasi-prev-k" },
      when: [
        { leaf: /realisasi/, path: TO_DATE, notPath: /yang dievaluasi/ },
        { leaf: REALISATION_PART, pathAll: [/realisasi/, TO_DATE], notPath: /yang dievaluasi/ },
      ],
      seen: "Tarakan Tabel 1 `Realisasi Target Kinerja Hasil … s/d Tahun 2021`",
    },
    {
      role: { money: "realisasi-rp", quantity: "realisasi-k" },
      when: [{ leaf: /realisasi/ }, { leaf: REALISATION_PART, path: /realisasi/ }],
      seen: "Kutai Kartanegara Tabel 1 `Realisasi Renja-PD Triwulan II`",
    },
    {
      role: { money: "pagu-renstra", quantity: "target-renstra" },
      when: [{ path: /target|\brencana\b|kebutuhan|kondisi kinerja/, pathAll: [RENSTRA] }],
      seen: "Tarakan Tabel 1 `Target Kinerja Capaian Program (Renstra SKPD)`; Renstra `Kondisi Kinerja pada Akhir Periode` (§10)",
    },
    {
      role: { money: "pagu", quantity: "target" },
      when: [{ path: /target|\brencana\b|kebutuhan/ }],
      seen: "Tarakan Tabel 7 `Target Capaian Kinerja`; Tabel 3.1 `Target Capaian Program`, `Target Keluaran` (§10); Renstra `Tahun 1 … 5 > Target | Rp` (§10)",
    },
    {
      role: "pagu",
      when: [{ leaf: /\brp\b|pagu|anggaran|\bdana\b|biaya|keuangan|rupiah/ }],
      seen: "every seed `Pagu Indikatif (Rp)`, `Kebutuhan Dana`; DPA lists `Pagu` (§10)",
    },
    {
      role: "pagu",
      when: [{ money: true }],
      needsNumbers: true,
      seen: "SIPD `Pagu Indikatif (Rp) > RKPD 2024 | APBD 2024 | RKPD Perubahan 2024` (§10): a label under a money group; RKA `Tahun n > Belanja Pegawai | Belanja Modal`, `Alokasi > Tahun n-1`",
    },
  ],
};
