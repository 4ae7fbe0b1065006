import { describe, expect, it } from 'vitest';
import { boxesOverlap, overlappingPairs, textSlots } from './text_slots';

const box = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height });

describe('boxesOverlap', () => {
  it.each([
    { name: 'the same box', a: box(0, 0), b: box(0, 0), overlap: true },
    { name: 'one pixel shared at a corner', a: box(0, 0), b: box(9, 9), overlap: true },
    { name: 'touching along the right edge', a: box(0, 0), b: box(10, 0), overlap: false },
    { name: 'touching along the bottom edge', a: box(0, 0), b: box(0, 10), overlap: false },
    { name: 'side by side but lower', a: box(0, 0, 10, 4), b: box(5, 4, 10, 20), overlap: false },
    {
      name: 'a tall box across a wide one',
      a: box(5, 0, 2, 30),
      b: box(0, 10, 30, 2),
      overlap: true,
    },
  ])('$name: $overlap', ({ a, b, overlap }) => {
    expect(boxesOverlap(a, b)).toBe(overlap);
    expect(boxesOverlap(b, a)).toBe(overlap);
  });
});

describe('overlappingPairs', () => {
  it('names each overlapping pair once, and none for labels that only touch', () => {
    const a = box(0, 0);
    const b = box(10, 0);
    const c = box(5, 5);
    expect(overlappingPairs([a, b])).toEqual([]);
    expect(overlappingPairs([a, b, c])).toEqual([
      [a, c],
      [b, c],
    ]);
  });

  it('holds for what textSlots places: four crowded texts, no pair', () => {
    const requests = [300, 306, 330, 336].map((x) => ({
      pointX: x,
      pointY: 200,
      box: box(x + 6, 188, 20, 12),
    }));
    expect(overlappingPairs(textSlots(requests, { width: 640, height: 360 }))).toEqual([]);
    // Unplaced, the preferred boxes would overlap: the check can fail.
    expect(overlappingPairs(requests.map((r) => r.box))).not.toEqual([]);
  });
});
