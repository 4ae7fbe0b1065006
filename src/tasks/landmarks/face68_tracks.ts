import { intersectionOverUnionTopLeft } from '../../vision/intersection_over_union';
import { lineAngle, type RotatedCrop } from '../../vision/rotate_crop';
import type { OpenedFrame } from '../../core/pixels/read_options';
import { cropAroundPoints, cropFromDetection } from './face_crops';
import type { FaceDetector } from './face_detector';
import { face68CropScale } from './face68_landmarker';
import { face68InputSize } from './face68_net';
import type { Face68, FaceDetection, Point2 } from './landmarks_result';
import type { StageClock } from './stage_clock';

/**
 * A tracked crop is this many times the 68 points' extent, and its centre this many extents
 * below the points' centre (negative: above), along the face's own axes. Measured so a tracked
 * crop frames the face as the detector's crop does (1.1 x BlazeFace's box): on 27 faces (the
 * astronaut, Messi, the cameraman, 23 frames of opencv-doc's Megamind.avi) the detector's crop
 * was 1.04-1.36 (median 1.18) times the points' extent, its centre from 0.12 above theirs to
 * 0.03 below (median 0.05 above). Tracked so, a still face's points stay within 0.4-2.8% (the
 * grey cameraman 5.5%) of its extent from the points BlazeFace's crop gives, over 30 frames.
 */
export const face68TrackScale = 1.19;
export const face68TrackShift = -0.05;

/** The 68 points' outer eye corners: the subject's right (36) and left (45). */
export const face68EyeCorners = [36, 45] as const;

export interface Face68TrackOptions {
  /** BlazeFace looks at the whole frame every this many frames (the net gives no score). */
  verifyEvery: number;
}

export const defaultFace68TrackOptions: Face68TrackOptions = { verifyEvery: 15 };

/** A crop for the 68-point net, with the detector's score for its face. */
export interface Face68Crop {
  crop: RotatedCrop;
  score: number;
}

/** The next frame's 112 x 112 crop from this frame's 68 points: upright from the eye corners. */
export function cropFromFace68(points: readonly Point2[]): RotatedCrop {
  const angle = lineAngle(points[face68EyeCorners[0]]!, points[face68EyeCorners[1]]!);
  const crop = cropAroundPoints(points, angle, face68TrackScale, face68InputSize);
  const shift = (crop.size / face68TrackScale) * face68TrackShift;
  return {
    ...crop,
    cx: crop.cx - Math.sin(angle) * shift,
    cy: crop.cy + Math.cos(angle) * shift,
  };
}

/** The 112 x 112 crop BlazeFace places: 1.1 x its box, upright from its eye points. */
export function cropFromFaceBox(face: FaceDetection): RotatedCrop {
  return { ...cropFromDetection(face, face68CropScale), outputSize: face68InputSize };
}

/**
 * Places the 68-point crops when the face mesh is off. Like the mesh, each face's points place
 * its next crop, so the 68-point net runs alone on most frames (about 4 ms here, where
 * BlazeFace takes about 15). Unlike the mesh, the net says nothing about whether a face is
 * still there, so BlazeFace checks every `verifyEvery` frames: a tracked face it no longer finds
 * is dropped, a new face it finds is added. A track whose crop jumps in size or leaves the frame
 * is dropped at once and BlazeFace runs on the next frame.
 */
export class Face68Tracks {
  options: Face68TrackOptions;
  #tracks: Face68Crop[] = [];
  #sinceDetect = Infinity;

  constructor(
    private readonly detector: FaceDetector,
    options: Partial<Face68TrackOptions> = {},
  ) {
    this.options = { ...defaultFace68TrackOptions, ...options };
  }

  /** This frame's crops: the tracked ones, checked against BlazeFace when it is time. */
  async place(rgb: OpenedFrame, maxFaces: number, clock?: StageClock): Promise<Face68Crop[]> {
    const tracked = this.#tracks.slice(0, maxFaces);
    this.#sinceDetect++;
    if (tracked.length > 0 && this.#sinceDetect < this.options.verifyEvery) return tracked;
    this.#sinceDetect = 0;
    const found = await this.detector.detect(rgb, maxFaces, clock);
    // A face found where a track is keeps the tracked crop (it frames the face as well and does
    // not jump); one found elsewhere, or where a track has drifted, gets BlazeFace's crop; a track
    // where no face is found is dropped. Each track matches one face at most.
    const unmatched = [...tracked];
    return found.map((face) => {
      const i = unmatched.findIndex((t) => sameFace(t.crop, face.box));
      const track = i >= 0 ? unmatched.splice(i, 1)[0] : undefined;
      return { crop: track ? track.crop : cropFromFaceBox(face), score: face.score };
    });
  }

  /** Places the next frame's crops from this frame's points (the crops `place` gave, in order). */
  follow(
    placed: readonly Face68Crop[],
    faces: readonly Face68[],
    frame: { width: number; height: number },
  ): void {
    const next: Face68Crop[] = [];
    faces.forEach((face, i) => {
      const crop = cropFromFace68(face.points);
      if (lost(placed[i]!.crop, crop, frame)) return;
      next.push({ crop, score: face.score });
    });
    if (next.length < faces.length) this.#sinceDetect = Infinity;
    this.#tracks = next;
  }

  /** Forgets the tracked faces (a new source starts). */
  reset(): void {
    this.#tracks = [];
    this.#sinceDetect = Infinity;
  }
}

/**
 * Whether BlazeFace's box is the tracked face: the box the crop stands for (the crop is 1.1 x a
 * box) overlaps it by IoU > 0.5. A still face's tracked crop settles within a few percent of
 * BlazeFace's (face68_tracks.test.ts), so less means the track has drifted.
 */
function sameFace(crop: RotatedCrop, box: FaceDetection['box']): boolean {
  const side = crop.size / face68CropScale;
  const cropBox = { x: crop.cx - side / 2, y: crop.cy - side / 2, width: side, height: side };
  return intersectionOverUnionTopLeft(cropBox, box) > 0.5;
}

/**
 * A track is lost when its next crop is under 0.6 or over 1.6 times this one (the points no
 * longer fit a face) or its centre leaves the frame.
 */
function lost(
  crop: RotatedCrop,
  next: RotatedCrop,
  frame: { width: number; height: number },
): boolean {
  const growth = next.size / crop.size;
  if (!(growth > 0.6 && growth < 1.6)) return true;
  return next.cx < 0 || next.cy < 0 || next.cx > frame.width || next.cy > frame.height;
}
