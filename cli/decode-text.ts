// Decodes the bytes of a CSV file: UTF-8 (with or without BOM) or UTF-16 (little or big endian, by BOM or by its zero bytes, as Excel's "Unicode Text" writes).
/**
 * The text of a CSV file's bytes.
 * @example decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00])) // "A"
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString("utf16le", 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bigEndian(bytes.subarray(2));
  const guess = utf16Guess(bytes);
  if (guess === "le") return bytes.toString("utf16le");
  if (guess === "be") return bigEndian(bytes);
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
}

function bigEndian(bytes: Buffer): string {
  const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return swapped.swap16().toString("utf16le");
}

/** Without a BOM: text of Latin letters in UTF-16 has a zero in every other byte (odd places: little endian). */
function utf16Guess(bytes: Buffer): "le" | "be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "be";
  return null;
}
