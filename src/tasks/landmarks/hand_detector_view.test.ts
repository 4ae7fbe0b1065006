import { describe, expect, it } from 'vitest';
import { boxFromCrop, shrunkFrameCrop } from './hand_detector_view';

describe('shrunkFrameCrop', () => {
  it.each([
    { width: 640, height: 480, zoom: 1, size: 640, why: 'zoom 1: a letterbox of the long side' },
    {
      width: 640,
      height: 480,
      zoom: 0.5,
      size: 1280,
      why: 'half: the crop is twice the long side',
    },
    { width: 480, height: 640, zoom: 0.8, size: 800, why: 'portrait: the long side is the height' },
  ])('$why', ({ width, height, zoom, size }) => {
    expect(shrunkFrameCrop(width, height, zoom, 320)).toEqual({
      cx: width / 2,
      cy: height / 2,
      size,
      angle: 0,
      outputSize: 320,
    });
  });

  it.each([0, -0.5, 1.5, NaN])('rejects zoom %s', (zoom) => {
    expect(() => shrunkFrameCrop(640, 480, zoom, 320)).toThrow(
      `The zoom must be in (0, 1], not ${zoom}.`,
    );
  });
});

describe('boxFromCrop', () => {
  // 640x480 at zoom 0.5: a 1280 px square centred on (320, 240), from (-320, -400) to (960, 880).
  const crop = shrunkFrameCrop(640, 480, 0.5, 320);
  it.each([
    {
      corners: [0, 0, 1, 1],
      box: { x: -320, y: -400, width: 1280, height: 1280 },
      why: 'whole crop',
    },
    {
      corners: [0.3125, 0.25, 0.6875, 0.75],
      box: { x: 0, y: 0, width: 640, height: 480 },
      why: 'the frame itself',
    },
    {
      corners: [0.5, 0.5, 0.75, 0.625],
      box: { x: 320, y: 240, width: 160, height: 320 },
      why: 'a tall box from the centre (y and x not swapped)',
    },
  ])('$why', ({ corners: [y1, x1, y2, x2], box }) => {
    const got = boxFromCrop(crop, y1!, x1!, y2!, x2!);
    for (const k of ['x', 'y', 'width', 'height'] as const) expect(got[k]).toBeCloseTo(box[k], 9);
  });

  it('refuses a turned crop', () => {
    expect(() => boxFromCrop({ ...crop, angle: 0.1 }, 0, 0, 1, 1)).toThrow(
      'boxFromCrop maps boxes of unturned crops only.',
    );
  });
});
