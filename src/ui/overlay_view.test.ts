import { describe, expect, it } from 'vitest';
import { framePointFromClient, overlayScale, toCanvasX } from './overlay_view';

const view = { width: 640, height: 480, mirror: false };
const rect = { left: 100, top: 50, width: 320, height: 240 };

describe('toCanvasX', () => {
  it.each([
    [false, 100, 100],
    [true, 100, 540],
    [true, 0, 640],
  ])('mirror %s: x %i -> %i', (mirror, x, want) => {
    expect(toCanvasX({ ...view, mirror }, x)).toBe(want);
  });
});

describe('framePointFromClient', () => {
  it('undoes the CSS scaling', () => {
    expect(framePointFromClient(view, rect, 100 + 160, 50 + 60)).toEqual({ x: 320, y: 120 });
  });
  it('undoes the mirror flip: a tap on the left of a selfie view is the right of the frame', () => {
    expect(framePointFromClient({ ...view, mirror: true }, rect, 100 + 32, 50)).toEqual({
      x: 576,
      y: 0,
    });
  });
});

describe('overlayScale', () => {
  it.each([
    [640, 360, 1],
    [1920, 1080, 3],
    [320, 240, 1],
  ])('%i x %i -> %f', (width, height, want) => {
    expect(overlayScale({ width, height, mirror: false })).toBe(want);
  });
});
