import { lineAngle, type RotatedCrop } from '../../vision/rotate_crop';
import type { FaceDetection } from '../landmarks/landmarks_result';
import { faceInputSize } from './face_recognition_net';

/**
 * The crop the encoder sees: rotated so the eyes are level, centred on the face box, its side
 * the box's larger side times `scale`, resized to the encoder's input (150x150 by default). BlazeFace's first two key points are
 * the subject's right and left eyes (image left and right in an unmirrored photo).
 */
export function alignFace(
  face: FaceDetection,
  outputSize = faceInputSize,
  scale = 1.1,
): RotatedCrop {
  const [rightEye, leftEye] = face.keypoints;
  if (!rightEye || !leftEye)
    throw new RangeError('A face needs its two eye key points to be aligned.');
  const { x, y, width, height } = face.box;
  return {
    cx: x + width / 2,
    cy: y + height / 2,
    size: Math.max(width, height) * scale,
    angle: lineAngle(rightEye, leftEye),
    outputSize,
  };
}
