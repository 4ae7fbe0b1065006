import { describe, expect, it } from 'vitest';
import { decodeCenterNet } from './decode_centernet';

describe('decodeCenterNet', () => {
  const layout = { gridWidth: 128, numClasses: 80, stride: 4 };

  it('turns a peak at (x, y) for class c into (4x − l, 4y − t, 4x + r, 4y + b)', () => {
    // Peak 0: cell x = 10, y = 20, class 15 (cat). Peak 1: cell x = 127, y = 0, class 41 (cup).
    const peaks = {
      scores: [0.9, 0.6, 0.1],
      indices: [(20 * 128 + 10) * 80 + 15, (0 * 128 + 127) * 80 + 41, 0],
      sizes: [5, 6, 7, 8, 1, 2, 3, 4, 9, 9, 9, 9],
    };
    expect(decodeCenterNet(peaks, layout, 0.3)).toEqual([
      { box: { x1: 35, y1: 74, x2: 47, y2: 88 }, score: 0.9, classIndex: 15 },
      { box: { x1: 507, y1: -2, x2: 511, y2: 4 }, score: 0.6, classIndex: 41 },
    ]);
  });

  it('rejects mismatched arrays', () => {
    expect(() => decodeCenterNet({ scores: [1], indices: [1], sizes: [1] }, layout, 0)).toThrow(
      'CenterNet peaks need one index and 4 sizes per score, got 1 scores, 1 indices and 1 sizes.',
    );
  });
});
