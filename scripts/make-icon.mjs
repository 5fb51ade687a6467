// Draws media/icon.png (128x128): a bold ink "M" on a highlighted line of ruled parchment with a red margin.
// Plain zlib + a hand-rolled PNG writer, so the icon can be regenerated without image tools.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SUB = 4; // supersampling per axis, for smooth edges

const PARCHMENT = [243, 233, 210];
const RULE = [201, 185, 154];
const MARGIN = [181, 64, 58];
const HIGHLIGHT = [247, 205, 70];
const INK = [43, 42, 51];

// Distance from point p to segment a-b.
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), SIZE - radius);
  const cy = Math.min(Math.max(y, radius), SIZE - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

function insideM(x, y) {
  const top = 30;
  const bottom = 98;
  const stem = 14;
  if (y < top || y > bottom) return false;
  if ((x >= 42 && x <= 42 + stem) || (x >= 106 - stem && x <= 106)) return true;
  const valley = [74, 84];
  return (
    segmentDistance(x, y, 42 + stem / 2, top + 4, valley[0], valley[1]) <= stem / 2 + 1 ||
    segmentDistance(x, y, 106 - stem / 2, top + 4, valley[0], valley[1]) <= stem / 2 + 1
  );
}

const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

// The colour (and coverage) of one sample point, painted back to front.
function sample(x, y) {
  if (!insideRoundedSquare(x, y, 22)) return null;
  let colour = PARCHMENT;
  if (x > 8 && x < 120 && [44, 66, 88, 110].some((line) => Math.abs(y - line) < 1)) colour = RULE;
  if (y > 76 && y < 100 && x > 36 && x < 114) colour = mix(colour, HIGHLIGHT, 0.75);
  if ((x > 24 && x < 27) || (x > 29 && x < 31)) colour = MARGIN;
  if (insideM(x, y)) colour = INK;
  return colour;
}

function pixel(px, py) {
  let sum = [0, 0, 0];
  let covered = 0;
  for (let i = 0; i < SUB; i++) {
    for (let j = 0; j < SUB; j++) {
      const c = sample(px + (i + 0.5) / SUB, py + (j + 0.5) / SUB);
      if (!c) continue;
      sum = sum.map((v, k) => v + c[k]);
      covered++;
    }
  }
  if (!covered) return [0, 0, 0, 0];
  return [...sum.map((v) => Math.round(v / covered)), Math.round((255 * covered) / (SUB * SUB))];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
  rows.push(row);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const target = new URL('../media/icon.png', import.meta.url);
writeFileSync(target, png);
console.log(`wrote ${target.pathname} (${png.length} bytes)`);
