import type { RotatedCrop } from '../../vision/rotate_crop';
import type { TopLeftBox } from '../../vision/boxes';
import type { Point2 } from '../landmarks/landmarks_result';

/** One face found and encoded: where it is (frame pixels), how it was aligned, and f(x). */
export interface EncodedFace {
  box: TopLeftBox;
  /** The subject's right eye, left eye, nose tip, mouth, right ear, left ear. */
  keypoints: Point2[];
  /** Detector score in [0, 1]. */
  score: number;
  /** The rotated crop the encoder saw (eyes level). */
  crop: RotatedCrop;
  /** f(x): 128 numbers (face_recognition) or 1024 (faceres). */
  encoding: number[];
}

export interface FacesResult {
  frame: { width: number; height: number };
  faces: EncodedFace[];
}
