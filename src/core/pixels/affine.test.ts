import { describe, expect, it } from 'vitest';
import { cropTransform } from '../../vision/rotate_crop';
import { applyAffine, indexAffine, invertAffine, type Affine } from './affine';

describe('affine maps', () => {
  it.each([
    { why: 'a scale and a shift', m: [2, 0, 3, 0, 0.5, -1] as Affine },
    { why: 'a turn with a scale', m: [0.6, -0.8, 10, 0.8, 0.6, 20] as Affine },
    { why: 'a mirror', m: [-1, 0, 640, 0, 1, 0] as Affine },
  ])('inverts $why: the inverse brings every point back', ({ m }) => {
    const inverse = invertAffine(m);
    for (const [x, y] of [
      [0, 0],
      [3.5, -2],
      [100, 7],
    ] as const) {
      const p = applyAffine(m, x, y);
      const back = applyAffine(inverse, p.x, p.y);
      expect(back.x).toBeCloseTo(x, 9);
      expect(back.y).toBeCloseTo(y, 9);
    }
  });

  it('refuses a map that flattens the plane', () => {
    expect(() => invertAffine([1, 2, 0, 2, 4, 0])).toThrow('This affine map flattens the plane');
  });

  it("indexAffine gives tf.image.transform's numbers (as cropTransform does for a crop)", () => {
    const crop = { cx: 30, cy: 20, size: 16, angle: 0.4, outputSize: 8 };
    // The crop's continuous map: p = c + k R (q - N / 2).
    const k = crop.size / crop.outputSize;
    const [cos, sin] = [Math.cos(crop.angle) * k, Math.sin(crop.angle) * k];
    const toFrame: Affine = [cos, -sin, 30 - 4 * cos + 4 * sin, sin, cos, 20 - 4 * sin - 4 * cos];
    const expected = cropTransform(crop).slice(0, 6);
    indexAffine(toFrame).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 9));
  });
});
