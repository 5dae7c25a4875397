// Draws the Kinerja icons (rising bars + tick on a blue tile) as PNG without dependencies.
// Usage: node scripts/make-icons.mjs   (writes into public/)
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const BLUE = [11, 79, 138];
const WHITE = [255, 255, 255];
const GOLD = [255, 196, 37];

const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a 0..1 unit square. Returns the colour at (x, y) or null (transparent).
function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
function shade(x, y, { maskable }) {
  // Maskable icons must keep their content inside the central 80% circle and fill the whole tile.
  const bg = maskable ? true : inRoundRect(x, y, 0, 0, 1, 1, 0.2);
  if (!bg) return null;
  const s = maskable ? 0.72 : 1; // shrink the drawing towards the centre
  const u = (x - 0.5) / s + 0.5, v = (y - 0.5) / s + 0.5;
  // Tick (gold) above the bars.
  if (distToSegment(u, v, 0.52, 0.3, 0.6, 0.38) < 0.035 || distToSegment(u, v, 0.6, 0.38, 0.78, 0.18) < 0.035) return GOLD;
  // Three rising bars.
  for (const [bx, top] of [[0.2, 0.6], [0.41, 0.5], [0.62, 0.46]]) if (inRoundRect(u, v, bx, top, bx + 0.17, 0.8, 0.03)) return WHITE;
  return BLUE;
}
function draw(size, opts) {
  const SS = 4;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) for (let px = 0; px < size; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
      const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, opts);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
    }
    const i = (py * size + px) * 4;
    if (a) { out[i] = Math.round(r / a); out[i + 1] = Math.round(g / a); out[i + 2] = Math.round(b / a); }
    out[i + 3] = Math.round((a / (SS * SS)) * 255);
  }
  return png(size, out);
}

const dir = new URL('../public/', import.meta.url);
writeFileSync(new URL('icon-192.png', dir), draw(192, { maskable: false }));
writeFileSync(new URL('icon-512.png', dir), draw(512, { maskable: false }));
writeFileSync(new URL('icon-maskable-512.png', dir), draw(512, { maskable: true }));
writeFileSync(new URL('apple-touch-icon.png', dir), draw(180, { maskable: true }));
console.log('icons written to', dir.pathname);
