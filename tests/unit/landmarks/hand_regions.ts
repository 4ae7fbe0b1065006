import type { Region } from './astronaut_regions';

/**
 * Hand-checked fingertips on hand-in-frame.jpg (640x480: opencv-doc's handSrc.jpg scaled to
 * 320x240 on a grey frame at (160, 120)), read off a 2x zoom with a 20 px grid. The photo shows
 * a LEFT hand, palm to the camera, fingers pointing right and the thumb up (see
 * tests/fixtures/README.md for why it is the left hand).
 */
export const handFrameSize = { width: 640, height: 480 };

export const handTips: { name: string; index: number; region: Region }[] = [
  { name: 'thumb tip', index: 4, region: { x: [268, 302], y: [115, 145] } },
  { name: 'index tip', index: 8, region: { x: [383, 412], y: [173, 202] } },
  { name: 'middle tip', index: 12, region: { x: [413, 442], y: [233, 262] } },
  { name: 'ring tip', index: 16, region: { x: [403, 432], y: [266, 294] } },
  { name: 'little tip', index: 20, region: { x: [358, 392], y: [323, 352] } },
];

/** The whole hand, wrist to fingertips; the wrist lies just left of the photo, on the grey. */
export const handRegion: Region = { x: [120, 450], y: [110, 365] };

/**
 * Hand-checked regions on hand-close-up.jpg (opencv-doc's handSrc.jpg unchanged, 640x480: the
 * same left hand filling the frame, y 0-455 of 480), read off a 2x zoom with a 20 px grid.
 */
export const closeUpFrameSize = { width: 640, height: 480 };

export const closeUpTips: { name: string; index: number; region: Region }[] = [
  { name: 'thumb tip', index: 4, region: { x: [205, 280], y: [0, 65] } },
  { name: 'index tip', index: 8, region: { x: [455, 500], y: [115, 165] } },
  { name: 'middle tip', index: 12, region: { x: [505, 555], y: [228, 282] } },
  { name: 'ring tip', index: 16, region: { x: [485, 535], y: [293, 347] } },
  { name: 'little tip', index: 20, region: { x: [395, 450], y: [390, 458] } },
];

/**
 * The wrist is at or beyond the left edge: the forearm leaves the photo across x = 0 between
 * y 130 and 390, so the wrist lies left of x 60 (at most a palm's width beyond) at that height.
 */
export const closeUpWrist: Region = { x: [-250, 60], y: [150, 420] };

/** The whole hand in the frame: palm from the left edge, fingertips up to x 550. */
export const closeUpHandRegion: Region = { x: [0, 560], y: [0, 460] };
