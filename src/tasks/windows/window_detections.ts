import type { ScoredBox } from '../../vision/non_max_suppression';
import { nonMaxSuppression } from '../../vision/non_max_suppression';
import type { ScanWindow } from './window_scan_result';

export interface WindowDetectionOptions {
  /** A window becomes a box when its best object class has ŷ above this, 0..1. */
  scoreThreshold: number;
  /** NMS removes a box whose IoU with a kept one is at or above this (IoU >= threshold). */
  iouThreshold: number;
  /** The class that means "no object" (never a box), or null when every class is an object. */
  backgroundClass: number | null;
}

/**
 * Boxes from scored windows: each window's best class that is not the background, kept when
 * ŷ > threshold, then greedy non-max suppression per class (course: the same NMS as YOLO's).
 */
export function windowDetections(
  windows: readonly ScanWindow[],
  probabilities: readonly (readonly number[])[],
  { scoreThreshold, iouThreshold, backgroundClass }: WindowDetectionOptions,
): { candidates: ScoredBox[]; detections: ScoredBox[] } {
  if (windows.length !== probabilities.length) {
    throw new RangeError(
      `There are ${windows.length} windows but ${probabilities.length} rows of probabilities.`,
    );
  }
  const candidates: ScoredBox[] = [];
  windows.forEach((window, i) => {
    let best = -1;
    probabilities[i]!.forEach((p, c) => {
      if (c !== backgroundClass && (best < 0 || p > probabilities[i]![best]!)) best = c;
    });
    const score = best < 0 ? 0 : probabilities[i]![best]!;
    if (best >= 0 && score > scoreThreshold)
      candidates.push({ box: window.box, score, classIndex: best });
  });
  const { keep } = nonMaxSuppression(candidates, { iouThreshold });
  return { candidates, detections: keep.map((i) => candidates[i]!) };
}
