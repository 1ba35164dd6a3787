// Draws the add-in's ribbon and store icons (16, 32, 64, 80 px PNG) from a few shapes, with no image library:
// each pixel is supersampled 4×4, and the PNG bytes (IHDR, IDAT via zlib, IEND) are written by hand.
import { Buffer } from "node:buffer";
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";

const OUT = "addin-excel/assets";
const GREEN = [16, 124, 65]; // Excel's green
const WHITE = [255, 255, 255];
const PALE = [200, 230, 212];

/** Distance from point p to segment ab. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inRoundRect(x, y, m, r) {
  const cx = Math.max(m + r, Math.min(1 - m - r, x));
  const cy = Math.max(m + r, Math.min(1 - m - r, y));
  return Math.hypot(x - cx, y - cy) <= r;
}

/** Colour (with alpha) of the unit-square point (x, y), top-down: sheet lines and a check mark on a green tile. */
function shade(x, y, size) {
  const small = size <= 16;
  if (!inRoundRect(x, y, 0.04, 0.16)) return null;
  // The check mark.
  const w = small ? 0.075 : 0.06;
  if (segDist(x, y, 0.42, 0.6, 0.56, 0.74) <= w || segDist(x, y, 0.56, 0.74, 0.82, 0.36) <= w) return WHITE;
  // Three table rows on the left.
  const bar = small ? 0.05 : 0.04;
  for (const by of small ? [0.3, 0.5] : [0.27, 0.43, 0.59]) if (Math.abs(y - by) <= bar && x >= 0.2 && x <= (by > 0.5 ? 0.38 : 0.62)) return PALE;
  return GREEN;
}

function render(size) {
  const S = 4;
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < S; sj++) {
        for (let si = 0; si < S; si++) {
          const c = shade((i + (si + 0.5) / S) / size, (j + (sj + 0.5) / S) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const o = (j * size + i) * 4;
      if (a > 0) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return png(size, size, px);
}

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(buf) {
  let c = -1;
  for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(w, h, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) rgba.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

mkdirSync(OUT, { recursive: true });
for (const size of [16, 32, 64, 80]) {
  const bytes = render(size);
  writeFileSync(`${OUT}/icon-${size}.png`, bytes);
  console.log(`${OUT}/icon-${size}.png ${bytes.length} bytes`);
}
