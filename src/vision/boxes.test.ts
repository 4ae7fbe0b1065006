import { describe, expect, it } from 'vitest';
import {
  boxArea,
  centreToCorner,
  cornerToCentre,
  cornerToTopLeft,
  mapCorners,
  topLeftToCorner,
} from './boxes';

describe('box formats', () => {
  it.each([
    { centre: { bx: 3, by: 2, bw: 2, bh: 2 }, corner: { x1: 2, y1: 1, x2: 4, y2: 3 } },
    { centre: { bx: 0.5, by: 0.5, bw: 1, bh: 0.2 }, corner: { x1: 0, y1: 0.4, x2: 1, y2: 0.6 } },
    { centre: { bx: 10, by: 20, bw: 4, bh: 8 }, corner: { x1: 8, y1: 16, x2: 12, y2: 24 } },
  ])('$centre <-> $corner', ({ centre, corner }) => {
    const c = centreToCorner(centre);
    for (const k of ['x1', 'y1', 'x2', 'y2'] as const) expect(c[k]).toBeCloseTo(corner[k], 12);
    const back = cornerToCentre(corner);
    for (const k of ['bx', 'by', 'bw', 'bh'] as const) expect(back[k]).toBeCloseTo(centre[k], 12);
  });

  it.each([
    { topLeft: { x: 2, y: 1, width: 2, height: 2 }, corner: { x1: 2, y1: 1, x2: 4, y2: 3 } },
    {
      topLeft: { x: 0, y: 0.4, width: 1, height: 0.2 },
      corner: { x1: 0, y1: 0.4, x2: 1, y2: 0.6 },
    },
    { topLeft: { x: -5, y: 3, width: 0, height: 7 }, corner: { x1: -5, y1: 3, x2: -5, y2: 10 } },
  ])('$topLeft <-> $corner', ({ topLeft, corner }) => {
    const c = topLeftToCorner(topLeft);
    for (const k of ['x1', 'y1', 'x2', 'y2'] as const) expect(c[k]).toBeCloseTo(corner[k], 12);
    const back = cornerToTopLeft(corner);
    for (const k of ['x', 'y', 'width', 'height'] as const) {
      expect(back[k]).toBeCloseTo(topLeft[k], 12);
    }
  });

  it.each([
    { box: { x1: 2, y1: 1, x2: 4, y2: 3 }, area: 4 },
    { box: { x1: 0, y1: 0, x2: 3, y2: 1 }, area: 3 },
    { box: { x1: 5, y1: 5, x2: 4, y2: 7 }, area: 0 },
  ])('area of $box is $area', ({ box, area }) => {
    expect(boxArea(box)).toBe(area);
  });

  it('maps both corners', () => {
    const box = mapCorners({ x1: 0.25, y1: 0.5, x2: 0.5, y2: 1 }, (x, y) => ({
      x: x * 100,
      y: y * 50,
    }));
    expect(box).toEqual({ x1: 25, y1: 25, x2: 50, y2: 50 });
  });
});
