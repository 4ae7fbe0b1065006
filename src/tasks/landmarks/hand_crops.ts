import type { RotatedCrop } from '../../vision/rotate_crop';
import { cropAroundPoints } from './face_crops';
import type { TopLeftBox } from '../../vision/boxes';
import type { Point2 } from './landmarks_result';

/** Hand landmark input side, in pixels. */
export const handInputSize = 224;

/** A detector box is widened this much, so the fingers fit. */
export const handDetectionScale = 1.5;

/** The crop is this many times the extent of the 21 points when tracking. */
export const handTrackScale = 1.6;

/** A square crop around a detector box, not turned (the detector gives no orientation). */
export function cropFromHandBox(box: TopLeftBox, scale = handDetectionScale): RotatedCrop {
  return {
    cx: box.x + box.width / 2,
    cy: box.y + box.height / 2,
    size: Math.max(box.width, box.height) * scale,
    angle: 0,
    outputSize: handInputSize,
  };
}

/**
 * The angle that turns the hand upright in its crop: the line from the wrist (0) to the base
 * of the middle finger (9) points up in the crop. Crop up is (sin θ, -cos θ) in the frame.
 */
export function handUprightAngle(points: readonly Point2[]): number {
  const wrist = points[0]!;
  const middle = points[9]!;
  return Math.atan2(middle.x - wrist.x, -(middle.y - wrist.y));
}

/** The next frame's crop from this frame's 21 points. */
export function cropFromHand(points: readonly Point2[], scale = handTrackScale): RotatedCrop {
  return cropAroundPoints(points, handUprightAngle(points), scale, handInputSize);
}
