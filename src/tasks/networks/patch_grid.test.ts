import { describe, expect, it } from 'vitest';
import { patchGrid } from './patch_grid';

const flat = (v: number, size = 2) => ({
  width: size,
  height: size,
  data: new Uint8ClampedArray(size * size * 4).fill(v),
});

describe('patchGrid', () => {
  it('lays patches 3 across with 2 px gaps, best first, the rest dark', () => {
    const grid = patchGrid([flat(10), flat(20), flat(30), flat(40)], 2);
    expect([grid.width, grid.height]).toEqual([10, 10]);
    const at = (x: number, y: number) => grid.data[(y * grid.width + x) * 4];
    expect([at(0, 0), at(1, 1), at(2, 0), at(4, 0), at(8, 1), at(0, 4), at(4, 4)]).toEqual([
      10, 10, 0, 20, 30, 40, 0,
    ]);
    expect(grid.data[2 * 4 + 3]).toBe(255); // the gaps are opaque
  });

  it('refuses a patch of another size', () => {
    expect(() => patchGrid([flat(1, 3)], 2)).toThrow('Patch 0 is 3x3, not 2x2.');
  });
});
