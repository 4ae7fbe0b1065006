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
