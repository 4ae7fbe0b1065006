import { describe, expect, it } from 'vitest';
import { squareLetterbox, unletterbox } from './letterbox';

describe('squareLetterbox', () => {
  it.each([
    [640, 480, 192, { innerWidth: 192, innerHeight: 144, padLeft: 0, padTop: 24 }],
    [480, 640, 192, { innerWidth: 144, innerHeight: 192, padLeft: 24, padTop: 0 }],
    [300, 300, 192, { innerWidth: 192, innerHeight: 192, padLeft: 0, padTop: 0 }],
    [548, 342, 192, { innerWidth: 192, innerHeight: 119.825, padLeft: 0, padTop: 36.088 }],
    [1000, 1, 192, { innerWidth: 192, innerHeight: 0.192, padLeft: 0, padTop: 95.904 }],
  ])('%i x %i into %i: one scale both ways, exact (not rounded)', (w, h, size, want) => {
    const box = squareLetterbox(w, h, size);
    expect(box).toMatchObject({ size, width: w, height: h });
    for (const [key, value] of Object.entries(want)) {
      expect(box[key as keyof typeof want]).toBeCloseTo(value, 3);
    }
  });

  it('rejects an empty frame with a clear message', () => {
    expect(() => squareLetterbox(0, 480, 192)).toThrow(
      'A frame must have a positive size, got 0x480.',
    );
  });
});

describe('unletterbox', () => {
  it('maps the corners and centre of the picture inside the square back to the frame', () => {
    const box = squareLetterbox(640, 480, 192);
    expect(unletterbox(box, 0, 24 / 192)).toEqual({ x: 0, y: 0 });
    expect(unletterbox(box, 0.5, 0.5)).toEqual({ x: 320, y: 240 });
    expect(unletterbox(box, 1, 168 / 192)).toEqual({ x: 640, y: 480 });
  });

  it('puts points in the padding outside the frame', () => {
    const box = squareLetterbox(640, 480, 192);
    expect(unletterbox(box, 0.5, 0).y).toBeLessThan(0);
  });
});
