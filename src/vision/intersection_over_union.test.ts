import { describe, expect, it } from 'vitest';
import {
  intersectionOverUnion,
  intersectionOverUnionCentre,
  intersectionOverUnionParts,
  intersectionOverUnionTopLeft,
} from './intersection_over_union';

const corner = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

describe('intersectionOverUnion (corner format)', () => {
  it.each([
    // The course's values (Coursera, "Car detection with YOLO", iou test).
    { name: 'overlapping', a: corner(2, 1, 4, 3), b: corner(1, 2, 3, 4), iou: 1 / 7 },
    { name: 'disjoint', a: corner(1, 2, 3, 4), b: corner(5, 6, 7, 8), iou: 0 },
    { name: 'with itself', a: corner(1, 1, 2, 2), b: corner(1, 1, 2, 2), iou: 1 },
    { name: 'touching at a vertex', a: corner(1, 1, 2, 2), b: corner(2, 2, 3, 3), iou: 0 },
    { name: 'touching at an edge', a: corner(1, 1, 3, 3), b: corner(1, 3, 2, 5), iou: 0 },
    { name: 'one inside the other', a: corner(0, 0, 4, 4), b: corner(1, 1, 3, 3), iou: 4 / 16 },
    { name: 'half shifted', a: corner(0, 0, 2, 2), b: corner(1, 0, 3, 2), iou: 2 / 6 },
    { name: 'an empty box', a: corner(1, 1, 1, 1), b: corner(1, 1, 1, 1), iou: 0 },
  ])('$name: $iou', ({ a, b, iou }) => {
    expect(intersectionOverUnion(a, b)).toBeCloseTo(iou, 12);
    expect(intersectionOverUnion(b, a)).toBeCloseTo(iou, 12);
  });

  it('gives the intersection and union behind the ratio', () => {
    expect(intersectionOverUnionParts(corner(2, 1, 4, 3), corner(1, 2, 3, 4))).toEqual({
      intersection: 1,
      union: 7,
      iou: 1 / 7,
    });
  });
});

describe('intersectionOverUnionCentre (centre format b_x, b_y, b_w, b_h)', () => {
  it.each([
    // (2,1,4,3) and (1,2,3,4) in centre format.
    {
      a: { bx: 3, by: 2, bw: 2, bh: 2 },
      b: { bx: 2, by: 3, bw: 2, bh: 2 },
      iou: 1 / 7,
    },
    { a: { bx: 0, by: 0, bw: 2, bh: 2 }, b: { bx: 2, by: 0, bw: 2, bh: 2 }, iou: 0 },
    { a: { bx: 5, by: 5, bw: 4, bh: 1 }, b: { bx: 5, by: 5, bw: 4, bh: 1 }, iou: 1 },
    // Same centre, transposed: a width/height mix-up would give 1.
    { a: { bx: 0, by: 0, bw: 4, bh: 1 }, b: { bx: 0, by: 0, bw: 1, bh: 4 }, iou: 1 / 7 },
  ])('$a vs $b: $iou', ({ a, b, iou }) => {
    expect(intersectionOverUnionCentre(a, b)).toBeCloseTo(iou, 12);
  });
});

describe('intersectionOverUnionTopLeft (top-left format x, y, width, height)', () => {
  const box = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height });
  it.each([
    { a: box(0, 0), b: box(0, 0), iou: 1 },
    { a: box(0, 0), b: box(5, 0), iou: 50 / 150 },
    { a: box(0, 0), b: box(10, 0), iou: 0 },
    { a: box(0, 0, 0, 0), b: box(0, 0), iou: 0 },
    // (2,1,4,3) and (1,2,3,4) in top-left format.
    { a: box(2, 1, 2, 2), b: box(1, 2, 2, 2), iou: 1 / 7 },
  ])('$a vs $b: $iou', ({ a, b, iou }) => {
    expect(intersectionOverUnionTopLeft(a, b)).toBeCloseTo(iou, 12);
  });
});
