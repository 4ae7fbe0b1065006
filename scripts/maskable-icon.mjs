#!/usr/bin/env node
// The maskable app icon (public/icons/icon-maskable-512.png) from the plain one: a launcher may
// crop a maskable icon to any shape that holds the central circle of 80% of its width (the safe
// zone, https://w3c.github.io/manifest/#icon-masks), so the art is scaled about the centre until
// its farthest pixel lies inside that circle, on the icon's own background colour.
//   node scripts/maskable-icon.mjs          write it
//   node scripts/maskable-icon.mjs --check  say whether the written icon's art is in the safe zone
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const plainIconPath = join(root, 'public', 'icons', 'icon-512.png');
export const maskableIconPath = join(root, 'public', 'icons', 'icon-maskable-512.png');

/** The safe zone's radius as a share of the icon's width. */
export const safeRadius = 0.4;

const pixel = (png, x, y) => {
  const i = (y * png.width + x) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
};
const near = (a, b) => a.every((v, i) => Math.abs(v - b[i]) <= 8);

/** Pixels unlike the background (the top-left pixel's colour), farther than `radius` px from the centre. */
export function artOutside(png, radius) {
  const background = pixel(png, 0, 0);
  const c = (png.width - 1) / 2;
  const outside = [];
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++)
      if (Math.hypot(x - c, y - c) > radius && !near(pixel(png, x, y), background))
        outside.push([x, y]);
  return outside;
}

/** The farthest art pixel's distance from the centre, in px. */
function artRadius(png) {
  const background = pixel(png, 0, 0);
  const c = (png.width - 1) / 2;
  let r = 0;
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++)
      if (!near(pixel(png, x, y), background)) r = Math.max(r, Math.hypot(x - c, y - c));
  return r;
}

/** The icon with its art scaled about the centre (bilinear) to fill `share` of the safe circle. */
export function maskable(png, share = 0.9) {
  const size = png.width;
  const c = (size - 1) / 2;
  const scale = Math.min(1, (share * safeRadius * size) / artRadius(png));
  const background = pixel(png, 0, 0);
  const out = new PNG({ width: size, height: size });
  const sample = (x, y) =>
    x < 0 || y < 0 || x >= size || y >= size ? background : pixel(png, x, y);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const sx = c + (x - c) / scale;
      const sy = c + (y - c) / scale;
      const [x0, y0] = [Math.floor(sx), Math.floor(sy)];
      const [fx, fy] = [sx - x0, sy - y0];
      const [a, b, d, e] = [
        sample(x0, y0),
        sample(x0 + 1, y0),
        sample(x0, y0 + 1),
        sample(x0 + 1, y0 + 1),
      ];
      const i = (y * size + x) * 4;
      for (let k = 0; k < 4; k++)
        out.data[i + k] = Math.round(
          (a[k] * (1 - fx) + b[k] * fx) * (1 - fy) + (d[k] * (1 - fx) + e[k] * fx) * fy,
        );
    }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const png = PNG.sync.read(readFileSync(maskableIconPath));
    const outside = artOutside(png, safeRadius * png.width);
    console.log(outside.length ? `${outside.length} art pixels outside the safe zone` : 'ok');
    process.exitCode = outside.length ? 1 : 0;
  } else {
    const png = maskable(PNG.sync.read(readFileSync(plainIconPath)));
    writeFileSync(maskableIconPath, PNG.sync.write(png));
    console.log(`wrote ${maskableIconPath}`);
  }
}
