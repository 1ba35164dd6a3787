// The header vocabulary: every §10 wording and the seeds' wordings give their role; every variant says where it was seen.
import { describe, expect, it } from "vitest";
import { HEADER_VOCABULARY } from "../../../core/layout/header-words.js";
import { matchRole } from "../../../core/layout/match-role.js";
import type { RoleId } from "../../../core/model.js";

const read = (path: string) => matchRole({ path, leaf: path.split(" > ").at(-1) ?? "" });

/** [header path as normalised, role or null when the column is text the checker ignores]. */
const CASES: [string, RoleId | null][] = [
  // SIPD print (domain §10)
  ["no", "no"],
  ["kode", "kode"],
  ["capaian kinerja dan kerangka pendanaan > target 2024 > sebelum", "target-before"],
  ["capaian kinerja dan kerangka pendanaan > target 2024 > sesudah", "target-after"],
  ["capaian kinerja dan kerangka pendanaan > pagu indikatif (rp) > rkpd 2024", "pagu"],
  ["capaian kinerja dan kerangka pendanaan > pagu indikatif (rp) > apbd 2024", "pagu"],
  ["capaian kinerja dan kerangka pendanaan > pagu indikatif (rp) > rkpd perubahan 2024", "pagu"],
  ["prakiraan maju rencana tahun 2025 > target", "target-forward"],
  ["prakiraan maju rencana tahun 2025 > pagu indikatif (rp)", "pagu-forward"],
  ["prioritas > nasional", null],
  ["prioritas > daerah", null],
  ["kelompok sasaran", null],
  ["perangkat daerah penanggung jawab", "catatan"],
  // Targets at several levels (§10)
  ["target capaian program", "target"],
  ["target keluaran", "target"],
  ["target kinerja kegiatan / sub kegiatan", "target"],
  ["capaian kinerja (%)", "capaian-k"],
  ["target keluaran kegiatan", "target"],
  ["keluaran kegiatan", "indicator"],
  ["unit kerja perangkat daerah penanggung-jawab", "catatan"],
  ["alokasi > lokasi", "lokasi"],
  // Renstra (§10)
  ["target kinerja program dan kerangka pendanaan > tahun 1 (2022) > target", "target"],
  ["target kinerja program dan kerangka pendanaan > tahun 1 (2022) > rp", "pagu"],
  ["kondisi kinerja pada akhir periode renstra > target", "target-renstra"],
  ["kondisi kinerja pada akhir periode renstra > rp", "pagu-renstra"],
  ["satuan", "satuan"],
  ["data capaian pada tahun awal perencanaan", null],
  // DPA / RKA lists (§10)
  ["pagu (rp)", "pagu"],
  ["sumber dana", "sumber-dana"],
  ["lokasi", "lokasi"],
  ["waktu pelaksanaan > mulai", null],
  ["waktu pelaksanaan > selesai", null],
  ["harga satuan (rp)", null],
  ["anggaran > satuan biaya", null],
  ["t-1 (rp)", "pagu"],
  ["t+1 (rp)", "pagu-forward"],
  ["alokasi > tahun n-1", "pagu"],
  ["alokasi > tahun n+1", "pagu-forward"],
  ["jumlah > tahun n > belanja pegawai", "pagu"],
  ["jumlah > tahun n > belanja modal", "pagu"],
  // Seeds, unchanged
  ["apbd 2024 (sebelum perubahan) > pagu indikatif", "pagu-before"],
  ["apbd perubahan 2024 (sesudah perubahan) > pagu indikatif", "pagu-after"],
  ["bertambah/berkurang (rp) > bertambah", "change-plus"],
  ["bertambah / berkurang", "change"],
  ["realisasi kinerja pada triwulan > ii > rp", "tw-rp"],
  ["target kinerja dan anggaran renja perangkat daerah tahun berjalan (2024) yang dievaluasi > k", "target"],
  ["perkiraan realisasi capaian target > tingkat capaian realisasi target renstra (%)", "ratio"],
];

describe("header vocabulary", () => {
  it.each(CASES)("%s → %s", (path, role) => {
    expect(read(path)?.role ?? null).toBe(role);
  });

  it("reads the quarter of a triwulan column", () => {
    expect(read("realisasi kinerja pada triwulan > iii > k")).toMatchObject({ role: "tw-k", quarter: 3 });
  });

  it("notes for every variant where it was seen, §10 ones included", () => {
    for (const w of HEADER_VOCABULARY.words) expect(w.seen.length).toBeGreaterThan(10);
    expect(HEADER_VOCABULARY.words.filter((w) => /§10/.test(w.seen)).length).toBeGreaterThanOrEqual(8);
  });

  it("is data: a vocabulary without the money-group word leaves APBD 2024 unread", () => {
    const reduced = { ...HEADER_VOCABULARY, words: HEADER_VOCABULARY.words.filter((w) => !w.needsNumbers) };
    expect(matchRole({ path: "pagu indikatif (rp) > apbd 2024", leaf: "apbd 2024" }, reduced)).toBeNull();
    expect(matchRole({ path: "pagu indikatif (rp) > apbd 2024", leaf: "apbd 2024" })).toMatchObject({ role: "pagu", needsNumbers: true });
  });
});
