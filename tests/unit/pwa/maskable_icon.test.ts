// A launcher may crop a maskable icon to any shape holding the central circle of 80% of its width:
// the art must lie in that circle. The plain icon's corners do not, hence a maskable one.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  artOutside,
  maskable,
  maskableIconPath,
  plainIconPath,
  safeRadius,
} from '../../../scripts/maskable-icon.mjs';

const read = (path: string) => PNG.sync.read(readFileSync(path));

describe('the maskable icon', () => {
  it('has all its art inside the safe zone, at the plain icon’s size', () => {
    const icon = read(maskableIconPath);
    expect([icon.width, icon.height]).toEqual([512, 512]);
    expect(artOutside(icon, safeRadius * icon.width)).toEqual([]);
  });

  it('is the plain icon made by the script (whose art reaches past the safe zone)', () => {
    const plain = read(plainIconPath);
    expect(artOutside(plain, safeRadius * plain.width).length).toBeGreaterThan(0);
    expect(Buffer.from(read(maskableIconPath).data).equals(Buffer.from(maskable(plain).data))).toBe(
      true,
    );
  });

  it('keeps the art large: it still reaches past 80% of the safe radius', () => {
    const icon = read(maskableIconPath);
    expect(artOutside(icon, 0.8 * safeRadius * icon.width).length).toBeGreaterThan(0);
  });
});
