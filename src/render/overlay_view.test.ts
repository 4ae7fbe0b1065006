import { describe, expect, it } from 'vitest';
import { framePointFromClient, overlayScale, presenterMinUnit, toCanvasX } from './overlay_view';

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

describe('presenter mode', () => {
  it.each([
    // A 640 px frame filling a 1920 px projector: 1 unit = 2.8 CSS px = 0.93 canvas px, so the
    // frame's own scale (1.33) wins; shown in a 480 px column it needs 3.73 canvas px.
    [640, 480, 1920, 1.333],
    [640, 480, 480, 3.733],
    [1280, 720, 1280, 2.8],
  ])('%i x %i shown %i px wide -> %f canvas px a unit', (width, height, shown, want) => {
    const minUnit = presenterMinUnit(width, shown);
    const s = overlayScale({ width, height, mirror: false, minUnit });
    expect(s).toBeCloseTo(want, 3);
    // The smallest label, 11 units, is at least 28 CSS px; the thinnest box line, 1.5 units, 4.
    expect(((11 * s) / width) * shown).toBeGreaterThanOrEqual(28);
    expect(((1.5 * s) / width) * shown).toBeGreaterThanOrEqual(4);
  });

  it('has no floor before the canvas is laid out', () => {
    expect(presenterMinUnit(640, 0)).toBe(0);
  });
});
