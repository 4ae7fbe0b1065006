import { describe, expect, it } from 'vitest';
import { yoloFilterBoxes } from './yolo_filter_boxes';

describe('yoloFilterBoxes', () => {
  const predictions = [
    { objectness: 0.9, classProbabilities: [0.1, 0.7, 0.2] }, // 0.63, class 1
    { objectness: 0.5, classProbabilities: [0.8, 0.1, 0.1] }, // 0.40, class 0
    { objectness: 0.99, classProbabilities: [0.3, 0.3, 0.4] }, // 0.396, class 2
    { objectness: 0.2, classProbabilities: [0, 0, 1] }, // 0.20, class 2
  ];

  it.each([
    { threshold: 0.6, kept: [{ index: 0, score: 0.63, classIndex: 1 }] },
    {
      threshold: 0.396,
      kept: [
        { index: 0, score: 0.63, classIndex: 1 },
        { index: 1, score: 0.4, classIndex: 0 },
        { index: 2, score: 0.396, classIndex: 2 },
      ],
    },
    { threshold: 0.7, kept: [] },
  ])('threshold $threshold keeps $kept.length boxes', ({ threshold, kept }) => {
    const out = yoloFilterBoxes(predictions, threshold);
    expect(out.map((b) => [b.index, b.classIndex])).toEqual(
      kept.map((b) => [b.index, b.classIndex]),
    );
    out.forEach((b, i) => expect(b.score).toBeCloseTo(kept[i]!.score, 12));
  });

  it('uses objectness alone with one class', () => {
    const out = yoloFilterBoxes([{ objectness: 0.55, classProbabilities: [1] }], 0.5);
    expect(out).toEqual([{ index: 0, score: 0.55, classIndex: 0 }]);
  });
});
