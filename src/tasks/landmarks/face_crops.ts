import type { TopLeftBox } from '../../vision/boxes';
import { frameToCrop, lineAngle, cropToFrame, type RotatedCrop } from '../../vision/rotate_crop';
import type { FaceDetection, Point2 } from './landmarks_result';

/** Face mesh input side, in pixels. */
export const meshInputSize = 192;

/** The crop is this many times the face's extent, so the mesh model sees the whole face. */
export const meshCropScale = 1.5;

/** Mesh points on the outer corners of the eyes: the subject's right (33) and left (263). */
export const meshEyeCorners = [33, 263] as const;

/**
 * The upright crop around a detected face: turned so the line from the subject's right eye
 * (image left when facing the camera) to the left eye is horizontal, centred on the box.
 */
export function cropFromDetection(face: FaceDetection, scale = meshCropScale): RotatedCrop {
  const [rightEye, leftEye] = face.keypoints as [Point2, Point2];
  return {
    cx: face.box.x + face.box.width / 2,
    cy: face.box.y + face.box.height / 2,
    size: Math.max(face.box.width, face.box.height) * scale,
    angle: lineAngle(rightEye, leftEye),
    outputSize: meshInputSize,
  };
}

/**
 * The crop for the next frame from this frame's points (tracking): turned by `angle`, centred
 * on the points' extent measured along the crop's own axes, `scale` times that extent.
 */
export function cropAroundPoints(
  points: readonly Point2[],
  angle: number,
  scale: number,
  outputSize: number,
): RotatedCrop {
  // Extent in the crop's axes: a unit crop at the origin turned by `angle` measures them.
  const axes: RotatedCrop = { cx: 0, cy: 0, size: 1, angle, outputSize: 1 };
  let minU = Infinity;
  let maxU = -Infinity;
  let minV = Infinity;
  let maxV = -Infinity;
  for (const p of points) {
    const q = frameToCrop(axes, p.x, p.y);
    minU = Math.min(minU, q.x);
    maxU = Math.max(maxU, q.x);
    minV = Math.min(minV, q.y);
    maxV = Math.max(maxV, q.y);
  }
  const centre = cropToFrame(axes, (minU + maxU) / 2, (minV + maxV) / 2);
  return {
    cx: centre.x,
    cy: centre.y,
    size: Math.max(maxU - minU, maxV - minV) * scale,
    angle,
    outputSize,
  };
}

/** The next frame's mesh crop from this frame's mesh: upright from the outer eye corners. */
export function cropFromMesh(
  points: readonly Point2[],
  scale = meshCropScale,
  outputSize = meshInputSize,
): RotatedCrop {
  const angle = lineAngle(points[meshEyeCorners[0]]!, points[meshEyeCorners[1]]!);
  return cropAroundPoints(points, angle, scale, outputSize);
}

/** The axis-aligned box around points, in frame pixels. */
export function boundingBox(points: readonly Point2[]): TopLeftBox {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** The axis-aligned box around a rotated crop, in frame pixels. */
export function cropBounds(crop: RotatedCrop): TopLeftBox {
  const n = crop.outputSize;
  return boundingBox([
    cropToFrame(crop, 0, 0),
    cropToFrame(crop, n, 0),
    cropToFrame(crop, 0, n),
    cropToFrame(crop, n, n),
  ]);
}
