import { describe, expect, it } from 'vitest';
import { canvasRect } from './canvas_rect';

describe('canvasRect', () => {
  const box = { x1: 10, y1: 20, x2: 50, y2: 80 };
  it.each([
    { mirror: false, rect: { x: 10, y: 20, w: 40, h: 60 } },
    // Mirrored: x -> 100 - x, so the right edge (50) becomes the left (50) and 10 becomes 90.
    { mirror: true, rect: { x: 50, y: 20, w: 40, h: 60 } },
  ])('mirror $mirror -> $rect', ({ mirror, rect }) => {
    expect(canvasRect({ width: 100, height: 100, mirror }, box)).toEqual(rect);
  });
});
