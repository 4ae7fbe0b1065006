import { describe, expect, it } from 'vitest';
import type { RgbaImage } from './filter_result';
import { greyPatch } from './grey_patch';

/** A w x h picture whose pixel (x, y) is grey 10 * x + y, from RGB values that weigh like luma. */
function picture(w: number, h: number): RgbaImage {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      data.set([10 * x + y, 10 * x + y, 10 * x + y, 255], (y * w + x) * 4);
  return { width: w, height: h, data };
}

describe('greyPatch', () => {
  it.each([
    [1, 2, [1, 2]],
    [-3, -1, [0, 0]], // moved inside at the top-left
    [9, 9, [4, 2]], // and at the bottom-right (8x6 picture, 4x4 patch)
  ])('takes the patch at (%i, %i) from (%j)', (left, top, [x0, y0]) => {
    const patch = greyPatch(picture(8, 6), left, top, 4);
    expect(patch).toHaveLength(4);
    expect(patch[0]![0]).toBe(10 * x0! + y0!);
    expect(patch[3]![3]).toBe(10 * (x0! + 3) + y0! + 3);
  });

  it('weighs red, green and blue as luma', () => {
    const data = new Uint8ClampedArray([
      255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 0, 0, 0, 255,
    ]);
    expect(greyPatch({ width: 2, height: 2, data }, 0, 0, 2)).toEqual([
      [76, 150],
      [29, 0],
    ]);
  });

  it('refuses a patch larger than the picture', () => {
    expect(() => greyPatch(picture(4, 3), 0, 0, 6)).toThrow(
      'A 6x6 patch does not fit in a 4x3 picture.',
    );
  });
});
