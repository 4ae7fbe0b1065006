import { describe, expect, it } from 'vitest';
import { nonMaxSuppression, type ScoredBox } from './non_max_suppression';

const box = (x1: number, y1: number, x2: number, y2: number, score: number, classIndex = 0) => ({
  box: { x1, y1, x2, y2 },
  score,
  classIndex,
});

// Two cars, each found three times (the course's picture), and a pedestrian (class 1)
// overlapping the first car.
const cars: ScoredBox[] = [
  box(0, 0, 10, 10, 0.6), // 0: car A, weaker duplicate
  box(20, 0, 30, 10, 0.7), // 1: car B, best
  box(1, 1, 11, 11, 0.9), // 2: car A, best
  box(21, 1, 31, 11, 0.5), // 3: car B, duplicate
  box(0, 1, 10, 11, 0.8), // 4: car A, duplicate
  box(1, 0, 11, 10, 0.65, 1), // 5: a pedestrian over car A
];

describe('nonMaxSuppression', () => {
  it.each([
    {
      name: 'per class keeps the best of each object and the other class',
      perClass: true,
      keep: [2, 1, 5],
      steps: [
        { kept: 2, suppressed: [4, 0] },
        { kept: 1, suppressed: [3] },
        { kept: 5, suppressed: [] },
      ],
    },
    {
      name: 'class-agnostic also lets the car suppress the pedestrian',
      perClass: false,
      keep: [2, 1],
      steps: [
        { kept: 2, suppressed: [4, 5, 0] },
        { kept: 1, suppressed: [3] },
      ],
    },
  ])('$name', ({ perClass, keep, steps }) => {
    const result = nonMaxSuppression(cars, { iouThreshold: 0.5, perClass });
    expect(result.keep).toEqual(keep);
    expect(
      result.steps.map((s) => ({ kept: s.kept, suppressed: s.suppressed.map((x) => x.index) })),
    ).toEqual(steps);
  });

  it('records the IoU behind each suppression', () => {
    const { steps } = nonMaxSuppression(cars, { iouThreshold: 0.5 });
    // box 2 (1,1,11,11) vs box 4 (0,1,10,11): intersection 9 x 10 = 90, union 110.
    expect(steps[0]!.suppressed[0]!.iou).toBeCloseTo(90 / 110, 12);
  });

  it.each([
    { iouThreshold: 0.9, keep: [2, 4, 1, 5, 0, 3] },
    { iouThreshold: 0.05, keep: [2, 1, 5] },
    { iouThreshold: 0, keep: [2, 5] }, // IoU >= 0: the best car also removes the other car
  ])('IoU threshold $iouThreshold keeps $keep', ({ iouThreshold, keep }) => {
    expect(nonMaxSuppression(cars, { iouThreshold }).keep).toEqual(keep);
  });

  it('stops at maxBoxes and handles no boxes', () => {
    expect(nonMaxSuppression(cars, { iouThreshold: 0.5, maxBoxes: 1 }).keep).toEqual([2]);
    expect(nonMaxSuppression([], { iouThreshold: 0.5 })).toEqual({ keep: [], steps: [] });
  });

  // Candidates without a class (one detector's faces or hands): any overlap at or above
  // the threshold suppresses, and maxBoxes counts only the boxes kept.
  it.each([
    { iouThreshold: 0.3, maxBoxes: 10, keep: [1, 2] },
    { iouThreshold: 0.3, maxBoxes: 1, keep: [1] },
    { iouThreshold: 0.9, maxBoxes: 2, keep: [1, 2] },
    { iouThreshold: 0.9, maxBoxes: 3, keep: [1, 2, 0] },
  ])(
    'class-less candidates, IoU threshold $iouThreshold, at most $maxBoxes: $keep',
    ({ iouThreshold, maxBoxes, keep }) => {
      const faces = [
        { box: { x1: 0, y1: 0, x2: 10, y2: 10 }, score: 0.6 },
        { box: { x1: 1, y1: 1, x2: 11, y2: 11 }, score: 0.9 },
        { box: { x1: 50, y1: 50, x2: 60, y2: 60 }, score: 0.7 },
      ];
      expect(nonMaxSuppression(faces, { iouThreshold, maxBoxes }).keep).toEqual(keep);
    },
  );

  // The course discards a box when IoU >= threshold. (0,0)-(3,1) and (1,0)-(4,1): intersection
  // 2, union 3 + 3 - 2 = 4, IoU exactly 0.5, so at threshold 0.5 the second box goes.
  it.each([
    { iouThreshold: 0.5, keep: [0] },
    { iouThreshold: 0.55, keep: [0, 1] },
  ])('IoU 0.5 against threshold $iouThreshold keeps $keep (IoU >= threshold removes)', (c) => {
    const half = [box(0, 0, 3, 1, 0.9), box(1, 0, 4, 1, 0.8)];
    const { keep, steps } = nonMaxSuppression(half, { iouThreshold: c.iouThreshold });
    expect(keep).toEqual(c.keep);
    if (keep.length === 1) expect(steps[0]!.suppressed).toEqual([{ index: 1, iou: 0.5 }]);
  });

  // IoU >= 0 holds for any pair, so threshold 0 keeps one box per class, touching or not;
  // above 0, a box that only touches the best one (IoU 0) stays.
  it.each([
    { iouThreshold: 0, keep: [0] },
    { iouThreshold: 0.05, keep: [0, 1] },
  ])('a touching box at threshold $iouThreshold: keeps $keep', ({ iouThreshold, keep }) => {
    const touching = [box(0, 0, 1, 1, 0.9), box(1, 0, 2, 1, 0.8)];
    expect(nonMaxSuppression(touching, { iouThreshold }).keep).toEqual(keep);
  });

  it('rejects a threshold outside [0, 1]', () => {
    expect(() => nonMaxSuppression(cars, { iouThreshold: 1.5 })).toThrow(
      'The IoU threshold must be in [0, 1], got 1.5.',
    );
  });
});
