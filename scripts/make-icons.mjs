// Draws Fiche's toolbar icon (a card with an "F" and two lines) as PNGs, with no image library.
// Run once: node scripts/make-icons.mjs; the PNGs are committed in public/icon/.
import fs from 'node:fs';
import zlib from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const blue = [47, 91, 234, 255],
  white = [255, 255, 255, 255],
  clear = [0, 0, 0, 0];
function pixel(u, v) {
  const r = 0.18,
    inset = 0.04;
  const dx = Math.max(inset + r - u, 0, u - (1 - inset - r)),
    dy = Math.max(inset + r - v, 0, v - (1 - inset - r));
  if (u < inset || v < inset || u > 1 - inset || v > 1 - inset || dx * dx + dy * dy > r * r) return clear;
  const inF =
    (u > 0.28 && u < 0.4 && v > 0.24 && v < 0.76) ||
    (u > 0.28 && u < 0.72 && v > 0.24 && v < 0.35) ||
    (u > 0.28 && u < 0.62 && v > 0.45 && v < 0.55);
  return inF ? white : blue;
}
fs.mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) fs.writeFileSync(`public/icon/${size}.png`, png(size, pixel));
console.log('icons written');
