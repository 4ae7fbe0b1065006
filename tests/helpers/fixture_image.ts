import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

/** RGBA pixels of a fixture photo, in the shape tf.browser.fromPixels reads in Node. */
export interface FixtureImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

export function loadFixtureImage(name: string): FixtureImage {
  const bytes = readFileSync(fixturePath(name));
  if (name.endsWith('.png')) {
    const png = PNG.sync.read(bytes);
    return { data: new Uint8Array(png.data), width: png.width, height: png.height };
  }
  const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  return { data: img.data, width: img.width, height: img.height };
}
