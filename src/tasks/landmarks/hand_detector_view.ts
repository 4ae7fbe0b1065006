import { cropToFrame, type RotatedCrop } from '../../vision/rotate_crop';
import type { TopLeftBox } from '../../vision/boxes';

/**
 * What the hand detector looks at. HandTrack finds a hand that spans up to about half of the
 * frame and not one that fills it (best score 0.15 on hand-close-up.jpg, whose hand spans 95 % of
 * the height). Not for want of anchors (its largest are 3.2 times the input): the trained network
 * does not fire. So a hand close to the camera is looked for in the frame shrunk into the middle
 * of a larger square (0.73 there):
 * - `stretched`: the whole frame stretched to the input, as HandTrack's own graph does;
 * - `shrunk`: the frame's long side at `zoom` of the input side, unstretched, the rest zeros.
 */
export type HandDetectorView = { kind: 'stretched' } | { kind: 'shrunk'; zoom: number };

export const stretchedView: HandDetectorView = { kind: 'stretched' };

/** The close-up view: the frame at 60 % of the input (a hand filling it then spans ~0.45). */
export const closeUpView: HandDetectorView = { kind: 'shrunk', zoom: 0.6 };

/**
 * The unturned square crop that shows the frame shrunk to `zoom` of the crop's side, centred:
 * side = long edge / zoom frame pixels, so the margin beyond the frame reads as zeros.
 */
export function shrunkFrameCrop(
  width: number,
  height: number,
  zoom: number,
  outputSize: number,
): RotatedCrop {
  if (!(zoom > 0 && zoom <= 1)) throw new Error(`The zoom must be in (0, 1], not ${zoom}.`);
  return {
    cx: width / 2,
    cy: height / 2,
    size: Math.max(width, height) / zoom,
    angle: 0,
    outputSize,
  };
}

/**
 * A detector box, corners (y1, x1, y2, x2) as fractions of the unturned `crop`'s side, in frame
 * pixels: p = c + size (q - 1/2).
 */
export function boxFromCrop(
  crop: RotatedCrop,
  y1: number,
  x1: number,
  y2: number,
  x2: number,
): TopLeftBox {
  if (crop.angle !== 0) throw new Error('boxFromCrop maps boxes of unturned crops only.');
  const n = crop.outputSize;
  const a = cropToFrame(crop, x1 * n, y1 * n);
  const b = cropToFrame(crop, x2 * n, y2 * n);
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
}
