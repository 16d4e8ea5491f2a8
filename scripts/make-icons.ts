/**
 * Draws the toolbar icon at every size the stores ask for and writes public/icon/<size>.png
 * (WXT adds them to both manifests). Drawn from shapes rather than scaled from one bitmap so
 * the 16 px icon stays crisp. Run: `npx tsx scripts/make-icons.ts` (the PNGs are committed).
 *
 * The mark: a white check over an amber underline — the same underline a reader sees under a
 * highlighted figure — on a dark blue rounded square.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128] as const;
const OUT_DIR = path.resolve(import.meta.dirname, '../public/icon');

type Rgba = [number, number, number, number];
const BACKGROUND: Rgba = [0x1d, 0x3b, 0x63, 255];
const CHECK: Rgba = [255, 255, 255, 255];
const UNDERLINE: Rgba = [0xf5, 0xa6, 0x23, 255];

/** A shape as a signed distance (negative inside), in a 0..1 unit square. */
type Shape = (x: number, y: number) => number;

const roundedSquare =
  (inset: number, radius: number): Shape =>
  (x, y) => {
    const half = 0.5 - inset - radius;
    const dx = Math.max(Math.abs(x - 0.5) - half, 0);
    const dy = Math.max(Math.abs(y - 0.5) - half, 0);
    return Math.hypot(dx, dy) - radius;
  };

/** A line segment with round caps, `width` thick. */
const stroke =
  (ax: number, ay: number, bx: number, by: number, width: number): Shape =>
  (x, y) => {
    const [vx, vy, wx, wy] = [bx - ax, by - ay, x - ax, y - ay];
    const t = Math.min(1, Math.max(0, (wx * vx + wy * vy) / (vx * vx + vy * vy)));
    return Math.hypot(wx - t * vx, wy - t * vy) - width / 2;
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));

// Small icons get thicker strokes so they survive at 16 px.
function layers(size: number): Array<[Shape, Rgba]> {
  const w = size <= 16 ? 0.17 : size <= 32 ? 0.14 : 0.12;
  return [
    [roundedSquare(size <= 16 ? 0 : 0.03, 0.18), BACKGROUND],
    [union(stroke(0.24, 0.44, 0.42, 0.62, w), stroke(0.42, 0.62, 0.77, 0.24, w)), CHECK],
    [stroke(0.22, 0.8, 0.78, 0.8, w * 0.8), UNDERLINE],
  ];
}

/** Coverage of one pixel by a shape, from a 4×4 grid of samples (anti-aliasing). */
function coverage(shape: Shape, px: number, py: number, size: number): number {
  let inside = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (shape((px + (i + 0.5) / 4) / size, (py + (j + 0.5) / 4) / size) <= 0) inside++;
  return inside / 16;
}

function render(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const [shape, [sr, sg, sb]] of layers(size)) {
        const c = coverage(shape, x, y, size);
        if (c === 0) continue;
        // "over" compositing with straight (non-premultiplied) alpha.
        const outA = c + a * (1 - c);
        [r, g, b] = [sr, sg, sb].map((s, k) => (s * c + [r, g, b][k] * a * (1 - c)) / outA);
        a = outA;
      }
      pixels.set([r, g, b, a * 255].map(Math.round), (y * size + x) * 4);
    }
  }
  return pixels;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit, colour type 6, no filtering). */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT_DIR, `${size}.png`);
  fs.writeFileSync(file, encodePng(size, render(size)));
  console.log(`${path.relative(process.cwd(), file)}  ${size}×${size}`);
}
