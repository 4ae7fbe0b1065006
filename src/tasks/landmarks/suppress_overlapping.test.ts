import { describe, expect, it } from 'vitest';
import { boxIoU, suppressOverlapping } from './suppress_overlapping';

const box = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height });

describe('boxIoU', () => {
  it.each([
    { a: box(0, 0), b: box(0, 0), iou: 1 },
    { a: box(0, 0), b: box(5, 0), iou: 50 / 150 },
    { a: box(0, 0), b: box(10, 0), iou: 0 },
    { a: box(0, 0, 0, 0), b: box(0, 0), iou: 0 },
  ])('IoU($a, $b) = $iou', ({ a, b, iou }) => expect(boxIoU(a, b)).toBeCloseTo(iou, 12));
});

describe('suppressOverlapping', () => {
  const items = [
    { box: box(0, 0), score: 0.6, id: 'a' },
    { box: box(1, 1), score: 0.9, id: 'b' },
    { box: box(50, 50), score: 0.7, id: 'c' },
  ];
  it('keeps the best of overlapping boxes, best first', () => {
    expect(suppressOverlapping(items, 0.3, 10).map((i) => i.id)).toEqual(['b', 'c']);
  });
  it('keeps at most maxCount', () => {
    expect(suppressOverlapping(items, 0.3, 1).map((i) => i.id)).toEqual(['b']);
  });
});
