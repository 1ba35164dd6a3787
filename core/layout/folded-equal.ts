// Compares two texts as equal once white space is removed and case is folded, without building the folded copies.

/** The characters JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The text with all white space removed, in lower case. */
export function foldSpaceAndCase(s: string): string {
  return s.replace(/\s+/g, "").toLowerCase();
}

/**
 * True when `foldSpaceAndCase(a) === foldSpaceAndCase(b)`; ASCII texts are compared in place, others folded.
 * @example sameFolded("100 %", "100%") // true
 * @example sameFolded("5 Dokumen", "5 dokumen ") // true
 */
export function sameFolded(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isSpace(a.charCodeAt(i))) i++;
    while (j < b.length && isSpace(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (x >= 0x80 || y >= 0x80) return foldSpaceAndCase(a) === foldSpaceAndCase(b);
    if (x !== y && (x | 0x20) !== (y | 0x20)) return false;
    // Only letters differ by 0x20 alone and still fold alike.
    if (x !== y && !((x | 0x20) >= 0x61 && (x | 0x20) <= 0x7a)) return false;
    i++;
    j++;
  }
}
