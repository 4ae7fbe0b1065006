import { describe, expect, it } from 'vitest';
import { centreSquare } from './view_box';

describe('centreSquare', () => {
  it.each([
    { w: 640, h: 480, box: [0, 0.125, 1, 0.875] },
    { w: 480, h: 640, box: [0.125, 0, 0.875, 1] },
    { w: 100, h: 100, box: [0, 0, 1, 1] },
  ])('$w x $h -> $box', ({ w, h, box }) => {
    expect(centreSquare(w, h)).toEqual({ box, flip: false, brightness: 1 });
  });
});
