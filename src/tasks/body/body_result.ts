import type { BodyKeypointName } from './body_keypoints';

/** One regressed landmark: pixels of the source frame (x right, y down), score in [0, 1]. */
export interface BodyKeypoint {
  name: BodyKeypointName;
  x: number;
  y: number;
  score: number;
}

export interface Pose {
  keypoints: BodyKeypoint[];
  /** Mean of the 17 keypoint scores, in [0, 1]. */
  score: number;
}

/** What the body lab publishes each frame. */
export interface BodyResult {
  /** Size of the source frame in pixels. */
  frame: { width: number; height: number };
  poses: Pose[];
}
