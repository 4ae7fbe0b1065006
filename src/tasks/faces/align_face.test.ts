import { describe, expect, it } from 'vitest';
import { alignFace } from './align_face';

const face = (rightEye: [number, number], leftEye: [number, number]) => ({
  box: { x: 100, y: 50, width: 80, height: 100 },
  keypoints: [
    { x: rightEye[0], y: rightEye[1] },
    { x: leftEye[0], y: leftEye[1] },
  ],
  score: 0.9,
});

describe('alignFace', () => {
  it.each([
    ['level eyes', [120, 90], [160, 90], 0],
    ['head tilted: left eye lower', [120, 90], [160, 130], Math.PI / 4],
    ['head tilted: left eye higher', [120, 90], [160, 50], -Math.PI / 4],
  ] as const)('%s', (_name, r, l, angle) => {
    const crop = alignFace(face([...r], [...l]));
    expect(crop.angle).toBeCloseTo(angle, 10);
    expect(crop).toMatchObject({ cx: 140, cy: 100, outputSize: 150 });
    expect(crop.size).toBeCloseTo(110, 10);
  });

  it('needs both eyes', () => {
    expect(() => alignFace({ ...face([0, 0], [1, 0]), keypoints: [{ x: 0, y: 0 }] })).toThrow(
      'A face needs its two eye key points to be aligned.',
    );
  });
});
