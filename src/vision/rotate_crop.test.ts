import { describe, expect, it } from 'vitest';
import {
  cropToFrame,
  cropTransform,
  frameToCrop,
  lineAngle,
  type RotatedCrop,
} from './rotate_crop';

const upright: RotatedCrop = { cx: 100, cy: 50, size: 40, angle: 0, outputSize: 4 };
const quarter: RotatedCrop = { ...upright, angle: Math.PI / 2 };

describe('cropToFrame', () => {
  it.each([
    { crop: upright, q: [2, 2], p: [100, 50], why: 'the crop centre is the frame centre' },
    { crop: upright, q: [0, 0], p: [80, 30], why: 'the top-left corner' },
    { crop: upright, q: [4, 2], p: [120, 50], why: 'the right edge, 10 frame px per crop px' },
    { crop: quarter, q: [4, 2], p: [100, 70], why: 'turned 90°: crop x runs down the frame' },
    { crop: quarter, q: [2, 0], p: [120, 50], why: 'turned 90°: crop up points to frame right' },
  ])('$why', ({ crop, q, p }) => {
    const f = cropToFrame(crop, q[0]!, q[1]!);
    expect(f.x).toBeCloseTo(p[0]!, 9);
    expect(f.y).toBeCloseTo(p[1]!, 9);
  });

  it('is undone by frameToCrop', () => {
    const crop: RotatedCrop = { cx: 31, cy: 17, size: 55, angle: 0.7, outputSize: 192 };
    const f = cropToFrame(crop, 13, 150);
    const q = frameToCrop(crop, f.x, f.y);
    expect(q.x).toBeCloseTo(13, 9);
    expect(q.y).toBeCloseTo(150, 9);
  });
});

describe('cropTransform', () => {
  it('samples output pixel centres at the frame points cropToFrame gives', () => {
    const crop: RotatedCrop = { cx: 64, cy: 40, size: 30, angle: -0.4, outputSize: 8 };
    const [a0, a1, a2, b0, b1, b2] = cropTransform(crop);
    for (const [j, i] of [
      [0, 0],
      [7, 3],
      [4, 7],
    ] as const) {
      const centre = cropToFrame(crop, j + 0.5, i + 0.5);
      expect(a0 * j + a1 * i + a2).toBeCloseTo(centre.x - 0.5, 9);
      expect(b0 * j + b1 * i + b2).toBeCloseTo(centre.y - 0.5, 9);
    }
  });
});

describe('lineAngle', () => {
  it.each([
    { b: { x: 1, y: 0 }, angle: 0 },
    { b: { x: 0, y: 1 }, angle: Math.PI / 2 },
    { b: { x: -1, y: 0 }, angle: Math.PI },
  ])('from the origin to ($b.x, $b.y) is $angle', ({ b, angle }) => {
    expect(lineAngle({ x: 0, y: 0 }, b)).toBeCloseTo(angle, 9);
  });
});
