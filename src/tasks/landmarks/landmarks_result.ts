import type { TopLeftBox } from '../../vision/boxes';
import type { Pose } from '../body/body_result';

/** A point in source-frame pixels (x right, y down); z is depth in the same scale, if known. */
export interface Point2 {
  x: number;
  y: number;
}

export interface Point3 extends Point2 {
  z: number;
}

/** A face found by BlazeFace: its box, 6 key points and its score in [0, 1]. */
export interface FaceDetection {
  /** Source-frame pixels. */
  box: TopLeftBox;
  /** The subject's right eye, left eye, nose tip, mouth, right ear, left ear. */
  keypoints: Point2[];
  score: number;
}

/** One face's 468-point mesh. */
export interface FaceMesh {
  /** 468 points, frame pixels; z relative to the face centre, same scale as x. */
  points: Point3[];
  /** The mesh model's confidence that the crop holds a face, in [0, 1]. */
  score: number;
  /** Box around the mesh, frame pixels. */
  box: TopLeftBox;
  /** The upright crop the model saw: centre and side in frame pixels, angle in radians. */
  crop: { cx: number; cy: number; size: number; angle: number };
  /** True when the crop came from the previous frame's mesh instead of the detector. */
  tracked: boolean;
}

/** One face's 68 points (the iBUG 300-W layout). */
export interface Face68 {
  points: Point2[];
  /** The detector's score for the face the points belong to, in [0, 1]. */
  score: number;
}

export type Handedness = 'left' | 'right';

/** One hand's 21 points. */
export interface Hand {
  /** 21 points (wrist, then 4 per finger from thumb to little finger), frame pixels. */
  points: Point3[];
  /** The landmark model's confidence that the crop holds a hand, in [0, 1]. */
  score: number;
  /** The person's own hand, whatever the view's mirroring. */
  handedness: Handedness;
  /** Probability that it is the person's right hand, in [0, 1]. */
  rightScore: number;
  /** Box around the points, frame pixels. */
  box: TopLeftBox;
}

export type LandmarkMode = 'mesh' | 'face68' | 'hands' | 'body';

/** What the landmarks lab publishes each frame: one list per mode, empty when it is off. */
export interface LandmarksResult {
  /** Size of the source frame in pixels. */
  frame: { width: number; height: number };
  modes: LandmarkMode[];
  faces: FaceMesh[];
  faces68: Face68[];
  hands: Hand[];
  poses: Pose[];
}
