// Name normalisation for comparing a sheet's names with the official ones: case, spacing, punctuation,
// accents and the Kabupaten/Kota wording variants do not count.

/** Every way the seeds write "Kabupaten/Kota", after folding to letters and digits. */
const KAB_KOTA = /(?:daerah|kewenangan)*kab(?:upaten)?kota/g;
/** Stand-in for any Kabupaten/Kota wording. */
const KAB_KOTA_TOKEN = "kabkota";
/** Level words a sheet may put in front of a name (`Kegiatan Pemeliharaan …`, `PROGRAM …`). */
const LEVEL_WORDS = ["subkegiatan", "kegiatan", "program"] as const;

/**
 * A name folded for comparison: lower case, accents dropped, only letters and digits kept (so spacing,
 * punctuation and PDF breaks inside words do not count), and every Kabupaten/Kota variant (`Kab/Kota`,
 * `Kabupaten / Kota`, `Kabupaten Kota`, `Daerah Kabupaten/Kota`, `Kewenangan Kabupaten/Kota`) made one
 * token. Idempotent: `normalizeName(normalizeName(s)) === normalizeName(s)`.
 *
 * @example
 * normalizeName("Pengelolaan Data Fakir Miskin Cakupan Daerah Kab / Kota"); // "pengelolaandatafakirmiskincakupankabkota"
 * normalizeName("PENYEDIAAN  Permakanan.");                                // "penyediaanpermakanan"
 */
export function normalizeName(name: string): string {
  let out = "";
  let ascii = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 97 && c <= 122) out += name[i];
    else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c >= 48 && c <= 57) out += name[i];
    else if (c >= 128) {
      ascii = false;
      break;
    }
  }
  if (!ascii) out = foldUnicode(name);
  return out.indexOf("kota") >= 0 ? out.replace(KAB_KOTA, KAB_KOTA_TOKEN) : out;
}

/**
 * The slow path for names with non-ASCII characters: case folded (upper then lower, so `ß` = `SS`),
 * accents dropped, letters and digits of any script kept.
 */
function foldUnicode(name: string): string {
  return name
    .toUpperCase()
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * The key names are compared by: `normalizeName` without leading level words (`Kegiatan …`,
 * `PROGRAM …`), so `PROGRAM REHABILITASI SOSIAL` matches `Rehabilitasi Sosial` only if the official
 * name also drops them, which it never does — both sides are stripped. Idempotent.
 *
 * @example
 * nameKey("Kegiatan Pemeliharaan Anak-Anak Terlantar") === nameKey("Pemeliharaan Anak-Anak Terlantar"); // true
 */
export function nameKey(name: string): string {
  let n = normalizeName(name);
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const w of LEVEL_WORDS) {
      if (n.length > w.length && n.startsWith(w)) {
        n = n.slice(w.length);
        stripped = true;
      }
    }
  }
  return n;
}

/**
 * Official text with the PDF conversion's spacing undone and nothing else changed: runs of spaces and line
 * breaks made one space, and a hyphen split by a line end joined again (`RKA- SKPD` → `RKA-SKPD`).
 * @example tidyOfficialText("Penyusunan      Dokumen\nRKA- SKPD ") // "Penyusunan Dokumen RKA-SKPD"
 */
export function tidyOfficialText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/(\p{L})- (?=\p{L})/gu, "$1-")
    .trim();
}
